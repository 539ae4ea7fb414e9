"""Office writers of corpus 7: a driving school, a real-estate agent, a temple and a
church office, a union branch, a party's local office, a recruitment agency, a
university lab, and an employer's payroll and insurance lists."""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus7 import formats, numbers, people, sensitive
from benchmarks.corpus7.care import family_rows
from benchmarks.corpus7.common import (address, born, contract, email, name, other_date, phone, pick, postal,
                                       memo_mails, receipt_like_license, sent_at, sex_text)
from benchmarks.corpus7.model import Blob, lookalike, value

BANKS = (("みどり銀行", "駅前支店"), ("青葉信用金庫", "本店営業部"), ("東西銀行", "中央支店"), ("さくら台銀行", "北口支店"),
         ("ひかり信用組合", "本町支店"), ("港南銀行", "大通支店"), ("湖西銀行", "若宮支店"))
PLACE_SURNAMES = ("上野", "千葉", "成田", "市川", "福島", "宮崎", "川口", "小山", "大塚", "岡本", "平野", "古川")
COMPANIES = ("工務店", "商事", "運送", "設計事務所", "製作所", "電機")


def company_named(rng: random.Random) -> str:
    return pick(rng, people.names.SURNAMES)[0] + pick(rng, COMPANIES)


def driving_roster(rng: random.Random) -> tuple[str, Blob]:
    """教習生名簿: a headerless CP932 CSV or a fixed-width host export with packed births
    and phones without separators."""
    rows = []
    for _ in range(rng.randint(8, 12)):
        p = people.japanese(rng, born=date(1996, 1, 1) + timedelta(days=rng.randint(0, 365 * 12)))
        held = value("DRIVERS_LICENSE", numbers.license_number(rng)) if rng.random() < 0.4 else "000000000000"
        remark = sensitive.drawn(rng, "犯罪歴") if rng.random() < 0.12 else "-"
        rows.append([f"{rng.randint(260001, 269999)}", name(p, "tight"), name(p, "kana"), born(p, "packed"),
                     postal(p, "plain"), address(p), phone(pick(rng, (p.mobile, p.phone)), "plain"), held,
                     receipt_like_license(rng), remark])
    if rng.random() < 0.5:
        return "csv", formats.delimited(rows, encoding="cp932")
    widths = (8, 16, 26, 10, 9, 90, 13, 14, 14, 64)
    return "DAT", formats.fixed_width(rows, widths)


def tenancy_application(rng: random.Random) -> tuple[str, Blob]:
    """入居申込書: the applicant, a guarantor, the property and the agent (look-alikes)."""
    applicant = people.japanese(rng) if rng.random() < 0.7 else people.from_abroad(rng)
    guarantor = people.japanese(rng)
    agent = people.org_contact(rng, "ライフ不動産")
    building = pick(rng, people.names.SURNAMES)[0]
    identity = (["本人確認書類：運転免許証 番号 ", value("DRIVERS_LICENSE", numbers.license_number(rng))]
                if not applicant.foreign else
                ["本人確認書類：在留カード ", value("RESIDENCE_CARD", numbers.residence_card(rng)), "（国籍 ",
                 applicant.foreign, "）"])
    lines = ["入居申込書", "",
             ["物件名：", lookalike("building_named", "PERSON", f"メゾン{building}"), " 203号室"],
             ["物件所在地：", lookalike("property_address", "ADDRESS", people.address_of(rng)[1])],
             ["最寄駅：", lookalike("place_named", "PERSON", pick(rng, PLACE_SURNAMES)), "駅 徒歩", str(rng.randint(3, 15)), "分"],
             ["申込日：", other_date(rng, "application_date", "kanji_west")],
             "【申込者】",
             ["氏名 ", name(applicant), "　フリガナ ", name(applicant, "kana")],
             ["生年月日 ", born(applicant, pick(rng, ("era", "kanji_west"))), "（", str(applicant.age), "歳）"],
             ["現住所 ", postal(applicant, "mark"), " ", address(applicant)],
             ["携帯 ", phone(applicant.mobile), "　E-mail ", email(applicant)],
             ["勤務先 ", lookalike("company_named", "PERSON", company_named(rng)), "　勤務先電話 ",
              people.org_contact(rng, "勤務先")["phone"]],
             identity,
             "【連帯保証人】",
             ["氏名 ", name(guarantor), "　続柄 ", pick(rng, ("父", "母", "兄", "叔父"))],
             ["生年月日 ", born(guarantor, "era_dots"), "　電話 ", phone(guarantor.phone)],
             ["住所 ", address(guarantor)],
             "",
             ["取扱店：", agent["name"], " ", agent["postal"], " ", agent["address"]],
             ["TEL ", agent["phone"], " FAX ", agent["fax"], " 契約管理番号 ", contract(rng)]]
    if rng.random() < 0.5:
        return "pdf", formats.pdf(lines)
    clerk = people.japanese(rng)
    receipt = ["受付印", ["担当 ", name(clerk)], ["受付 ", other_date(rng, "application_date", "slash")]]
    return "docx", formats.docx([("box", receipt)] + [("p", line) for line in lines])


def temple_members(rng: random.Random) -> tuple[str, Blob]:
    """檀家名簿 with merged headers: each household's head, the deceased, the faith."""
    rows = [["檀家名簿", None, None, None, None, None, None], ["施主", None, None, None, "故人", None, "宗派"],
            ["氏名", "住所", "電話", "生年月日", "俗名", "命日", "宗派"]]
    sect = rng.choice(sensitive.TEMPLE_SECTS)
    for _ in range(rng.randint(6, 10)):
        head = people.japanese(rng)
        dead = people.japanese(rng, surname=(head.family, head.family_kana))
        rows.append([name(head), address(head), phone(head.phone), born(head, "era_short"), name(dead),
                     other_date(rng, "death_date", "era", rng.randint(1995, 2025)),
                     sensitive.denomination(rng, (sect,) * 4 + sensitive.TEMPLE_SECTS, "の檀家")])
    bank, branch = pick(rng, BANKS)
    rows.append(["護持会費振込先", f"{bank} {branch}", "普通", lookalike("org_account", "BANK_ACCOUNT", numbers.account(rng)),
                 None, None, None])
    rows.append(["寺務所", lookalike("org_address", "ADDRESS", people.address_of(rng)[1]), None, None, None, None,
                 sensitive.notice(rng)])
    return "xlsx", formats.xlsx({"檀家": rows}, {"檀家": ["A1:G1", "A2:D2", "E2:F2"]})


def church_register(rng: random.Random) -> tuple[str, Blob]:
    """教会員名簿 as an OpenDocument text: baptism dates are not births."""
    church = people.org_contact(rng, "教会")
    lines = ["教会員名簿（2026年度）", ["教会事務室 ", church["phone"], " ", church["email"], " ", church["address"]], ""]
    for _ in range(rng.randint(6, 10)):
        p = people.japanese(rng)
        lines.append([name(p), "　", born(p, pick(rng, ("kanji_west", "zen"))), "生　受洗 ",
                      other_date(rng, "baptism_date", "kanji_west", rng.randint(1980, 2024)), "　",
                      sensitive.denomination(rng, sensitive.CHURCHES, pick(rng, ("の信徒", "教会員", "で受洗")))])
        lines.append(["　", address(p), "　", phone(p.phone)])
    lines.append(sensitive.notice(rng))
    return "odt", formats.odt(lines)


def union_export(rng: random.Random) -> tuple[str, Blob]:
    """組合員名簿: a UTF-16 TSV with a header or a headerless CSV; roles and dues accounts."""
    header = ["組合員番号", "氏名", "生年月日", "電話", "役職", "銀行", "支店", "種別", "口座番号"]
    rows, union = [], pick(rng, sensitive.UNIONS)
    for _ in range(rng.randint(8, 12)):
        p = people.japanese(rng)
        bank, branch = pick(rng, BANKS)
        rows.append([f"U{rng.randint(1000, 9999)}", name(p), born(p, "slash"), phone(p.mobile, "plain"),
                     sensitive.union_member(rng, union), bank, branch, pick(rng, ("普通", "当座")),
                     value("BANK_ACCOUNT", numbers.account(rng))])
    bank, branch = pick(rng, BANKS)
    rows.append(["組合費振込先", "", "", "", "", bank, branch, "普通", lookalike("org_account", "BANK_ACCOUNT",
                                                                         numbers.account(rng))])
    if rng.random() < 0.6:
        return "tsv", formats.delimited([header] + rows, sep="\t", encoding="utf-16", newline="\r\n")
    return "csv", formats.delimited(rows)


def union_mails(rng: random.Random) -> list[Blob]:
    """Mails of a union branch: meeting notes naming who holds which role."""
    union = pick(rng, sensitive.UNIONS)

    def about(rng: random.Random, p) -> list:
        return [["・", name(p, "tight"), "（", pick(rng, ("営業部", "物流センター", "経理課")), "）が",
                 sensitive.union_member(rng, union), "として出席。"]]

    def closing(rng: random.Random, writer) -> list:
        return [["次回会場：", lookalike("hall_named", "PERSON", pick(rng, people.names.SURNAMES)[0]), "会館 2階"],
                sensitive.notice(rng), "", ["書記 ", name(writer)], ["連絡先 ", phone(writer.mobile)]]

    return memo_mails(rng, (3, 5), "shikkou@union.example.jp", "執行委員会メモ",
                      ["執行委員各位", "", "先日の執行委員会の議事メモを送ります。"], about, closing, hours=(18, 22))


def party_supporters(rng: random.Random) -> tuple[str, Blob]:
    """後援会・党員名簿 of a party's local office."""
    office = people.org_contact(rng, "地区事務所")
    party = pick(rng, sensitive.PARTIES)
    rows = [["後援会名簿", None, None, "事務所TEL", office["phone"]],
            ["氏名", "住所", "電話", "生年月日", "所属・立場", "入会日", "紹介者"]]
    for _ in range(rng.randint(6, 10)):
        p, introducer = people.japanese(rng), people.japanese(rng)
        rows.append([name(p), [postal(p, "mark"), address(p)], phone(p.phone, pick(rng, ("dash", "paren"))),
                     born(p, "era"), sensitive.party_member(rng, party), other_date(rng, "join_date", "slash", 2023),
                     name(introducer, "tight")])
    bank, branch = pick(rng, BANKS)
    rows.append(["寄付金振込先", f"{bank} {branch} 普通", lookalike("org_account", "BANK_ACCOUNT", numbers.account(rng)),
                 "事務所", [office["postal"], " ", office["address"]]])
    return "xlsx", formats.xlsx({"名簿": rows})


def resume(rng: random.Random) -> tuple[str, Blob]:
    """履歴書 as the recruitment agency stores it: fields in a table, a free self-introduction."""
    p = people.japanese(rng) if rng.random() < 0.7 else people.from_abroad(rng)
    agent = people.japanese(rng)
    reading = value("PERSON", p.family_kana + " " + p.given_kana) if not p.foreign else ""
    table = [["ふりがな", reading, "", ""],
             ["氏名", name(p), "英字", name(p, "roman")],
             ["生年月日", born(p, pick(rng, ("kanji_west", "era", "era_kanji"))), "性別", sex_text(p)],
             ["現住所", [postal(p, "mark"), " ", address(p)], "", ""],
             ["電話", phone(p.mobile), "E-mail", email(p)]]
    history = [["年", "月", "学歴・職歴"], ["2010", "4", "県立高等学校 入学"], ["2016", "4", "株式会社ミナトロジ 入社"]]
    intro = [["健康状態：", sensitive.drawn(rng, pick(rng, ("病歴", "障害"))), "。業務に支障はありません。"]]
    if rng.random() < 0.25:
        intro.append(["賞罰：", sensitive.drawn(rng, "犯罪歴"), "（本人申告）"])
    if p.foreign:
        intro.append(["旅券番号 ", value("PASSPORT", numbers.passport(rng))])
        intro.append(["出身：", sensitive.drawn(rng, "人種・民族"), "。在留カード ",
                      value("RESIDENCE_CARD", numbers.residence_card(rng))])
    blocks = [("p", "履 歴 書"), ("table", table), ("table", history)] + [("p", line) for line in intro]
    blocks.append(("p", ["担当コンサルタント：", name(agent)]))
    agency = people.org_contact(rng, "キャリアブリッジ")
    return "docx", formats.docx(blocks, header=[["登録番号 ", contract(rng)]],
                                footer=[["キャリアブリッジ株式会社 ", agency["phone"], " ", agency["email"]]])


def candidates_mail(rng: random.Random) -> tuple[str, Blob]:
    """A mail to a client with the shortlist attached as CSV (and sometimes an xlsx)."""
    sender = people.japanese(rng)
    rows = [["氏名", "氏名（英字）", "生年月日", "携帯", "メール", "国籍", "在留カード番号"]]
    for _ in range(rng.randint(5, 9)):
        p = people.from_abroad(rng) if rng.random() < 0.5 else people.japanese(rng)
        rows.append([name(p), name(p, pick(rng, ("roman", "roman_title"))), born(p, "slash"), phone(p.mobile),
                     email(p), p.foreign or "日本",
                     value("RESIDENCE_CARD", numbers.residence_card(rng)) if p.foreign else "-"])
    attachments = {"候補者一覧.csv": (formats.delimited(rows, encoding=pick(rng, ("utf-8-sig", "cp932"))), "text", "csv")}
    lines = [[lookalike("company_named", "PERSON", company_named(rng)), " 人事部 御中"], "",
             "ご依頼の件、候補者一覧を添付いたします。", "面接日程のご希望をお知らせください。", "",
             ["キャリアブリッジ株式会社 ", name(sender)], ["直通 ", phone(sender.phone)]]
    return "eml", formats.mail(sender.email, "jinji@client.example.co.jp", "候補者のご紹介", lines, sent_at(rng),
                               attachments)


def lab_payments(rng: random.Random) -> tuple[str, Blob]:
    """実験参加者への謝金振込先: bank, branch, type and account in separate columns."""
    rows = [["参加者ID", "氏名", "口座名義（カナ）", "銀行名", "支店名", "種別", "口座番号", "メール", "謝金"]]
    for _ in range(rng.randint(6, 10)):
        p = people.japanese(rng, born=date(1998, 1, 1) + timedelta(days=rng.randint(0, 2500)))
        bank, branch = pick(rng, BANKS)
        rows.append([f"P{rng.randint(100, 999)}", name(p), name(p, "kana"), bank, branch, "普通",
                     value("BANK_ACCOUNT", numbers.account(rng)), email(p), f"{pick(rng, (1000, 2000, 3000))}"])
    lab = people.org_contact(rng, "研究室")
    rows.append(["研究室", lab["phone"], lab["postal"], lab["address"], "", "", "",
                 lookalike("org_email", "EMAIL", "lab-office@u.example.ac.jp"), ""])
    rows.append(["科研費口座", "", "", *pick(rng, BANKS), "普通", lookalike("org_account", "BANK_ACCOUNT",
                                                                    numbers.account(rng)), "", ""])
    return "xlsx", formats.xlsx({"振込先": rows})


def payroll_insurance(rng: random.Random) -> tuple[str, Blob]:
    """社会保険・雇用保険の資格取得一覧: numbers whose header is the only context, and
    the employer's own numbers of the same shape."""
    employer = lookalike("employer_number", "EMPLOYMENT_INSURANCE_NUMBER", numbers.employment_insurance(rng))
    rows = [["適用事業所番号", employer, None, None, None, None],
            ["社員番号", "氏名", "個人番号", "基礎年金番号", "雇用保険被保険者番号", "資格取得日"]]
    for _ in range(rng.randint(5, 9)):
        p = people.japanese(rng)
        rows.append([f"{rng.randint(1000, 9999)}", name(p), value("MY_NUMBER", numbers.my_number(rng)),
                     value("BASIC_PENSION_NUMBER", numbers.pension(rng)),
                     value("EMPLOYMENT_INSURANCE_NUMBER", numbers.employment_insurance(rng)),
                     other_date(rng, "hire_date", "slash", 2025)])
    if rng.random() < 0.5:
        return "xlsx", formats.xlsx({"資格取得": rows})
    return "csv", formats.delimited([[c if c is not None else "" for c in r] for r in rows], quote_all=True)


def dependants(rng: random.Random) -> tuple[str, Blob]:
    """扶養控除等申告書の控え: the employee and a 続柄 + 生年月日 table of the family."""
    p = people.japanese(rng)
    blocks = [("p", "給与所得者の扶養控除等（異動）申告書 控"),
              ("p", ["氏名 ", name(p), "　生年月日 ", born(p, "era"), "　個人番号 ",
                     value("MY_NUMBER", numbers.my_number(rng))]),
              ("p", ["住所 ", address(p)]), ("table", [["続柄", "氏名", "生年月日", "区分"]] +
                                                family_rows(rng, p, pick(rng, ("era", "era_short", "slash")))),
              ("p", ["提出日 ", other_date(rng, "submission_date", "era")])]
    return "docx", formats.docx(blocks)


def driving_application(rng: random.Random) -> tuple[str, Blob]:
    """入校申込書 typed into a workbook a sheet per applicant, each value with its label to
    its right or on the row below (as the paper form printed it)."""
    sheets = {}
    for n in range(1, rng.randint(3, 5) + 1):
        p = people.japanese(rng, born=date(1990, 1, 1) + timedelta(days=rng.randint(0, 365 * 18)))
        kin = people.japanese(rng, surname=(p.family, p.family_kana))
        held = value("DRIVERS_LICENSE", numbers.license_number(rng)) if rng.random() < 0.5 else "なし"
        sheets[f"申込{n}"] = [
            ["入校申込書", None, None, None],
            [name(p), "（氏名）", name(p, "kana"), "（フリガナ）"],
            [born(p, pick(rng, ("era", "era_dots", "kanji_west"))), "（生年月日）", phone(p.mobile, "plain"), "（携帯）"],
            [[postal(p, "mark"), " ", address(p)], None, None, None],
            ["現住所", None, None, None],
            [held, "（所持免許の番号）", email(p), "（メール）"],
            [[name(kin), " ", phone(kin.phone)], None, None, None],
            ["緊急連絡先（家族）", None, None, None],
            [sensitive.drawn(rng, pick(rng, ("病歴", "障害"))) if rng.random() < 0.4 else "特になし", None, None, None],
            ["運転に影響する病気・障害の申告", None, None, None],
            [other_date(rng, "application_date", "slash"), "（申込日）", receipt_like_license(rng), "（受付番号）"],
        ]
    return "xlsx", formats.xlsx(sheets)
