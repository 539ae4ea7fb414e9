"""A car repair and inspection garage (自動車整備工場): customer ledger with licence
numbers, estimates and invoices paid by card, the courtesy-car log."""

from __future__ import annotations

import random

from benchmarks.corpus14 import numbers, office, plain
from benchmarks.corpus14.births import other_date
from benchmarks.corpus14.kit import org_phone, own_footer, part_number, who
from benchmarks.corpus14.model import Lines, Mark, Table, fake

GARAGE = "ミナト自動車整備"
CARS = ("プリウス", "N-BOX", "ハイエース", "フィット", "タント", "セレナ", "アクア", "ジムニー")
PLATES = ("姫路", "神戸", "岡山", "和泉", "なにわ")
JOBS = ("継続検査（車検）一式", "12ヶ月点検", "エンジンオイル・エレメント交換", "ブレーキパッド交換", "タイヤ4本交換", "板金塗装")


def plate(rng: random.Random) -> str:
    kana = rng.choice("あいうえかきさすせた")
    return f"{rng.choice(PLATES)}{rng.randint(300, 599)} {kana} {rng.randint(1, 99):02d}-{rng.randint(10, 99)}"


def ledger_xlsx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows = []
    for _ in range(rng.randint(10, 15)):
        w = who(rng, 1945, 2003, 0.05)
        rows.append([w.name(), w.born(rng.choice(("era", "slash", "letter"))), w.address(), w.phone(),
                     w.phone(mobile_phone=True), Mark("DRIVERS_LICENSE", numbers.licence(rng)), rng.choice(CARS),
                     plate(rng), other_date(rng, "inspection_due", "slash"),
                     Mark("CREDIT_CARD", numbers.card(rng)) if rng.random() < 0.3 else ""])
    table = Table(["顧客名", "生年月日", "住所", "自宅TEL", "携帯", "免許証番号", "車名", "登録番号", "車検満了日",
                   "自動引落カード"], rows,
                  title="顧客台帳")
    return f"整備工場/顧客/顧客台帳_{n:02d}.xlsx", *office.xlsx([table], {"顧客台帳": f"{GARAGE} 顧客台帳（社外秘）"})


def invoice_docx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    w = who(rng, 1950, 2003, 0.05)
    lines = Lines().add(f"御請求書　{GARAGE}").add("請求日 {}", other_date(rng, "invoice_date", "west"))
    lines.add("{} 様", w.name()).add("〒{} {}", w.postal(), w.address())
    rows = [[rng.choice(JOBS), part_number(rng), str(rng.randint(2, 90) * 1000)] for _ in range(rng.randint(3, 5))]
    lines.add("お支払い：クレジットカード {}", Mark("CREDIT_CARD", numbers.grouped_card(numbers.card(rng), " ")))
    lines.add("工場 {}　振込先は裏面", org_phone("079"))
    own_footer(rng, lines, GARAGE, "minato-seibi.co.jp")
    return f"整備工場/請求書/請求書_{n:03d}.docx", *office.docx_file(lines, [Table(["作業内容", "部品番号", "金額"], rows)])


def loan_car_csv(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows = []
    for _ in range(rng.randint(12, 18)):
        w = who(rng, 1950, 2003, 0.08)
        rows.append([w.name(rng.choice(("tight", "full"))), Mark("DRIVERS_LICENSE", numbers.licence(rng)),
                     w.phone("bare", True), plate(rng), other_date(rng, "lent_on", "slash"), ""])
    table = Table(["借受人", "免許証番号", "連絡先", "代車", "貸出日", "返却日"], rows)
    return f"整備工場/代車/代車貸出記録_{n:02d}.csv", *plain.csv(table)


def estimate_pdf(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    w = who(rng, 1950, 2003, 0.05)
    page = Lines().add("車検見積書").add("お客様 {} 様　{}", w.name(), w.phone())
    page.add("車名 {}　登録番号 {}", rng.choice(CARS), plate(rng))
    for job in rng.sample(JOBS, 3):
        page.add("{}　部品番号 {}", job, part_number(rng))
    page.add("有効期限 {}　担当 フロント", other_date(rng, "valid_until", "west")).add("{} {}", GARAGE, org_phone("079"))
    return f"整備工場/見積/車検見積_{n:03d}.pdf", *office.pdf_file([page])


def bookings_csv(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    """The web booking system's nightly export: no header, births packed as YYYYMMDD, phones and postal codes bare."""
    rows = []
    for k in range(rng.randint(10, 14)):
        w = who(rng, 1950, 2004, 0.05)
        rows.append([f"R{n:02d}{k:03d}", w.name("surname_given"), w.name("kana"), w.born("packed"), w.phone("bare", True),
                     w.postal(False), w.address(), rng.choice(CARS), other_date(rng, "booked_for", "slash")])
    return f"整備工場/予約/web_booking_{n:02d}.csv", *plain.csv(Table(None, rows))


WRITERS = ((ledger_xlsx, 5), (invoice_docx, 10), (loan_car_csv, 4), (estimate_pdf, 8), (bookings_csv, 4))
