"""A sake brewery: the seasonal workers' (蔵人) register with the numbers payroll
needs, the dormitory (社員寮) book as an ODT, the 支払調書 data as XML, and the
brewery's product list whose brands are named like people."""

from __future__ import annotations

import random

from benchmarks.corpus10 import ids
from benchmarks.corpus10.common import bank, other_date, phrase
from benchmarks.corpus10.model import Doc, lookalike
from benchmarks.corpus10.persons import person, relative
from benchmarks.corpus10.render_office import odt, xlsx
from benchmarks.corpus10.render_text import csv_doc, xml_doc
from benchmarks.corpus10.vocab import BRANDS

ROLES = ("杜氏", "頭", "麹屋", "酛屋", "釜屋", "船頭", "追廻し")


def register(rng: random.Random, n: int) -> Doc:
    rows = [["役割", "氏名", "生年月日", "現住所", "携帯", "個人番号", "基礎年金番号", "雇用保険被保険者番号",
             "振込先銀行", "支店", "口座番号", "運転免許証番号"]]
    for _ in range(rng.randint(10, 18)):
        p = person(rng, 1948, 2002)
        bank_name, branch, _, acct = bank(rng)
        rows.append([rng.choice(ROLES), p.name(3), p.born(rng.choice((1, 2, 5))), p.address(), p.phone(0),
                     p.my_number(spaced=rng.random() < 0.3), p.number("BASIC_PENSION_NUMBER", ids.pension),
                     p.number("EMPLOYMENT_INSURANCE_NUMBER", ids.employment), bank_name, branch, acct,
                     p.number("DRIVERS_LICENSE", ids.licence) if rng.random() < 0.7 else "なし"])
    return xlsx(f"酒蔵/蔵人/季節雇用者名簿_{n:02d}.xlsx", [(f"{2024 + n % 3}造", rows, 2, [])], "seasonal_register")


def dormitory(rng: random.Random, n: int) -> Doc:
    lines = [f"社員寮（蔵人寮）入寮者台帳　{n + 1}棟", ""]
    for room in range(101, 101 + rng.randint(5, 9)):
        p = person(rng, 1950, 2000)
        kin = relative(rng, p, 1950, 2000)
        lines += [[f"{room}号室　", p.name(0), "　入寮日 ", other_date(rng, "move_in_date")],
                  ["　緊急連絡先：", kin.name(0), "（", kin.phone(), "）"]]
        if rng.random() < 0.5:
            lines.append(["　持病・配慮事項：", phrase(rng, "病歴")])
        lines.append("")
    return odt(f"酒蔵/寮/入寮者台帳_{n}.odt", lines, "dormitory_book")


def payment_slips(rng: random.Random, n: int) -> Doc:
    keys = ["支払を受ける者_氏名", "生年月日", "住所", "個人番号", "支払金額"]
    rows = []
    for _ in range(rng.randint(8, 14)):
        p = person(rng, 1950, 2000)
        rows.append([p.name(0), p.born(3), p.address(), p.my_number(), str(rng.randint(40, 180) * 10000)])
    return xml_doc(f"酒蔵/税務/支払調書_{n}.xml", "支払調書", "受給者", keys, rows, "tax_slips")


def products(rng: random.Random, n: int) -> Doc:
    rows = [["銘柄", "精米歩合", "容量", "JAN", "希望小売価格"]]
    for brand in rng.sample(BRANDS, 4):
        rows.append([lookalike("PERSON", brand, "brand_name"), f"{rng.choice((40, 50, 60, 70))}%", "720ml",
                     "49" + ids.digits(rng, 11), f"{rng.randint(12, 60) * 100}円"])
    return csv_doc(f"酒蔵/営業/商品一覧_{n}.csv", rows, "product_list")


def documents(rng: random.Random, scale: float) -> list[Doc]:
    count = lambda base: max(1, round(base * scale))  # noqa: E731
    return ([register(rng, i) for i in range(count(5))] + [dormitory(rng, i) for i in range(count(6))] +
            [payment_slips(rng, i) for i in range(count(4))] + [products(rng, i) for i in range(count(3))])
