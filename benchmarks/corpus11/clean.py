"""Files with no personal data: notices, price lists, timetables, manuals; some hold
look-alikes (an organisation's own contacts, articles on illness with no one in them)."""

from __future__ import annotations

import random

from benchmarks.corpus11 import office, plain
from benchmarks.corpus11.common import Office, made, order_lookalike
from benchmarks.corpus11.model import Lines, Table
from benchmarks.corpus11.people import lookalike
from benchmarks.corpus11.places import OFFICES
from benchmarks.corpus11.vocab import ARTICLES

LESSONS = ("ピアノ初級", "ピアノ中級", "ソルフェージュ", "バイオリン", "フルート", "リトミック")
MENU = ("着付け", "ヘアセット", "振袖レンタル一式", "袴レンタル", "写真撮影", "草履・バッグ")


def price_list(rng: random.Random, i: int):
    rows = [[item, f"{rng.randrange(3, 90) * 1000:,}円", rng.choice(("税込", "税別"))] for item in rng.sample(MENU, 5)]
    path = f"花衣/料金表_{i:02d}.csv"
    return made(path, plain.csv(path, Table(["品目", "料金", "備考"], rows)), "price_list", clean=True)


def timetable(rng: random.Random, i: int):
    rows = [[day, rng.choice(LESSONS), f"{rng.randrange(10, 20)}:00"] for day in ("月", "火", "水", "木", "金", "土")]
    path = f"アリア音楽教室/時間割_{i:02d}.xlsx"
    return made(path, office.xlsx(path, [("時間割", Table(["曜日", "レッスン", "開始"], rows))]), "timetable", clean=True)


def office_notice(rng: random.Random, i: int):
    key = rng.choice(sorted(OFFICES))
    own = Office(key)
    lines = Lines().add(f"{own.name}からのお知らせ").blank()
    lines.add("年末年始の休業日は12月29日から1月3日までです。")
    lines.add("ご予約番号：", order_lookalike(rng, "reservation_number"))
    lines.add("お問い合わせ：", own.email(), "　", *own.footer())
    path = f"お知らせ/{key}_{i:02d}.docx"
    return made(path, office.docx_file(path, [lines]), "notice", clean=True)


def manual(rng: random.Random, i: int):
    lines = Lines().add("業務マニュアル（抜粋）")
    for article in rng.sample(ARTICLES, 2):
        lines.add(lookalike("SENSITIVE", article, "health_article", "病歴"))
    lines.add("個人情報を含む書類は施錠できる書庫に保管すること。")
    lines.add("改訂日：2026年4月1日")
    path = f"マニュアル/手順書_{i:02d}.pdf"
    return made(path, plain.pdf(path, lines), "manual", clean=True)
