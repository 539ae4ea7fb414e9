"""A meal delivery and watch-over service (配食・見守り): the route sheet exported
without a header, the drivers' hand-over notes and the alert mails to families."""

from __future__ import annotations

import random

from benchmarks.corpus13 import common as c
from benchmarks.corpus13.dates import two_digit, wareki_short
from benchmarks.corpus13.files import encoded_header, mail_bytes
from benchmarks.corpus13.marks import Document, Grid, Item, Lines
from benchmarks.corpus13.people import person
from benchmarks.corpus13.say import born, sensitive, who
from benchmarks.corpus13.vocab import ADULT_ILLNESS, CREEDS, OFFENCES, VICTIMS

FOLDER = "配食見守り"
ORG = ("あったか配食サービス", "attaka.meal")
DIETS = ("腎臓病食（たんぱく制限）", "糖尿病食（1400kcal）", "嚥下障害のためきざみ食", "透析食（カリウム制限）",
         "心臓病の減塩食", "胃切除後の分割食")
ROUTES = ("Aコース", "Bコース", "Cコース", "Dコース")
SIGHTS = ("インターホンに応答なし。裏口から声掛けして無事を確認。", "前日の弁当が手つかずで残っていた。",
          "玄関先で転倒していたため救急要請。", "ストーブをつけたまま就寝していた。")


def route_sheet(rng: random.Random, index: int, org: c.Org) -> Document:
    grid = Grid()
    for stop in range(rng.randint(10, 14)):
        user = person(rng, 1925, 1950)
        form = rng.choice((wareki_short, two_digit))
        grid.row(rng.choice(ROUTES), f"{stop + 1}", c.name(user), born(user.born, form(user.born), form is two_digit),
                 c.postal(user, False), c.home(user), c.phone(user, False, bare=True),
                 sensitive("病歴", rng.choice(DIETS)), c.family_business(rng), "鍵預り" if rng.random() < 0.2 else "")
    return c.csv_doc(f"{FOLDER}/配達/route_{index:03d}.csv", grid, "cp932")


def handover(rng: random.Random, index: int, org: c.Org) -> Document:
    lines = Lines().add("申し送りノート（夕食便）").add(*c.notice_line(rng)).blank()
    for _ in range(rng.randint(5, 7)):
        user, driver = person(rng, 1925, 1950), person(rng, 1950, 2000)
        lines.add(c.a_day(rng, "date of a round", fmt=lambda d: f"{d.month}月{d.day}日"), " 配達員 ", who(driver.name))
        lines.add(who(user.name), "さん宅：", rng.choice(SIGHTS))
        chance = rng.random()
        if chance < 0.5:
            lines.add("ご本人は", sensitive("病歴", rng.choice(ADULT_ILLNESS)), "。娘さんへ連絡済み。")
        elif chance < 0.7:
            lines.add("ご本人は", sensitive("信条", rng.choice(CREEDS)), "で、訪問のたびに選挙の話になる。")
        elif chance < 0.8:
            lines.add("近所の方の話では、ご本人は昔", sensitive("犯罪歴", rng.choice(OFFENCES)), "。配達は二人で。")
        lines.blank()
    return c.text_doc(f"{FOLDER}/申し送り/申し送り_{index:03d}.txt", lines)


def family_alert(rng: random.Random, index: int, org: c.Org) -> Document:
    user, son = person(rng, 1925, 1950, female=True), person(rng, 1950, 1980, female=False)
    body = Lines("body:").add(who(son.name), " 様").blank()
    body.add("いつもお世話になっております。本日のお届けの際、お母様の", who(user.name), "様より")
    body.add(sensitive("犯罪被害", rng.choice(VICTIMS)), "とのお話がありました。")
    body.add("警察と地域包括支援センターにも連絡をお願いいたします。").blank()
    for parts in c.org_lines(org):
        body.add(*parts)
    path = f"{FOLDER}/送信/見守り連絡_{index:03d}.eml"
    head = {"From": org.email, "To": son.email, "Subject": encoded_header("見守りのご報告"),
            "Date": "Wed, 12 Nov 2026 13:05:00 +0900", "Message-ID": f"<meal{index}@attaka>"}
    items = body.items(path) + [Item(path, c.email(son)), Item(path, c.alike("EMAIL", org.email, c.OWN))]
    return Document(path, mail_bytes(head, body.text), items)


MAKERS = (route_sheet, handover, family_alert)
