"""Care and welfare writers of corpus 7: a 保育園, a municipal welfare desk, an NPO
for residents from abroad, a funeral home."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from benchmarks.corpus7 import formats, model, numbers, people, sensitive
from benchmarks.corpus7.common import (address, born, contract, email, name, other_date, phone, pick, postal,
                                       sex_text)
from benchmarks.corpus7.model import Blob, lookalike, value

RELATIONS = ("父", "母", "兄", "姉", "祖母", "祖父", "弟", "妹")
PET_NAMES = ("モモ", "さくら", "ハナ", "コタロウ", "ソラ", "マロン")


# relation: (sex, years from the subject's birth: earliest, latest)
ADULT_FAMILY = {"妻": ("F", -6, 6), "夫": ("M", -6, 6), "長男": ("M", 24, 36), "長女": ("F", 24, 36),
                "次男": ("M", 27, 40), "母": ("F", -35, -22)}
CHILD_FAMILY = {"父": ("M", -42, -24), "母": ("F", -40, -22), "兄": ("M", -7, -1), "姉": ("F", -7, -1),
                "祖母": ("F", -70, -48), "祖父": ("M", -72, -50)}


def occupation(age: int, rng: random.Random) -> str:
    if age < 6:
        return "未就学"
    if age < 12:
        return "小学生"
    if age < 18:
        return pick(rng, ("中学生", "高校生"))
    return pick(rng, ("会社員", "自営業", "パート", "無職", "公務員")) if age < 70 else "無職"


def family_rows(rng: random.Random, subject, style: str):
    """続柄・氏名・生年月日 rows of the household of a subject (an adult or a child)."""
    relations = dict(ADULT_FAMILY if subject.age >= 30 else CHILD_FAMILY)
    relations.pop("妻" if subject.sex == "F" else "夫", None)
    if subject.age > 60:
        relations.pop("母", None)
    rows = []
    for relation in rng.sample(sorted(relations), rng.randint(2, 4)):
        sex, earliest, latest = relations[relation]
        day = subject.born + timedelta(days=rng.randint(earliest * 365, latest * 365))
        day = min(day, date(2026, 3, 31))
        member = people.japanese(rng, sex, day, (subject.family, subject.family_kana))
        rows.append([relation, name(member), born(member, style), occupation(member.age, rng)])
    return rows


def nursery_record(rng: random.Random) -> tuple[str, Blob]:
    """児童票: one child, a form table, a family table, the nursery's address in the footer."""
    nursery = people.org_contact(rng, pick(rng, ("ひまわり保育園", "つくし保育園", "どんぐり乳児保育所")))
    parent = people.japanese(rng)
    kid = people.child(rng, parent, date(2020, 4, 2) + timedelta(days=rng.randint(0, 365 * 5)))
    form = [["児童氏名", name(kid), "ふりがな", value("PERSON", kid.family_kana + " " + kid.given_kana)],
            ["生年月日", born(kid, pick(rng, ("era", "era_kanji"))), "性別", sex_text(kid)],
            ["住所", [postal(parent, "mark"), " ", address(parent)], "", ""],
            ["保護者", name(parent), "携帯", phone(parent.mobile)],
            ["アレルギー", sensitive.drawn(rng, "病歴") if rng.random() < 0.7 else "なし", "", ""],
            ["発達・配慮事項", sensitive.drawn(rng, "障害") if rng.random() < 0.4 else "特になし", "", ""]]
    family = [["続柄", "氏名", "生年月日", "職業・学校"]] + family_rows(rng, kid, pick(rng, ("era", "slash")))
    grand = people.japanese(rng, "F", date(1948, 1, 1) + timedelta(days=rng.randint(0, 365 * 12)),
                            (parent.family, parent.family_kana))
    emergency = ["緊急時連絡先（保護者不在時）", ["祖母 ", name(grand), " ", phone(grand.phone)]]
    blocks = [("p", "児童票（令和8年度）"), ("box", emergency), ("table", form), ("p", ""), ("p", "家族構成"),
              ("table", family),
              ("p", ["入園日 ", other_date(rng, "enrolment_date", "era")]),
              ("p", ["クラスで飼育しているウサギの「", lookalike("pet_name", "PERSON", pick(rng, PET_NAMES)),
                     "」の世話係を担当"])]
    footer = [[nursery["name"], " ", nursery["address"], " TEL ", nursery["phone"]]]
    return "docx", formats.docx(blocks, footer=footer)


def nursery_diary(rng: random.Random) -> tuple[str, Blob]:
    """連絡帳の控え: the children by given name with ちゃん/くん, the teachers by surname."""
    teacher = people.japanese(rng, "F")
    nursery = people.org_contact(rng, "保育園")
    lines = [f"{pick(rng, ('きりん組', 'ぱんだ組', 'らいおん組'))} 保育日誌", ["園代表 ", nursery["phone"], " 〒",
                                                                          nursery["postal"], " ", nursery["address"]], ""]
    for _ in range(rng.randint(4, 7)):
        parent = people.japanese(rng, "F")
        kid = people.child(rng, parent, date(2021, 1, 1) + timedelta(days=rng.randint(0, 1200)))
        lines.append([other_date(rng, "diary_date", "era"), " ", name(kid, "tight"), "くん" if kid.sex == "M" else "ちゃん",
                      pick(rng, ("：午睡中に37.9℃。", "：給食を完食。", "：転倒し膝を擦りむいた。"))])
        if rng.random() < 0.5:
            lines.append(["　保護者より：", sensitive.drawn(rng, "病歴"), "とのこと。"])
        lines.append(["　お迎え 母（", name(parent, "tight"), "）", pick(rng, ("16:30", "17:45", "18:10"))])
    lines += ["", ["記録：", name(teacher)], sensitive.notice(rng)]
    return "txt", formats.text_lines(lines, encoding=pick(rng, ("utf-8", "cp932", "euc_jp")))


def welfare_case(rng: random.Random) -> tuple[str, Blob]:
    """生活福祉課の相談記録: fields on top, a household table, a free narrative."""
    p = people.japanese(rng)
    worker = people.japanese(rng)
    origin_pref, origin_city, origin_town, _, _ = people.town(rng)
    origin = f"{origin_pref}{origin_city}{origin_town}{rng.randint(1, 999)}番地"
    fields = [["相談者氏名", name(p), "フリガナ", name(p, "kana")],
              ["生年月日", born(p, pick(rng, ("era", "era_kanji", "era_dots"))), "電話", phone(p.phone, "plain")],
              ["現住所", address(p), "郵便番号", postal(p, "plain")],
              ["本籍", model.origin(origin), "", ""],
              ["個人番号", value("MY_NUMBER", numbers.my_number(rng)), "住民票コード",
               value("RESIDENT_RECORD_CODE", numbers.resident_code(rng))],
              ["基礎年金番号", value("BASIC_PENSION_NUMBER", numbers.pension(rng)), "受付番号", contract(rng)]]
    household = [["続柄", "氏名", "生年月日", "状況"]] + family_rows(rng, p, "era")
    story = [
        ["相談日 ", other_date(rng, "interview_date", "era"), "　担当 ", name(worker)],
        ["本人は", sensitive.drawn(rng, "病歴"), "。就労は困難との主治医意見。"],
        ["また", sensitive.drawn(rng, "障害"), "。"],
        ["本人の申出：", sensitive.drawn(rng, "犯罪被害"), "。現住所は非公開扱いとする。"],
        ["本人は過去に", sensitive.drawn(rng, "犯罪歴"), "。更生保護施設を経て転入。"] if rng.random() < 0.5
        else ["民族的背景：", sensitive.drawn(rng, "人種・民族"), "（本人申告）"],
        ["次回面談 ", other_date(rng, "interview_date", "slash"), "（家庭訪問）"],
    ]
    blocks = [("p", "面接記録票（生活保護）"), ("table", fields), ("p", "世帯の状況"), ("table", household)]
    blocks += [("p", line) for line in story]
    blocks.append(("p", ["照会先：市役所生活福祉課 ", people.org_contact(rng, "市役所")["phone"]]))
    if rng.random() < 0.7:
        return "docx", formats.docx(blocks, header=["取扱注意"])
    return "odt", formats.odt(as_lines(blocks))


def as_lines(blocks) -> list:
    """Paragraphs as lines, a table's rows as lines of cells joined by a full-width space."""
    lines = []
    for kind, body in blocks:
        if kind == "p":
            lines.append(body)
            continue
        for row in body:
            joined = []
            for cell in row:
                joined += [cell, "　"]
            lines.append(joined)
    return lines


def npo_card(rng: random.Random) -> tuple[str, Blob]:
    """相談カード of an NPO supporting residents from abroad: names in passport order,
    the card and passport numbers, faith and origin as the person said them."""
    p = people.from_abroad(rng)
    staff = people.japanese(rng)
    npo = people.org_contact(rng, "多文化共生サポートネット")
    rows = [["項目", "内容"], ["氏名（パスポート表記）", name(p, "roman")], ["氏名（カタカナ・漢字）", name(p)],
            ["国籍", p.foreign], ["生年月日", born(p, pick(rng, ("iso", "kanji_west", "slash")))],
            ["在留カード番号", value("RESIDENCE_CARD", numbers.residence_card(rng))],
            ["旅券番号", value("PASSPORT", numbers.passport(rng))],
            ["住所", [postal(p, "mark"), " ", address(p)]], ["携帯", phone(p.mobile, pick(rng, ("dash", "plain", "intl")))],
            ["メール", email(p)]]
    notes = [["本人の申出：", sensitive.drawn(rng, "宗教"), "。食事の配慮を希望。"],
             ["出自について（本人申告）：", sensitive.drawn(rng, "人種・民族")],
             ["相談内容：", sensitive.drawn(rng, "犯罪被害"), "。警察への同行を支援。"],
             ["対応：", name(staff), "（相談員）", " 次回 ", other_date(rng, "appointment_date", "slash")],
             ["当法人連絡先 ", npo["phone"], " ", npo["email"]]]
    if rng.random() < 0.5:
        return "html", formats.html("相談カード", [("table", rows)] + [("p", line) for line in notes])
    return "rtf", formats.rtf([[r[0], "：", r[1]] for r in rows[1:]] + notes)


def funeral_register(rng: random.Random) -> tuple[str, Blob]:
    """施行台帳: the deceased with 本籍 and faith, the chief mourner, the temple's contacts."""
    home = people.org_contact(rng, "やすらぎ会館")
    lines = ["葬儀施行台帳（令和8年）", ["やすらぎ会館 ", home["postal"], " ", home["address"], " ", home["phone"]], ""]
    for _ in range(rng.randint(3, 5)):
        chief = people.japanese(rng)
        dead = people.japanese(rng, born=date(1930, 1, 1) + timedelta(days=rng.randint(0, 365 * 25)),
                               surname=(chief.family, chief.family_kana))
        pref, city, town, _, _ = people.town(rng)
        origin = f"{pref}{city}{town}{rng.randint(1, 60)}番"
        temple = people.org_contact(rng, "寺院")
        lines += [["故人　", name(dead), "（", born(dead, "era"), "生）"],
                  ["死亡日　", other_date(rng, "death_date", "era"), "　享年", str(2026 - dead.born.year)],
                  ["本籍　", model.origin(origin)],
                  ["宗旨　", sensitive.drawn(rng, "宗教")],
                  ["喪主　", name(chief), "（", pick(rng, ("長男", "夫") if chief.sex == "M" else ("長女", "妻")), "）　",
                   phone(chief.phone)],
                  ["喪主住所　", postal(chief, "mark"), " ", address(chief)],
                  ["菩提寺連絡先　", temple["phone"]], ["見積番号　", contract(rng)], ""]
    if rng.random() < 0.5:
        return "pdf", formats.pdf(lines)
    return "txt", formats.text_lines(lines, encoding="cp932", newline="\r\n")


AMOUNTS = ("参阡円", "伍阡円", "壱萬円", "弐萬円", "参萬円")


def vertical_address(address: str) -> str:
    """An address as a 縦書き page writes it: kanji numerals, の for a dash."""
    def numeral(found) -> str:
        digits = found.group()
        return people.kanji_number(int(digits)) if len(digits) <= 2 else \
            "".join(people.KANJI_DIGITS[int(d)] for d in digits)
    return re.sub(r"\d+", numeral, address.replace("-", "の"))


def condolence_book(rng: random.Random) -> tuple[str, Blob]:
    """香典帳 kept in 縦書き and typed out column by column: the amount, the giver's address
    in kanji numerals, the giver's name, each on its own line."""
    chief = people.japanese(rng)
    dead = people.japanese(rng, surname=(chief.family, chief.family_kana))
    lines = [["御香典控　故 ", name(dead, "tight"), " 儀"], ["葬儀 ", other_date(rng, "funeral_date", "era_kanji")], ""]
    for _ in range(rng.randint(6, 10)):
        giver = people.japanese(rng)
        lines += [f"一、金{pick(rng, AMOUNTS)}也", ["　", value("ADDRESS", vertical_address(giver.address))],
                  ["　", name(giver), pick(rng, ("　様", "", "　殿"))], ""]
    lines.append(["喪主 ", name(chief)])
    if rng.random() < 0.5:
        return "txt", formats.text_lines(lines, encoding="cp932", newline="\r\n")
    return "docx", formats.docx([("p", line) for line in lines])
