"""A harbour's stevedore company (港湾荷役): the host's headerless fixed-width roster,
the union branch's member list and the yearly check-up sheet with a two-row header."""

from __future__ import annotations

import random

from benchmarks.corpus13 import common as c
from benchmarks.corpus13.dates import packed, two_digit, wareki_kanji_era
from benchmarks.corpus13.marks import Document, Grid, Lines, fixed
from benchmarks.corpus13.numbers import account, corporate_number, employment_insurance, pension
from benchmarks.corpus13.people import person
from benchmarks.corpus13.say import alike, born, normal_result, sensitive, value, who
from benchmarks.corpus13.vocab import CHECKUP_BAD, CHECKUP_NORMAL, CREEDS, UNION_ROLES

FOLDER = "港湾荷役"
ORG = ("北港ステベ株式会社", "kitaminato.steve")
BERTHS = ("千葉港 第3岸壁", "大井埠頭", "本牧埠頭 D突堤", "今治港", "八代港 外港", "石巻港 雲雀野", "川崎港 東扇島")
BERTH = "place named like a person"
GANGS = ("第1ギャング", "第2ギャング", "フォークリフト班", "ラッシング班", "検数班", "クレーン班")


def host_roster(rng: random.Random, index: int, org: c.Org) -> Document:
    lines = Lines()
    widths = (7, 13, 21, 9, 8, 12, 12, 11, 40)
    for number in range(rng.randint(10, 15)):
        worker = person(rng, 1958, 2002, female=rng.random() < 0.15)
        lines.add(*fixed(*zip((f"{4000 + index * 40 + number:06d}", who(worker.name), who(worker.kana),
                               born(worker.born, packed(worker.born)), c.postal(worker, False),
                               c.phone(worker, rng.random() < 0.5, bare=True),
                               value("EMPLOYMENT_INSURANCE_NUMBER", employment_insurance(rng).replace("-", "")),
                               value("BASIC_PENSION_NUMBER", pension(rng).replace("-", "")), c.home(worker)), widths)))
    return c.text_doc(f"{FOLDER}/host/JINJI{index:03d}.DAT", lines, "cp932")


def union_list(rng: random.Random, index: int, org: c.Org) -> Document:
    grid = Grid().row("全港湾 北港分会 組合員名簿", "", "", "", "", c.written_on(rng, "更新")[1])
    grid.row("氏名", "班", "就労場所", "組合役職", "携帯", "組合費控除口座", "備考")
    for _ in range(rng.randint(8, 12)):
        worker = person(rng, 1960, 2000)
        role = sensitive("労働組合", rng.choice(UNION_ROLES)) if rng.random() < 0.5 else sensitive("労働組合", "組合員")
        remark = [sensitive("信条", rng.choice(CREEDS))] if rng.random() < 0.4 else ["―"]
        grid.row(c.name(worker, True), rng.choice(GANGS), alike("PERSON", rng.choice(BERTHS), BERTH), role,
                 c.phone(worker),
                 ["港湾信用組合 本店 普通 ", value("BANK_ACCOUNT", account(rng))], remark)
    grid.row("事業所 法人番号", alike("MY_NUMBER", corporate_number(rng), "corporate number"), "", org.name)
    return c.csv_doc(f"{FOLDER}/分会/組合員名簿_{index:02d}.csv", grid, rng.choice(("utf-8", "cp932")))


def checkup(rng: random.Random, index: int, org: c.Org) -> Document:
    grid = Grid("健診結果")
    grid.row("", "", "", "一般健診", "", "特殊健診（じん肺・騒音）", "")
    grid.merged += ["D1:E1", "F1:G1"]
    grid.row("氏名", "生年月日", "班", "所見", "判定", "所見", "事後措置")
    for _ in range(rng.randint(9, 13)):
        worker = person(rng, 1958, 2002)
        form = rng.choice((wareki_kanji_era, two_digit))
        bad = rng.random() < 0.5
        general = sensitive("健康診断結果", rng.choice(CHECKUP_BAD)) if bad else normal_result(rng.choice(CHECKUP_NORMAL))
        special = sensitive("健康診断結果", "じん肺管理区分2 要経過観察") if rng.random() < 0.2 else "異常なし"
        grid.row(c.name(worker), born(worker.born, form(worker.born), form is two_digit), rng.choice(GANGS),
                 general, "要精検" if bad else "A", special, "産業医面談" if bad else "")
    grid.row("実施日", c.a_day(rng, "date of a check-up"), "実施機関", "港湾労働者健診センター")
    return c.xlsx_doc(f"{FOLDER}/安全衛生/健診結果一覧_{index:02d}.xlsx", [grid])


MAKERS = (host_roster, union_list, checkup)
