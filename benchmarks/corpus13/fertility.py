"""A fertility clinic: the couple's intake questionnaire (PDF), the self-pay till's
card slips (CSV) and the nurses' free notes."""

from __future__ import annotations

import random

from benchmarks.corpus13 import common as c
from benchmarks.corpus13.dates import slashed, wareki, wareki_short
from benchmarks.corpus13.files import pdf_bytes
from benchmarks.corpus13.marks import Document, Grid, Lines
from benchmarks.corpus13.numbers import card, insurer_number, luhn_code
from benchmarks.corpus13.people import person
from benchmarks.corpus13.say import alike, born, sensitive, value, who

FOLDER = "レディースクリニック"
ORG = ("はなみずきレディースクリニック", "hanamizuki.lc")
CAUSES = ("多嚢胞性卵巣症候群（PCOS）", "子宮内膜症で腹腔鏡手術の既往", "卵管閉塞（両側）", "乏精子症", "無精子症でTESE予定",
          "子宮筋腫核出術後", "甲状腺機能低下症で内服中", "抗リン脂質抗体症候群", "稽留流産2回の既往")
TREATMENTS = ("タイミング法", "人工授精（AIH）", "体外受精（IVF）", "顕微授精（ICSI）", "凍結胚移植")


def intake(rng: random.Random, index: int, org: c.Org) -> Document:
    wife, husband = person(rng, 1982, 1998, female=True), person(rng, 1978, 1996, female=False)
    lines = Lines(located=False).add("初診問診票（ご夫婦用）").add(c.written_on(rng, "記入日")[1])
    for role, p in (("妻", wife), ("夫", husband)):
        lines.add(f"【{role}】氏名 ", who(p.spaced), "　フリガナ ", who(p.kana))
        lines.add("生年月日 ", born(p.born, rng.choice((wareki, slashed))(p.born)), "　保険者番号 ",
                  value("HEALTH_INSURANCE_NUMBER", insurer_number(rng)))
    lines.add("住所 〒", c.postal(wife), " ", c.home(wife)).add("連絡先 ", c.phone(wife), "　", c.email(wife))
    lines.add("不妊の原因として言われたこと：", sensitive("病歴", rng.choice(CAUSES)))
    lines.add("これまでの治療：", sensitive("病歴", rng.choice(TREATMENTS) + "を" + str(rng.randint(2, 6)) + "回"))
    lines.add("ご主人の既往歴：", sensitive("病歴", rng.choice(CAUSES[3:5])) if rng.random() < 0.5 else "特になし")
    for parts in c.org_lines(org):
        lines.add(*parts)
    return c.flowing_doc(f"{FOLDER}/問診票/問診票_{index:03d}.pdf", lines, pdf_bytes)


def till(rng: random.Random, index: int, org: c.Org) -> Document:
    grid = Grid().row("会計日", "患者ID", "氏名", "区分", "金額", "カード番号", "承認番号", "伝票番号")
    for _ in range(rng.randint(9, 13)):
        patient = person(rng, 1982, 1998, female=True)
        grid.row(c.a_day(rng, "date of a payment"), f"P{rng.randint(10000, 99999)}", c.kana(patient),
                 rng.choice(("自費", "先進医療", "保険")), f"{rng.randint(3, 60) * 1000:,}",
                 value("CREDIT_CARD", card(rng)), f"{rng.randint(100000, 999999)}",
                 alike("CREDIT_CARD", luhn_code(rng, 16), "slip number passing Luhn"))
    return c.csv_doc(f"{FOLDER}/会計/カード売上_{index:03d}.csv", grid, "cp932")


def nurse_notes(rng: random.Random, index: int, org: c.Org) -> Document:
    lines = Lines().add("看護記録（採卵・移植）").add(*c.notice_line(rng)).blank()
    for _ in range(rng.randint(4, 6)):
        patient, nurse = person(rng, 1982, 1998, female=True), person(rng, 1970, 2000, female=True)
        lines.add(c.a_day(rng, "date of a note", fmt=wareki_short), " ", who(patient.name), "さん")
        lines.add("　", sensitive("病歴", rng.choice(TREATMENTS) + "目的で採卵" + str(rng.randint(3, 15)) + "個"),
                  "。術後腹痛軽度。")
        lines.add("　夫の", who(person(rng, 1978, 1996, female=False).name), "さん付き添い。次回来院予定 ",
                  c.a_day(rng, "date of the next visit"))
        lines.add("　記録：", who(nurse.name)).blank()
    return c.text_doc(f"{FOLDER}/看護記録/看護記録_{index:03d}.txt", lines)


MAKERS = (intake, till, nurse_notes)
