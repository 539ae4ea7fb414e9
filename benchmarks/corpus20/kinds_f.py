"""Corpus 20's writers (6): an XML export of guide assignments, a zip of a photo studio's
month, invoices and gift-card lists full of look-alikes, and the clean files — price lists,
procedures and timetables in which no one is named."""

from __future__ import annotations

import random
from xml.sax.saxutils import escape

from benchmarks.corpus16.model import Doc, Grid, Item, Lines
from benchmarks.corpus20 import columns as col
from benchmarks.corpus20 import common as c
from benchmarks.corpus20 import formats as f
from benchmarks.corpus20 import people
from benchmarks.corpus20.kinds_a import GUIDE, STUDIO
from benchmarks.corpus20.kinds_b import CINEMA
from benchmarks.corpus20.kinds_c import KIMONO


def guide_xml(rng: random.Random, n: int):
    path = f"tour_guides/export/assignments_{n:02d}.xml"
    rows, items = [], []
    for k in range(rng.randint(10, 18)):
        guide, guest = people.person(rng, 40, 82), people.person(rng, 20, 70, abroad=0.7)
        marks = [c.name(guide), c.tel(rng, True), c.name(guest, "roma"), c.visit_day(rng, "dash")]
        items += [Item(path, m, None) for m in marks]
        rows.append(f"  <assignment no=\"{k + 1}\">\n    <guide>{escape(marks[0].text)}</guide>\n"
                    f"    <guideMobile>{marks[1].text}</guideMobile>\n    <guest>{escape(marks[2].text)}</guest>\n"
                    f"    <tourDate>{marks[3].text}</tourDate>\n    <course>城下町コース</course>\n  </assignment>\n")
    data = f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assignments org=\"{GUIDE}\">\n{''.join(rows)}</assignments>\n"
    return Doc(path, data.encode("utf-8"), items)


def studio_month_zip(rng: random.Random, n: int):
    kids = people.people(rng, rng.randint(10, 16), young=0, old=12, abroad=0.05)
    grid = col.register(rng, ["撮影日", "お名前", "生年月日", "電話"],
                        [col.event("dash"), col.name(), col.born("dash"), col.tel()], kids)
    memo = Lines().put(f"{STUDIO} {rng.randint(1, 12)}月 引継ぎメモ")
    for p in kids[:3]:
        memo.put(c.name(p, "tight"), "ちゃんのアルバム納品は", c.visit_day(rng, "west"), "。")
    price = Lines().put("アルバム 価格表").put("スタンダード 22,000円").put("プレミアム 38,500円")
    return f.zipped(f"photo_studio/archive/{2026}_{n + 1:02d}.zip",
                    [f.csv("撮影一覧.csv", grid), f.txt("引継ぎ.txt", memo), f.txt("価格表.txt", price)])


def invoice(rng: random.Random, n: int):
    shop = c.org(rng, rng.choice([KIMONO, CINEMA, STUDIO]), "invoice.example.jp")
    lines = shop.head(Lines(), fax=rng.random() < 0.5).gap().put("請求書")
    lines.put("登録番号 T", c.corporate(rng))
    lines.put("請求日：", c.visit_day(rng, "west"), "　伝票番号：", c.slip(rng))
    for _ in range(rng.randint(2, 4)):
        lines.put(rng.choice(["着付け料", "衣裳クリーニング", "撮影料", "ギフト券"]), "　", str(rng.randint(3, 30) * 1100), "円")
    lines.put("ギフト券番号：", c.coupon(rng))
    return f.txt(f"invoices/請求書_{n:03d}.txt", lines)


def gift_cards(rng: random.Random, n: int):
    grid = Grid("券番号", "額面", "発行日", "状態")
    for _ in range(rng.randint(15, 25)):
        grid.add(c.coupon(rng), rng.choice(["1,000", "3,000", "5,000"]), c.visit_day(rng, "slash"),
                 rng.choice(["未使用", "使用済"]))
    return f.csv(f"cinema/giftcards_{n:02d}.csv", grid)


CLEAN_TOPICS = [
    ("price", "料金表", ["大人 1,900円", "シニア（60歳以上） 1,300円", "高校生以下 1,000円", "駐車場 3時間無料"]),
    ("procedure", "作業手順書", ["1. 保護具を着用する", "2. 始業点検表に記入する", "3. 異常があれば班長へ報告する",
                               "4. 終業時に工具を数える"]),
    ("timetable", "送迎バス時刻表", ["駅北口発 8:10 / 9:40 / 13:10", "工房発 15:30 / 16:30", "土日は運休"]),
    ("menu", "寮食堂 今週の献立", ["月 さばの味噌煮", "火 鶏の照り焼き", "水 ひじき煮・豆腐", "木 カレー", "金 焼き魚定食"]),
    ("care", "盆栽の水やり", ["春秋は1日1回、夏は朝夕2回", "冬は土が乾いてから", "植え替えは3月が適期"]),
    ("rules", "寮のきまり", ["門限 23:00", "ゴミは分別して指定日に", "来客は共用ラウンジまで"]),
    ("course", "講座案内", ["油彩入門 全6回", "水彩スケッチ 全4回", "材料費は別途"]),
    ("checklist", "レンタカー返却チェックリスト", ["燃料満タン", "車内忘れ物確認", "ETCカード抜き取り"]),
]


def clean(rng: random.Random, n: int):
    key, title, rows = CLEAN_TOPICS[n % len(CLEAN_TOPICS)]
    lines = Lines().put(title).gap()
    for row in rng.sample(rows, len(rows)):
        lines.put(row)
    lines.gap().put(f"改訂 第{rng.randint(2, 9)}版")
    form = n % 5
    if form == 0:
        doc = f.docx(f"common/{key}_{n:02d}.docx", lines)
    elif form == 1:
        doc = f.pdf(f"common/{key}_{n:02d}.pdf", lines)
    elif form == 2:
        grid = Grid("項目").add(title)
        for row in rows:
            grid.add(row)
        doc = f.xlsx(f"common/{key}_{n:02d}.xlsx", [("Sheet1", grid, None)])
    elif form == 3:
        doc = f.html(f"common/{key}_{n:02d}.html", title, lines)
    else:
        doc = f.txt(f"common/{key}_{n:02d}.txt", lines, encoding=rng.choice(["utf-8", "cp932"]))
    doc.clean = True
    return doc
