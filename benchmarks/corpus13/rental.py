"""A care-equipment rental (福祉用具貸与): the rental ledger workbook, the slides of a
care-plan meeting and the users' list as an HTML page of its web system."""

from __future__ import annotations

import random
from html import escape

from benchmarks.corpus13 import common as c
from benchmarks.corpus13.dates import kanji_date, wareki, wareki_kanji_era
from benchmarks.corpus13.files import pptx_bytes
from benchmarks.corpus13.marks import Document, Grid, Item, Lines, flatten
from benchmarks.corpus13.numbers import insurer_number, luhn_code
from benchmarks.corpus13.people import person
from benchmarks.corpus13.say import alike, born, sensitive, value, who
from benchmarks.corpus13.vocab import ADULT_DISABILITY, ADULT_ILLNESS

FOLDER = "福祉用具"
ORG = ("すこやか福祉用具センター", "sukoyaka.fukushi")
GOODS = ("特殊寝台（3モーター）", "床ずれ防止マットレス", "車いす（自走式）", "歩行器", "手すり（据置型）", "移動用リフト")
CARE_OFFICES = ("居宅介護支援事業所あおば", "ケアプランセンター灯", "地域包括支援センター北")


def ledger(rng: random.Random, index: int, org: c.Org) -> Document:
    grid = Grid("貸与台帳").row("利用者名", "生年月日", "保険者番号", "住所", "電話", "主な疾患", "身体状況", "品目",
                               "TAISコード", "製造番号", "主治医", "担当ケアマネ")
    for _ in range(rng.randint(8, 11)):
        user, manager = person(rng, 1928, 1955), person(rng, 1965, 1990)
        grid.row(c.name(user), born(user.born, rng.choice((wareki, wareki_kanji_era))(user.born)),
                 value("HEALTH_INSURANCE_NUMBER", insurer_number(rng)), c.home(user),
                 c.phone(user, False, style="paren"),
                 sensitive("病歴", rng.choice(ADULT_ILLNESS)),
                 sensitive("障害", rng.choice(ADULT_DISABILITY)) if rng.random() < 0.5 else "自立歩行可",
                 rng.choice(GOODS), f"{rng.randint(100, 999):05d}-{rng.randint(1, 999999):06d}",
                 alike("CREDIT_CARD", luhn_code(rng, 15), "serial number passing Luhn"), c.family_business(rng),
                 [who(manager.name), f"（{rng.choice(CARE_OFFICES)}）"])
    return c.xlsx_doc(f"{FOLDER}/台帳/貸与台帳_{index:03d}.xlsx", [grid])


def meeting(rng: random.Random, index: int, org: c.Org) -> Document:
    user, daughter = person(rng, 1930, 1950), person(rng, 1955, 1975, female=True)
    slides = [Lines(located=False) for _ in range(3)]
    slides[0].add("サービス担当者会議").add("利用者：", who(user.name), " 様").add(c.written_on(rng, "開催日")[1])
    slides[1].add("利用者の状況").add("・", sensitive("病歴", rng.choice(ADULT_ILLNESS)))
    slides[1].add("・", sensitive("障害", rng.choice(ADULT_DISABILITY)))
    slides[1].add("・生年月日 ", born(user.born, kanji_date(user.born)))
    slides[2].add("出席者").add("長女 ", who(daughter.name), "（", c.phone(daughter), "）")
    slides[2].add("ケアマネジャー ", who(person(rng, 1965, 1990).name), "　福祉用具専門相談員 ", who(person(rng, 1970, 1998).name))
    path = f"{FOLDER}/会議/担当者会議_{index:03d}.pptx"
    return Document(path, pptx_bytes([s.lines for s in slides]), [i for s in slides for i in s.items(path)])


def users_page(rng: random.Random, index: int, org: c.Org) -> Document:
    rows, marks = [], []
    for _ in range(rng.randint(8, 11)):
        user = person(rng, 1928, 1955)
        cells = [c.name(user), c.kana(user), c.postal(user), c.home(user), c.phone(user, False)]
        marks += cells
        rows.append("<tr>" + "".join(f"<td>{escape(flatten(cell)[0])}</td>" for cell in cells) + "</tr>")
    own = c.org_lines(org)
    marks += [m for parts in own for m in flatten(parts)[1]]
    footer = "".join(f"<p>{escape(flatten(parts)[0])}</p>" for parts in own)
    html = ("<html><head><meta charset='utf-8'><title>利用者一覧</title></head><body><h1>利用者一覧</h1><table>"
            "<tr><th>氏名</th><th>フリガナ</th><th>郵便番号</th><th>住所</th><th>電話</th></tr>"
            + "".join(rows) + f"</table>{footer}</body></html>")
    path = f"{FOLDER}/web/users_{index:03d}.html"
    return Document(path, html.encode(), [Item(path, m) for m in marks])


MAKERS = (ledger, meeting, users_page)
