"""A babysitter agency: the sitters' register (identity checked, paid by transfer,
My Number kept for the payment records), the yearly payment record export and the
families' booking form."""

from __future__ import annotations

import random

from benchmarks.corpus13 import common as c
from benchmarks.corpus13.dates import slashed, wareki, wareki_short
from benchmarks.corpus13.marks import Document, Grid, Lines
from benchmarks.corpus13.numbers import (account, card, corporate_number, driving_licence, group, my_number, passport,
                                         residence_card)
from benchmarks.corpus13.hankaku import half_width
from benchmarks.corpus13.people import foreigner, person
from benchmarks.corpus13.say import alike, born, sensitive, value, who
from benchmarks.corpus13.vocab import CHILD_DISABILITY, CHILD_ILLNESS

FOLDER = "シッター派遣"
ORG = ("キッズシッター ぽけっと", "pocket.sitter")
QUALIFICATIONS = ("保育士", "幼稚園教諭二種", "看護師", "認定ベビーシッター", "子育て支援員")
BANKS = ("三井住友銀行 渋谷支店", "千葉銀行 市原支店", "静岡銀行 沼津支店", "十六銀行 一宮支店", "肥後銀行 八代支店")


def identity(rng: random.Random) -> list:
    if rng.random() < 0.25:
        return ["旅券 ", value("PASSPORT", passport(rng)), " 在留カード ", value("RESIDENCE_CARD", residence_card(rng))]
    return ["運転免許証 ", value("DRIVERS_LICENSE", driving_licence(rng))]


def register(rng: random.Random, index: int, org: c.Org) -> Document:
    grid = Grid("登録シッター").row("登録No", "氏名", "フリガナ", "生年月日", "資格", "本人確認書類", "個人番号", "振込先", "口座番号", "登録日")
    for number in range(rng.randint(8, 12)):
        sitter = foreigner(rng, 1965, 2003)[0] if rng.random() < 0.2 else \
            person(rng, 1955, 2003, female=rng.random() < 0.85)
        grid.row(f"S{index:02d}{number:02d}", c.name(sitter, True), c.kana(sitter),
                 born(sitter.born, rng.choice((wareki, slashed))(sitter.born)), rng.choice(QUALIFICATIONS),
                 identity(rng),
                 value("MY_NUMBER", group(my_number(rng), (4, 4, 4), rng.choice((" ", "-", "")))),
                 rng.choice(BANKS) + " 普通", value("BANK_ACCOUNT", account(rng)),
                 c.a_day(rng, "date of registration", 2019, 2026))
    return c.xlsx_doc(f"{FOLDER}/登録/シッター登録簿_{index:02d}.xlsx", [grid])


def payment_records(rng: random.Random, index: int, org: c.Org) -> Document:
    grid = Grid().row("支払を受ける者 氏名", "住所", "個人番号", "支払金額", "源泉徴収税額", "支払者 法人番号", "受付番号")
    payer = corporate_number(rng)
    for _ in range(rng.randint(8, 11)):
        sitter = person(rng, 1955, 2003)
        grid.row(c.name(sitter), c.home(sitter), value("MY_NUMBER", my_number(rng)), f"{rng.randint(30, 180) * 10000}",
                 f"{rng.randint(3, 18) * 1000}", alike("MY_NUMBER", payer, "corporate number"),
                 alike("MY_NUMBER", my_number(rng), "receipt number passing the check"))
    return c.csv_doc(f"{FOLDER}/経理/支払調書_{index:02d}.csv", grid, "cp932")


def booking(rng: random.Random, index: int, org: c.Org) -> Document:
    parent, child = person(rng, 1980, 1995), person(rng, 2018, 2024)
    lines = Lines(located=False).add("ご利用申込書").add(c.written_on(rng, "申込日")[1])
    lines.add("保護者氏名 ", who(parent.name), "　電話 ", c.phone(parent), "　メール ", c.email(parent))
    lines.add("ご住所 〒", c.postal(parent), " ", c.home(parent))
    lines.add("お子さま ", who(parent.family + child.given), "（", born(child.born, wareki_short(child.born)), " 生）")
    note = rng.choice((CHILD_ILLNESS, CHILD_DISABILITY))
    lines.add("健康上の注意 ", sensitive("病歴" if note is CHILD_ILLNESS else "障害", rng.choice(note)))
    lines.add("お支払いカード ", value("CREDIT_CARD", group(card(rng), (4, 4, 4, 4), "-")))
    for parts in c.org_lines(org):
        lines.add(*parts)
    return c.docx_doc(f"{FOLDER}/申込/利用申込書_{index:03d}.docx", [lines])


ZENGIN_BANKS = (("0009", "ﾐﾂｲｽﾐﾄﾓ", "654", "ｼﾌﾞﾔ"), ("0134", "ﾁﾊﾞ", "201", "ｲﾁﾊﾗ"), ("0149", "ｼｽﾞｵｶ", "310", "ﾇﾏﾂﾞ"),
                ("0153", "ｼﾞﾕｳﾛｸ", "112", "ｲﾁﾉﾐﾔ"), ("0182", "ﾋｺﾞ", "405", "ﾔﾂｼﾛ"))


def transfer_file(rng: random.Random, index: int, org: c.Org) -> Document:
    """The monthly pay-out as 全銀 transfer data: 120-character records in half-width kana."""
    lines = Lines()
    lines.add(f"1210{rng.randint(1000000000, 9999999999)}{half_width('キッズシッターポケット'):<40}1125"
              f"0009{'ﾐﾂｲｽﾐﾄﾓ':<15}654{'ｼﾌﾞﾔ':<15}1{rng.randint(1000000, 9999999)}".ljust(120))
    total = count = 0
    for _ in range(rng.randint(8, 12)):
        sitter = person(rng, 1955, 2003)
        bank, bank_name, branch, branch_name = rng.choice(ZENGIN_BANKS)
        name = half_width(sitter.kana)
        amount = rng.randint(20, 200) * 1000
        total, count = total + amount, count + 1
        lines.add(f"2{bank}{bank_name:<15}{branch}{branch_name:<15}    1", value("BANK_ACCOUNT", account(rng)),
                  who(name), " " * (30 - len(name)), f"{amount:010d}0{' ' * 20}  {' ' * 7}")
    lines.add(f"8{count:06d}{total:012d}".ljust(120)).add("9".ljust(120))
    return c.text_doc(f"{FOLDER}/振込/FB{2026}{index % 12 + 1:02d}_{index:02d}.txt", lines, "cp932")


MAKERS = (register, payment_records, booking, transfer_file)
