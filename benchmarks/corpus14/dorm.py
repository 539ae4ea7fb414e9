"""A student hall of residence (学生会館): residents' register with international
students' documents, the bank's direct-debit file, the warden's log, leaving forms."""

from __future__ import annotations

import random

from benchmarks.corpus14 import numbers, office, plain
from benchmarks.corpus14.births import other_date
from benchmarks.corpus14.kit import account, org_phone, own_footer, relative, who
from benchmarks.corpus14.model import Lines, Mark, Table, fake
from benchmarks.corpus14.sensitive import notice, phrase

HALL = "清風学生会館"
SCHOOLS = ("工科大学", "看護大学", "外国語専門学校", "経済大学", "芸術短大")


def residents_xlsx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows, abroad = [], []
    for room in range(rng.randint(10, 14)):
        w = who(rng, 2002, 2008, 0.3)
        parent = relative(rng, w, 1965, 1980)
        rows.append([f"{2 + room // 10}{room % 10 + 1:02d}", w.name(), w.name("kana"), w.born("letter"),
                     rng.choice(SCHOOLS), w.phone(mobile_phone=True), parent.name(), parent.phone(),
                     (parent.postal(), " ", parent.address())])
        if w.p.foreign:
            abroad.append([w.name("romaji"), w.p.foreign, Mark("PASSPORT", numbers.passport(rng)),
                           Mark("RESIDENCE_CARD", numbers.residence_card(rng)),
                           other_date(rng, "visa_expiry", "slash")])
    tables = [Table(["部屋", "氏名", "フリガナ", "生年月日", "学校", "携帯", "保証人", "保証人電話", "保証人住所"], rows,
                    title="入寮者")]
    if abroad:
        tables.append(Table(["NAME", "国籍", "旅券番号", "在留カード番号", "在留期限"], abroad, title="留学生"))
    return f"学生会館/名簿/入寮者名簿_{n:02d}.xlsx", *office.xlsx(tables)


def debit_fixed(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    """The bank's transfer file: bank, branch, type, account, holder in kana, amount."""
    rows = []
    for _ in range(rng.randint(18, 26)):
        w = who(rng, 1965, 1980, 0.05)
        bank, branch, number = account(rng)
        rows.append([f"{rng.randint(1, 999):04d}", f"{rng.randint(1, 999):03d}", "1", number,
                     w.name("kana"), "00058000"])
    table = Table(None, rows)
    return f"学生会館/口座振替/FURIKAE_{n:02d}.DAT", *plain.fixed(table, [5, 4, 2, 8, 24, 8])


def warden_log_docx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    lines = Lines().add(f"{HALL}　管理人日誌").add("記入日 {}", other_date(rng, "log_date", "era"))
    for _ in range(rng.randint(4, 6)):
        w = who(rng, 2002, 2008, 0.2)
        event = rng.choice(("犯罪被害", "病歴", "宗教", "犯罪被害"))
        lines.add("{}号室 {}：{}。", rng.randint(201, 322), w.name("tight"), phrase(rng, event))
        lines.add("　保護者へ連絡（{}）、本人携帯 {}。", w.phone(), w.phone("bare", True))
    lines.add("掲示：{}", notice(rng)).add("会館代表 {}", org_phone("027"))
    own_footer(rng, lines, HALL, "seifu-kaikan.jp")
    return f"学生会館/日誌/管理人日誌_{n:03d}.docx", *office.docx_file(lines)


def leaving_rtf(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    w = who(rng, 2002, 2008, 0.15)
    bank, branch, number = account(rng)
    lines = Lines().add("退寮届").add(f"{HALL} 館長 殿").add("届出日 {}", other_date(rng, "notice_date", "west"))
    lines.add("氏名 {}（{}生）", w.name(), w.born("west")).add("転居先 〒{} {}", w.postal(False), w.address())
    lines.add("連絡先 {}　{}", w.phone(mobile_phone=True), w.email())
    lines.add("敷金返還口座 {} {} 普通預金 {}", bank, branch, number)
    lines.add("管理費請求番号 {}", fake("MY_NUMBER", numbers.passing_my_number_check(rng), "invoice_number"))
    return f"学生会館/退寮/退寮届_{n:03d}.rtf", *office.rtf_file(lines)


WRITERS = ((residents_xlsx, 6), (debit_fixed, 4), (warden_log_docx, 8), (leaving_rtf, 10))
