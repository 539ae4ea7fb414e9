"""A dental laboratory (歯科技工所): work orders from clinics, its order book kept
on an old PC (CP932), and the list of client clinics (all look-alikes)."""

from __future__ import annotations

import random

from benchmarks.corpus14 import office, plain
from benchmarks.corpus14.births import age_on, other_date
from benchmarks.corpus14.kit import order_number, own_phone, part_number, who
from benchmarks.corpus14.model import Lines, Mark, Table, fake
from benchmarks.corpus14.people import address

CLINICS = ("さくら通り歯科", "みなみ矯正歯科クリニック", "はなみずき歯科医院", "駅前デンタルオフィス", "こばと小児歯科",
           "リバーサイド歯科", "あおば歯科口腔外科")
FAMILY_CLINICS = ("溝口歯科医院", "比嘉デンタルクリニック", "榊原歯科", "百瀬こども歯科", "湯浅歯科クリニック")
WORKS = ("FCK（#16）", "CAD/CAM冠（#36）", "義歯 上顎総義歯", "インレー MOD（#25）", "ブリッジ #44-46", "ナイトガード",
         "部分床義歯 下顎 クラスプ2", "ジルコニアクラウン（#11）")
SHADES = ("A2", "A3", "A3.5", "B2")


def clinic(rng: random.Random):
    """A client clinic; those named after their founding family are look-alikes of a person."""
    if rng.random() < 0.6:
        return fake("PERSON", rng.choice(FAMILY_CLINICS), "clinic_named_after_family")
    return rng.choice(CLINICS)


def work_order_pdf(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    pages = []
    for _ in range(rng.randint(2, 4)):
        patient = who(rng, 1940, 2010, 0.05)
        page = Lines().add("歯科技工指示書").add("指示書番号 {}", order_number(rng))
        page.add("医療機関名 {}　電話 {}", clinic(rng), own_phone(rng, "086"))
        page.add("患者氏名 {}　（{}歳）", patient.name(), age_on(patient.p.birth))
        page.add("生年月日 {}　性別 {}", patient.born(rng.choice(("era", "short"))), patient.p.sex)
        page.add("技工内容 {}　シェード {}", rng.choice(WORKS), rng.choice(SHADES))
        page.add("納品希望日 {}　　印象採得日 {}", other_date(rng, "delivery_date"), other_date(rng, "impression_date"))
        if rng.random() < 0.5:
            page.add("備考：{}のため金属床不可", Mark("SENSITIVE", "金属アレルギー（パラジウム陽性）", category="病歴"))
        pages.append(page)
    return f"歯科技工所/指示書/技工指示書_{n:03d}.pdf", *office.pdf_file(pages)


def order_book_csv(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows = []
    for _ in range(rng.randint(14, 22)):
        patient = who(rng, 1940, 2010, 0.05)
        number = order_number(rng) if rng.random() < 0.5 else ""
        rows.append([number, other_date(rng, "received_date", "slash"), clinic(rng), own_phone(rng, "086"),
                     patient.name("tight"), patient.name("kana"), rng.choice(WORKS),
                     str(rng.randint(3, 40) * 1000)])
    table = Table(["受付番号", "受付日", "医院名", "医院TEL", "患者名", "カナ", "内容", "金額"], rows)
    return f"歯科技工所/台帳/受注台帳_{n:02d}.csv", *plain.csv(table, encoding="cp932", quote_all=True)


def clients_html(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows = []
    for clinic in CLINICS:
        place = address(rng)
        rows.append([clinic, fake("ADDRESS", place.full, "clinic_address"), fake("PHONE", own_phone(rng, "086").text,
                                                                                "clinic_phone"),
                     fake("DATE_OF_BIRTH", other_date(rng, "contract_date", "west").text, "contract_date")])
    lines = Lines().add("取引先医院一覧（社内用）").add("材料ロット {}", part_number(rng))
    table = Table(["医院名", "所在地", "電話", "取引開始日"], rows)
    return f"歯科技工所/取引先/取引先一覧_{n:02d}.html", *plain.html("取引先医院一覧", lines, [table])


WRITERS = ((work_order_pdf, 10), (order_book_csv, 6), (clients_html, 3))
