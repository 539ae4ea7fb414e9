"""Corpus 15's staff and trade records: a 社員食堂 contractor's payroll, a cleaning
company's mail with its roster, a 手話通訳 dispatch export, a fish market's
buyers, a 通信制高校's 身上書, a coworking space's member form."""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus15 import formats, ids, marks
from benchmarks.corpus15.model import Doc, Table, Text, fake, value
from benchmarks.corpus15.people import anyone, person
from benchmarks.corpus15.vocab import OWN_ORGS

BANKS = [("みちのく中央銀行", "本店営業部"), ("瀬戸内信用組合", "倉敷支店"), ("ひばり銀行", "駅前支店"),
         ("東海さくら銀行", "岡崎支店"), ("ゆうちょ銀行", "〇一八店")]


def canteen_payroll(rng: random.Random, n: int) -> Doc:
    """社員食堂 contractor: 給与振込一覧 and 扶養家族 (xlsx, two sheets)."""
    pay = Table(["社員CD", "入社日", "氏名", "銀行名", "支店名", "種別", "口座番号", "基礎年金番号", "雇用保険被保険者番号",
                 "個人番号", "組合"])
    family = Table(["社員CD", "扶養者氏名", "続柄", "生年月日"])
    for row in range(rng.randint(7, 10)):
        p, code = anyone(rng, (1960, 2004)), f"K{n:02d}{row:03d}"
        bank, branch = rng.choice(BANKS)
        hired = ids.not_birth(date(rng.randint(2000, 2026), rng.randint(1, 12), 1), rng.choice((0, 1)), "hire_date")
        pay.row(code, hired, marks.name(p, True), bank, branch, rng.choice(["普通", "当座"]), marks.account(rng),
                value("BASIC_PENSION_NUMBER", ids.pension(rng)),
                value("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng)), marks.my_number(rng),
                marks.condition(rng, "労働組合") if rng.random() < 0.25 else "")
        for relation in rng.sample(["配偶者", "長男", "長女", "次男", "母"], rng.randint(0, 2)):
            kin = person(rng, (1995, 2022) if relation != "母" else (1940, 1960))
            family.row(code, marks.name(kin), relation, marks.born(kin, rng, (0, 1, 3)))
    return formats.xlsx(f"canteen/給与振込_{n:02d}.xlsx", [("振込", pay), ("扶養", family)])


NATIONALITY = {"cn": "中国", "kr": "韓国", "vn": "ベトナム"}


def cleaning_mail(rng: random.Random, n: int) -> Doc:
    """A cleaning company's office mails a client its new crew, a CSV attached."""
    crew = Table(["氏名", "ローマ字", "国籍", "在留カード番号", "在留期限", "旅券番号", "生年月日"])
    for _ in range(rng.randint(4, 8)):
        p = person(rng, (1975, 2003), rng.choice(list(NATIONALITY)))
        crew.row(marks.name(p, True), marks.romaji(p), NATIONALITY[p.origin],
                 value("RESIDENCE_CARD", ids.residence_card(rng)),
                 ids.not_birth(date(rng.randint(2027, 2030), rng.randint(1, 12), rng.randint(1, 28)), 3, "expiry_date"),
                 value("PASSPORT", ids.passport(rng, p.origin)),
                 marks.born(p, rng, (0, 3, 6)))
    attachment = formats.csv_file(f"作業員名簿_{n:02d}.csv", crew)
    boss = person(rng, (1965, 1985))
    body = Text().add("株式会社みがき屋 清掃管理部です。").add("来月からの担当作業員の名簿を添付します。")
    body.add("現場責任者は", marks.name(boss), "です（携帯 ", marks.phone(boss.mobile, rng), "）。")
    org, tel = rng.choice(OWN_ORGS)
    body.add("当社代表 ", fake("PHONE", tel, "own_contact"), "／ info@migakiya.example.jp")
    mail = formats.message("kanri@migakiya.example.jp", "soumu@client.example.jp", "作業員名簿の送付", body, n,
                           [attachment])
    return formats.eml(f"cleaning/mail_{n:02d}.eml", mail, body, [attachment])


def interpreter_dispatch(rng: random.Random, n: int) -> Doc:
    """手話通訳 dispatch requests exported as JSON by the booking system."""
    table, records = Table(), []
    for _ in range(rng.randint(5, 8)):
        p = person(rng, (1945, 2000))
        cells = [marks.name(p), marks.condition(rng, "障害") if rng.random() < 0.5 else
                 value("SENSITIVE", "聴覚障害（ろう者）", category="障害"), marks.address(p), marks.email(p)]
        table.row(*cells)
        text = [c.text for c in cells]
        records.append({"requester": text[0], "condition": text[1], "place": text[2], "mail": text[3],
                        "date": f"2026-12-{rng.randint(1, 28):02d}", "purpose": rng.choice(["通院", "面接", "保護者会"])})
    return formats.json_file(f"shuwa/dispatch_{n:02d}.json", records, table)


def fish_buyers(rng: random.Random, n: int) -> Doc:
    """漁港市場 仲買人 register as XML: the buyer, his 屋号 (a shop, not a person), contacts."""
    table = Table()
    for _ in range(rng.randint(6, 10)):
        p = person(rng, (1945, 1995))
        table.row(marks.name(p), fake("PERSON", f"{rng.choice(['丸', '山', '入'])}{p.surname[0]}水産", "shop_name"),
                  fake("MY_NUMBER", ids.my_number_digits(rng), "permit_number"),
                  ids.not_birth(date(rng.randint(1990, 2025), rng.randint(1, 12), 1), 1, "permit_date"),
                  marks.phone(p.phone, rng), marks.address(p), marks.born(p, rng, (6,)))
    fields = ["name", "yago", "permit", "permitted", "tel", "address", "birth"]
    return formats.xml_file(f"gyokou/nakagai_{n:02d}.xml", "buyers", fields, table)


def school_personal(rng: random.Random, n: int) -> Doc:
    """通信制高校 身上書 (docx): the student, the family table, 本籍 and faith."""
    s = person(rng, (2007, 2010))
    text = Text().add("身上書（入学時提出）")
    text.add("生徒氏名 ", marks.name(s, True), "　生年月日 ", marks.born(s, rng, (1, 4)))
    text.add("現住所 ", marks.address(s), "　電話 ", marks.phone(s.phone, rng))
    text.add("本籍 ", marks.condition(rng, "本籍"))
    text.add("家庭の宗教等 ", marks.condition(rng, "宗教"))
    text.add("健康面で配慮を要すること：", marks.condition(rng, rng.choice(["病歴", "障害"])))
    family = Table(["続柄", "氏名", "生年月日", "職業"])
    for relation in ["父", "母", "兄"][:rng.randint(1, 3)]:
        kin = person(rng, (1965, 1980) if relation != "兄" else (2000, 2006))
        kin.surname = s.surname
        family.row(relation, marks.name(kin), marks.born(kin, rng, (1, 2)), rng.choice(["会社員", "自営業", "学生"]))
    return formats.docx(f"tsushin_kou/身上書_{n:03d}.docx", text, [family])


def coworking_form(rng: random.Random, n: int) -> Doc:
    """コワーキングスペース 会員登録 (txt): a form flattened to labels and values."""
    p = anyone(rng, (1975, 2002))
    text = Text().add("■会員登録票（ドロップイン→月額）")
    text.add("氏名　　　　", marks.name(p, True))
    text.add("氏名(英字)　", marks.romaji(p))
    text.add("生年月日　　", marks.born(p, rng))
    text.add("ご住所　　　〒", marks.postal(p, rng), "　", marks.address(p))
    text.add("電話　　　　", marks.phone(p.mobile, rng), "　／　メール ", marks.email(p))
    if p.origin == "jp":
        text.add("本人確認　　運転免許証 ", value("DRIVERS_LICENSE", ids.licence(rng)))
    else:
        text.add("本人確認　　旅券番号 ", value("PASSPORT", ids.passport(rng, p.origin)), "／在留カード ",
                 value("RESIDENCE_CARD", ids.residence_card(rng)))
    text.add("決済カード　", value("CREDIT_CARD", ids.card(rng)))
    text.add(f"ロッカー鍵番号 L-{rng.randint(1, 80):02d}")
    text.add("契約開始日　", ids.not_birth(date(2026, rng.randint(1, 11), 1), 0, "contract_date"))
    text.add("受付 ", fake("MY_NUMBER", ids.my_number_digits(rng), "order_number"), "（受付番号）")
    return formats.txt(f"coworking/会員登録_{n:03d}.txt", text, rng.choice(["utf-8", "cp932"]))
