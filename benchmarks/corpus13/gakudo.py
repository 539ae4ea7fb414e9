"""学童保育 (an after-school club): its roster workbook, the staff's 連絡帳 notes and
parents' mails registering who collects a child."""

from __future__ import annotations

import random
from dataclasses import replace

from benchmarks.corpus13 import common as c
from benchmarks.corpus13.dates import kanji_date, slashed, wareki, wareki_short
from benchmarks.corpus13.files import csv_bytes, encoded_header, mail_bytes
from benchmarks.corpus13.marks import Document, Grid, Item, Lines
from benchmarks.corpus13.people import person
from benchmarks.corpus13.say import born, sensitive, who
from benchmarks.corpus13.vocab import CHILD_DISABILITY, CHILD_ILLNESS

FOLDER = "学童クラブ"
ORG = ("放課後児童クラブ ひまわり", "himawari.club")
GRADES = ("1年", "2年", "3年", "4年", "5年", "6年")


def relation(rng: random.Random, parent) -> str:
    """What the child calls the adult who comes: by the adult's sex."""
    return rng.choice(("母", "祖母") if parent.female else ("父", "祖父"))


def family(rng: random.Random):
    parent = person(rng, 1976, 1994)
    child = replace(person(rng, 2014, 2020), family=parent.family, family_kana=parent.family_kana,
                    prefecture=parent.prefecture, city=parent.city, street=parent.street, postal=parent.postal)
    return parent, child


def roster(rng: random.Random, index: int, org: c.Org) -> Document:
    grid = Grid("児童名簿").row("ひまわり児童クラブ 入所児童名簿", "", "", c.written_on(rng)[1])
    grid.row("学年", "児童氏名", "ふりがな", "生年月日", "保護者氏名", "続柄", "郵便番号", "住所", "緊急連絡先", "健康・配慮事項", "入所日")
    for _ in range(rng.randint(8, 11)):
        parent, child = family(rng)
        note = rng.choice((["特になし"], [sensitive("病歴", rng.choice(CHILD_ILLNESS))],
                           [sensitive("障害", rng.choice(CHILD_DISABILITY))]))
        grid.row(rng.choice(GRADES), c.name(child, True), c.kana(child),
                 born(child.born, rng.choice((wareki, wareki_short, slashed))(child.born)), c.name(parent),
                 relation(rng, parent), c.postal(child, rng.random() < 0.6), c.home(child), c.phone(parent), note,
                 c.a_day(rng, "date of admission", 2021, 2026))
    staff = Grid("職員")
    staff.row("職名", "氏名", "連絡先")
    for role in ("主任支援員", "支援員", "補助員"):
        worker = person(rng, 1960, 2000)
        staff.row(role, c.name(worker), c.phone(worker))
    staff.row("クラブ代表", org.name, c.alike("PHONE", org.phone, c.OWN))
    return c.xlsx_doc(f"{FOLDER}/名簿/入所児童名簿_{2025 + index % 2}年度_{index:02d}.xlsx", [grid, staff])


EVENTS = ("宿題を終えてからドッジボールに参加。", "おやつの後に友達とけんかになり、職員が間に入った。",
          "図工で作った作品を持ち帰った。", "迎えが遅れるとの連絡あり、18時45分に引き渡し。", "下校時に転んで膝を擦りむき、消毒した。")


def notebook(rng: random.Random, index: int, org: c.Org) -> Document:
    lines = Lines().add("【連絡帳・申し送り】ひまわり児童クラブ").add("記入：支援員").add(*c.notice_line(rng)).blank()
    for _ in range(rng.randint(5, 8)):
        parent, child = family(rng)
        day = c.a_day(rng, "date of a note", 2025, 2026, lambda d: f"{d.month}/{d.day}")
        lines.add(day, f"（{rng.choice('月火水木金')}）")
        lines.add(rng.choice(GRADES), "の", who(child.name), "は", rng.choice(EVENTS))
        if rng.random() < 0.5:
            lines.add("※", sensitive("病歴", rng.choice(CHILD_ILLNESS)), "のため、", who(parent.name),
                      "さん（", relation(rng, parent), "）に様子を電話で伝えた。")
        else:
            lines.add("お迎えは", who(parent.name), "さん。連絡先 ", c.phone(parent))
        lines.blank()
    worker = person(rng, 1965, 1999)
    lines.add("記録者 ", who(worker.name))
    return c.text_doc(f"{FOLDER}/連絡帳/連絡帳_{index:03d}.txt", lines, rng.choice(("utf-8", "cp932")))


def pickup_mail(rng: random.Random, index: int, org: c.Org) -> Document:
    parent, child = family(rng)
    body = Lines("body:").add("ひまわり児童クラブ 御中").blank()
    body.add(rng.choice(GRADES), " ", who(child.name), "の", "母" if parent.female else "父", "、", who(parent.name), "です。")
    body.add("お迎えの代理の者を登録させてください。一覧を添付します。").blank()
    body.add(who(parent.name)).add("携帯：", c.phone(parent)).add("メール：", c.email(parent))
    grid = Grid().row("氏名", "続柄", "電話", "生年月日")
    for relation in ("祖母", "叔母", "近所の知人"):
        helper = person(rng, 1948, 1990)
        grid.row(c.name(helper, True), relation, c.phone(helper, rng.random() < 0.5),
                 born(helper.born, kanji_date(helper.born) if rng.random() < 0.3 else wareki(helper.born)))
    path = f"{FOLDER}/受信/お迎え登録_{index:03d}.eml"
    head = {"From": parent.email, "To": org.email, "Subject": encoded_header("お迎え者の登録について"),
            "Date": "Thu, 20 Nov 2026 08:15:00 +0900", "Message-ID": f"<gakudo{index}@example.ne.jp>"}
    data = mail_bytes(head, body.text, [("お迎え者一覧.csv", "text/csv", csv_bytes(grid))])
    headers = [Item(path, c.email(parent)), Item(path, c.alike("EMAIL", org.email, c.OWN))]
    items = body.items(path) + grid.items(f"{path}!お迎え者一覧.csv") + headers
    return Document(path, data, items)


MAKERS = (roster, notebook, notebook, pickup_mail)
