"""Files with no one in them, full of what looks like personal data: catalogues
with check-digit-valid codes, partner directories, calendars, health bulletins,
batch-control exports, minutes that name roles only."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus12 import ids, render
from benchmarks.corpus12.model import Lines, Table, neg, single
from benchmarks.corpus12.pen import Pen
from benchmarks.corpus12.places import CITIES
from benchmarks.corpus12.sensitive import ARTICLES

LENSES = ["遠近両用レンズ", "ブルーライトカット", "調光レンズ", "薄型非球面", "スポーツ偏光"]
PARTNERS = ["宇野商店", "株式会社八木製作所", "古賀運輸株式会社", "根岸印刷所", "合同会社鳴海技研", "白鳥建設株式会社"]
LOOKALIKE_NAMES = ["ハナコ", "タロウ", "第三 勘太郎丸", "ホテル白鳥", "蓮見橋", "ゆきこ米", "小夜子ブレンド", "喜平寿司", "根岸線",
                   "与次郎ヶ浜", "金次郎像", "弥生会館"]
ROLES = ["議長", "副会長", "事務局長", "会計担当", "監事"]


def catalogue(pen: Pen, n: int) -> object:
    table = Table(["品名", "品番", "注文コード", "発売日", "価格"], above=["商品カタログ 2025秋冬"])
    for _ in range(n):
        table.add(pen.pick(LENSES), pen.product_code(), pen.order_number(), pen.other_date(date(2023, 1, 1)),
                  f"{pen.rng.randrange(8, 60) * 1000:,}円")
    return render.xlsx_file([("カタログ", table)])


def directory(pen: Pen, n: int) -> object:
    table = Table(["取引先", "〒", "所在地", "代表電話", "メール"])
    for number in range(n):
        name = pen.pick(PARTNERS) + f" {number + 1}営業所"
        own = pen.own(name + str(pen.rng.randrange(1000)))
        table.add(neg("PERSON", name, "company"), own["postal"], own["address"], own["phone"], own["email"])
    return render.csv_file(table, "cp932")


def calendar(pen: Pen, n: int) -> object:
    lines = Lines().add("行事予定表")
    for _ in range(n):
        lines.add(pen.other_date(date(2025, 4, 1)), "　", pen.thing(LOOKALIKE_NAMES), "にて", pen.pick(["定例会", "清掃活動", "研修会", "納会"]))
    return render.text_file(lines, pen.pick(["utf-8", "cp932"]))


def bulletin(pen: Pen, as_pdf: bool) -> object:
    lines = Lines().add("保健だより 第" + str(pen.rng.randint(10, 99)) + "号")
    for text in pen.rng.sample(ARTICLES, 5):
        lines.add(neg("SENSITIVE", text, "health_article"))
    lines.add("発行 ", pen.other_date())
    return render.pdf_file([lines]) if as_pdf else render.docx_file([lines])


def batch_control(pen: Pen, n: int) -> object:
    """A job-control export: job numbers, contract numbers, serials — nobody's."""
    table = Table(["JOBNO", "KEIYAKU", "SERIAL", "RUNDATE", "STATUS"])
    for _ in range(n):
        table.add(pen.order_number(), pen.contract_number(), neg("BASIC_PENSION_NUMBER", ids.pension(pen.rng), "serial_number"),
                  pen.other_date(shapes=(2, 5)), pen.pick(["OK", "WARN", "OK", "RERUN"]))
    return render.fixed_file(table, [14, 15, 13, 12, 6], "ascii")


def minutes(pen: Pen) -> object:
    pref, city, _, _ = pen.pick(CITIES)
    lines = Lines().add("定例会議 議事録").add("日時 ", pen.other_date(), " 14:00〜15:30").add(f"場所 {city}市民会館 第2会議室")
    lines.add("出席 ", "、".join(pen.rng.sample(ROLES, 4)), "（欠席1）").blank()
    lines.add("1. 前回議事録の確認 → 承認").add("2. 来期予算案 → ", pen.pick(ROLES), "より説明、継続審議")
    lines.add("3. ", pen.article(ARTICLES)).add("次回 ", pen.other_date())
    return render.odt_file(lines) if pen.rng.random() < 0.5 else render.text_file(lines)


def documents(pen: Pen, count: int) -> list:
    docs = []
    for i in range(count):
        kind = i % 7
        if kind == 0:
            rendered, path = catalogue(pen, pen.rng.randint(15, 30)), f"共有/カタログ/catalog_{i:03d}.xlsx"
        elif kind == 1:
            rendered, path = directory(pen, pen.rng.randint(8, 15)), f"共有/取引先/取引先一覧_{i:03d}.csv"
        elif kind == 2:
            rendered, path = calendar(pen, pen.rng.randint(10, 20)), f"共有/行事/予定_{i:03d}.txt"
        elif kind in (3, 4):
            rendered, path = bulletin(pen, kind == 3), f"共有/保健だより/vol{i:03d}.{'pdf' if kind == 3 else 'docx'}"
        elif kind == 5:
            rendered, path = batch_control(pen, pen.rng.randint(15, 30)), f"共有/host/JOBCTL{i:03d}.PRN"
        else:
            rendered = minutes(pen)
            path = f"共有/議事録/議事録_{i:03d}.{'odt' if rendered[0][:2] == b'PK' else 'txt'}"
        docs.append(single(path, rendered, clean=True))
    return docs
