"""A cemetery office: the plot holders' ledger as a fixed-width export with a header,
the yearly fee debit workbook and a reburial application in RTF."""

from __future__ import annotations

import random

from benchmarks.corpus13 import common as c
from benchmarks.corpus13.dates import day_between, kanji_date, kanji_number, wareki, wareki_short
from benchmarks.corpus13.files import rtf_bytes
from benchmarks.corpus13.marks import Grid, Lines, fixed
from benchmarks.corpus13.numbers import account
from benchmarks.corpus13.people import PLACES, person
from benchmarks.corpus13.say import born, maybe, not_birth, sensitive, value, where, who
from benchmarks.corpus13.vocab import DENOMINATIONS

FOLDER = "霊園管理"
ORG = ("みどりヶ丘霊園 管理事務所", "midorigaoka.reien")
SECTIONS = ("い区", "ろ区", "は区", "芝生区", "樹木葬区")


def honseki(rng: random.Random) -> tuple:
    pref, city, towns, _, _ = rng.choice(PLACES)
    text = f"{pref}{city}{rng.choice(towns)}{rng.randint(1, 900)}番地"
    return (sensitive("本籍", text), maybe("ADDRESS", text))


def ledger(rng: random.Random, index: int, org: c.Org) -> c.Document:
    widths = (12, 14, 11, 13, 44, 30)
    lines = Lines().add(*fixed(*zip(("区画", "使用者氏名", "生年月日", "電話番号", "本籍", "宗旨宗派"), widths)))
    for _ in range(rng.randint(10, 14)):
        holder = person(rng, 1935, 1975)
        lines.add(*fixed(*zip((f"{rng.choice(SECTIONS)}{rng.randint(1, 300):03d}", who(holder.name),
                               born(holder.born, wareki_short(holder.born)), c.phone(holder, False, bare=True),
                               honseki(rng), sensitive("宗教", rng.choice(DENOMINATIONS))), widths)))
    return c.text_doc(f"{FOLDER}/台帳/使用者台帳_{index:03d}.txt", lines, "cp932")


def fee_debits(rng: random.Random, index: int, org: c.Org) -> c.Document:
    grid = Grid("管理料").row("区画", "使用者", "フリガナ", "郵便番号", "住所", "引落銀行", "口座番号", "故人（埋葬者）", "没年月日")
    for _ in range(rng.randint(8, 12)):
        holder, dead = person(rng, 1940, 1975), person(rng, 1920, 1960)
        died = day_between(rng, 1995, 2025)
        grid.row(f"{rng.choice(SECTIONS)}{rng.randint(1, 300)}", c.name(holder, True), c.kana(holder),
                 c.postal(holder, rng.random() < 0.5), c.home(holder), "常陽銀行 水戸駅前支店 普通",
                 value("BANK_ACCOUNT", account(rng)), who(dead.family + dead.given),
                 not_birth(died, wareki(died), "date of death"))
    return c.xlsx_doc(f"{FOLDER}/経理/管理料口座振替_{index:02d}.xlsx", [grid])


def reburial(rng: random.Random, index: int, org: c.Org) -> c.Document:
    applicant, dead = person(rng, 1945, 1980), person(rng, 1910, 1950)
    lines = Lines(located=False).add("改葬許可申請書").add(c.written_on(rng, "申請日")[1])
    lines.add("申請者 住所 ", c.home(applicant)).add("申請者 氏名 ", who(applicant.name), "　電話 ", c.phone(applicant))
    lines.add("申請者 生年月日 ", born(applicant.born, wareki(applicant.born)))
    died = day_between(rng, 1960, 2000)
    lines.add("死亡者 氏名 ", who(dead.name), "　本籍 ", honseki(rng))
    lines.add("死亡年月日 ", not_birth(died, wareki(died), "date of death"))
    lines.add("改葬の理由 墓じまいのため（", sensitive("宗教", rng.choice(DENOMINATIONS)), "の寺院墓地より移転）")
    for parts in c.org_lines(org):
        lines.add(*parts)
    return c.flowing_doc(f"{FOLDER}/申請/改葬許可申請_{index:03d}.rtf", lines, rtf_bytes)


def kanji_address(rng: random.Random) -> str:
    pref, city, towns, _, _ = rng.choice(PLACES)
    block = (kanji_number(rng.randint(1, 5)), kanji_number(rng.randint(1, 30)), kanji_number(rng.randint(1, 20)))
    return f"{pref}{city}{rng.choice(towns)}{block[0]}丁目{block[1]}番{block[2]}号"


def burial_permit(rng: random.Random, index: int, org: c.Org) -> c.Document:
    """A 埋葬許可証 copied from a vertical form: one column to a line, right to left, numbers in kanji."""
    dead, applicant = person(rng, 1925, 1955), person(rng, 1950, 1980, female=False)
    died = day_between(rng, 2020, 2026)
    lines = Lines().add("埋葬許可証（写）").blank()
    lines.add("本籍　", honseki(rng)).add("住所　", where(kanji_address(rng)))
    lines.add("氏名　", who(dead.spaced)).add("　　　", born(dead.born, kanji_date(dead.born)), "生")
    lines.add("死亡年月日　", not_birth(died, kanji_date(died), "date of death"))
    lines.add("申請者　", who(applicant.name), "　続柄　長男").add("申請者住所　", where(kanji_address(rng)))
    lines.add("電話　", value("PHONE", applicant.home.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))))
    return c.text_doc(f"{FOLDER}/許可証/埋葬許可証写_{index:03d}.txt", lines, "cp932")


MAKERS = (ledger, fee_debits, reburial, burial_permit)
