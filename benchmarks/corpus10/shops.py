"""Small businesses and a council: a hearing-aid shop's customer charts, a photo
studio's bookings (children's births beside shooting dates), a small publisher's
authors list, a 民生委員 council's watch list and its newsletter (notices that
name nobody)."""

from __future__ import annotations

import random

from benchmarks.corpus10 import ids
from benchmarks.corpus10.common import bank, order_number, other_date, phrase, serial
from benchmarks.corpus10.model import Doc, lookalike
from benchmarks.corpus10.persons import person, relative
from benchmarks.corpus10.render_office import docx, xlsx
from benchmarks.corpus10.render_text import csv_doc
from benchmarks.corpus10.vocab import GROUP_NOTICES, HEALTH_NOTICES, PETS, PLANS

MODELS = ("RIC-312 耳かけ型", "ITE-10 耳あな型", "BTE-675 ポケット型")


def hearing_charts(rng: random.Random, n: int) -> Doc:
    rows = [["顧客No", "氏名", "フリガナ", "生年月日", "電話", "住所", "手帳・配慮", "機種", "製造番号"]]
    for k in range(rng.randint(12, 20)):
        p = person(rng, 1930, 1975)
        care = phrase(rng, "障害") if rng.random() < 0.6 else "なし"
        rows.append([f"H{n}{k:04d}", p.name(0), p.kana(), p.born(rng.choice((1, 2))), p.phone(mobile=False), p.address(),
                     care, rng.choice(MODELS), serial(rng)])
    return xlsx(f"補聴器店/顧客カルテ_{n}.xlsx", [("顧客", rows, 1, [])], "customer_charts")


def studio_bookings(rng: random.Random, n: int) -> Doc:
    rows = [["予約番号", "撮影日", "お客様名", "電話", "メール", "お子様", "お子様生年月日", "プラン", "お支払いカード"]]
    for _ in range(rng.randint(15, 25)):
        parent = person(rng, 1978, 1998)
        child = relative(rng, parent, 2014, 2018)
        rows.append([order_number(rng), other_date(rng, "shooting_date"), parent.name(0), parent.phone(),
                     parent.email(), child.name(3), child.born(rng.choice((0, 3, 5))),
                     lookalike("PERSON", rng.choice(PLANS), "plan_name"),
                     parent.number("CREDIT_CARD", ids.card) if rng.random() < 0.6 else "店頭払い"])
    return csv_doc(f"写真館/予約/予約台帳_{n:02d}.tsv", rows, "studio_bookings", delimiter="\t")


def authors(rng: random.Random, n: int) -> Doc:
    rows = [["著者名（本名）", "住所", "電話", "メール", "個人番号", "銀行", "支店", "口座番号", "担当書籍ISBN"]]
    for _ in range(rng.randint(10, 16)):
        p = person(rng, 1940, 1995, foreign=0.1)
        bank_name, branch, _, acct = bank(rng)
        rows.append([p.name(0), p.address(), p.phone(0), p.email(), p.my_number(), bank_name, branch, acct,
                     f"978-4-{rng.randint(900000, 999999)}-{rng.randint(10, 99)}-{rng.randint(0, 9)}"])
    return xlsx(f"出版社/著者名簿_{n}.xlsx", [("著者", rows, 1, [])], "authors_list")


def watch_list(rng: random.Random, n: int) -> Doc:
    rows = [["地区", "氏名", "生年月日", "住所", "電話", "世帯", "配慮事項", "緊急連絡先", ""],
            ["", "", "", "", "", "", "", "氏名", "電話"]]
    for _ in range(rng.randint(10, 18)):
        p = person(rng, 1928, 1955)
        kin = relative(rng, p, 1950, 1985)
        care = phrase(rng, rng.choice(("病歴", "障害")))
        rows.append([f"{rng.randint(1, 9)}区", p.name(0), p.born(rng.choice((1, 2, 6))), p.address(),
                     p.phone(mobile=False), rng.choice(("独居", "高齢夫婦", "日中独居")), care, kin.name(0), kin.phone()])
    return xlsx(f"民生委員協議会/見守り対象者_{n}.xlsx", [("名簿", rows, 2, ["H2:I2"])], "watch_list")


def newsletter(rng: random.Random, n: int) -> Doc:
    """A newsletter: health and group notices that say nothing of anyone."""
    blocks = [("p", f"民生委員だより　第{n + 30}号")]
    for notice in rng.sample(HEALTH_NOTICES, 3):
        blocks.append(("p", [lookalike("SENSITIVE", notice, "health_notice")]))
    for notice in rng.sample(GROUP_NOTICES, 2):
        blocks.append(("p", [lookalike("SENSITIVE", notice, "group_notice")]))
    blocks.append(("p", ["事務局の猫「", lookalike("PERSON", rng.choice(PETS), "pet_name"), "」も元気です。"]))
    blocks.append(("p", ["次回定例会　", other_date(rng, "meeting_date")]))
    return docx(f"民生委員協議会/だより/だより_{n:02d}.docx", blocks, "newsletter")


def documents(rng: random.Random, scale: float) -> list[Doc]:
    count = lambda base: max(1, round(base * scale))  # noqa: E731
    return ([hearing_charts(rng, i) for i in range(count(4))] + [studio_bookings(rng, i) for i in range(count(4))] +
            [authors(rng, i) for i in range(count(3))] + [watch_list(rng, i) for i in range(count(4))] +
            [newsletter(rng, i) for i in range(count(8))])
