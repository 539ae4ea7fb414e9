"""Files with no one's personal data, full of what looks like it: a health column,
a temple's notice, a catalogue of products named like people, an invoice between
companies, a delivery schedule, a branch list, minutes that name only posts."""

from __future__ import annotations

from datetime import date

from stdnum import ean

from benchmarks.corpus2.formats import delimited_doc, docx_doc, pdf_doc, prose_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Table, Text, negative
from benchmarks.corpus3 import idents
from benchmarks.corpus3.desk import Desk
from benchmarks.corpus3.phrases import GENERAL

PRODUCTS = ["ルームランプ「あかり」", "加湿器 しずく MIO-2", "電動自転車 ハヤテ", "炊飯器 Kotone KR-5", "枕「やすらぎ太郎」",
            "洗剤 さくら", "学習机 Kenta", "ベビーカー Hana&Sora"]
SHOPS = ["ベーカリー檜垣", "お食事処 汐見", "鞍馬モータース", "有限会社 浮田商店", "門脇歯科医院"]


def _general(kind: str):
    text = next(t for t, k in GENERAL if k == kind)
    return negative(text, "SENSITIVE", kind)


def health_column(d: Desk, n: int) -> Doc:
    t = Text().add(f"健康だより　第{n + 40}号").add(_general("health_article"))
    t.add("健診の季節です。", _general("health_article") if d.chance(0.5) else "受診率は昨年より3ポイント上がりました。")
    t.add(negative("糖尿病、高血圧、脂質異常症", "SENSITIVE", "health_article"), "は自覚症状のないまま進みます。")
    t.add(_general("crime_notice"), "不審な電話はすぐに切りましょう。")
    t.add("問い合わせ：健康管理室（内線", f"{d.between(2000, 2999)}", "）")
    return prose_doc(f"社内報/健康だより_{n:02d}", t, "健康だより", d.pick(["docx", "txt", "pdf"]))


def temple_notice(d: Desk, n: int) -> Doc:
    office = d.org()
    held = d.day(date(2026, 9, 15), 10)
    t = Text().add(d.pick(["常念寺", "妙蓮寺", "法光院"]), "より　お知らせ").add(_general("temple_notice"))
    t.add("日時：", d.other_day(held, "event_date", "era"), "　午後1時より")
    t.add("寺務所：", *office.letterhead()[:3])
    t.add("ご不明の点は寺務所までお電話ください。")
    return pdf_doc(f"寺院/お知らせ_{n:02d}.pdf", t, "寺院のお知らせ")


def catalogue(d: Desk, n: int) -> Doc:
    table = Table(name="商品一覧", title=["2026秋冬 商品カタログ"]).add("品名", "JAN", "型番", "価格", "発売日")
    for name in d.rng.sample(PRODUCTS, 5):
        body = f"49{d.between(10000000000, 99999999999)}"[:12]
        table.add(negative(name, "PERSON", "product_name"), negative(body + ean.calc_check_digit(body), "MY_NUMBER", "jan_code"),
                  f"{d.pick(['KR', 'MX', 'HS'])}-{d.between(100, 999)}", f"{d.between(2, 60) * 500}",
                  d.other_day(d.day(date(2026, 9, 1), 100), "release_date", "slash"))
    return xlsx_doc(f"営業/カタログ_{n:02d}.xlsx", [table], "商品カタログ")


def company_invoice(d: Desk, n: int) -> Doc:
    seller, buyer = d.org(), d.org()
    table = Table(name="請求書").add("請求書", "").add("宛先", f"{buyer.name} 御中")
    table.add("登録番号", negative("T" + seller.number, "MY_NUMBER", "invoice_registration"))
    for mark in seller.letterhead():
        table.add("", mark)
    table.add("振込先", f"しおさい信用金庫 本店 普通 ", )
    table.add("口座番号", negative(idents.bank_account(d.rng), "BANK_ACCOUNT", "company_account"))
    table.add("口座名義", negative(seller.name, "PERSON", "company_name"))
    table.add("伝票番号", negative(idents.slip_like_card(d.rng), "CREDIT_CARD", "slip_number"))
    table.add("支払期日", d.other_day(d.day(date(2026, 11, 1), 30), "due_date", "west"))
    return xlsx_doc(f"経理/取引先請求書_{n:02d}.xlsx", [table], "取引先請求書")


def delivery_schedule(d: Desk, n: int) -> Doc:
    table = Table().add("受注No", "得意先", "品名", "数量", "納期", "出荷倉庫TEL")
    warehouse = d.org()
    for r in range(d.between(8, 12)):
        table.add(negative(f"0{d.between(70, 90)}-{d.between(1000, 9999)}-{d.between(1000, 9999)}", "PHONE", "order_number"),
                  negative(d.pick(SHOPS), "PERSON", "company_name"), d.pick(PRODUCTS)[:6], str(d.between(1, 300)),
                  d.other_day(d.day(date(2026, 10, 5), 60), "delivery_date", "slash"), warehouse.letterhead()[2])
    return delimited_doc(f"物流/納期一覧_{n:02d}.csv", table, "納期一覧", encoding=d.pick(["cp932", "utf-8"]))


def branch_list(d: Desk, n: int) -> Doc:
    table = Table(name="拠点", title=["拠点一覧"]).add("拠点", "郵便番号", "所在地", "代表電話", "FAX")
    for org in d.rng.sample(d.orgs, 5):
        postal, address, phone, fax = org.letterhead()
        table.add(org.short, postal, address, phone, fax)
    return xlsx_doc(f"総務/拠点一覧_{n:02d}.xlsx", [table], "拠点一覧")


def post_minutes(d: Desk, n: int) -> Doc:
    held = d.day(date(2026, 4, 1), 180)
    t = Text().add("営業会議 議事メモ").add("日時 ", d.other_day(held, "meeting_date", "west"))
    t.add("出席：営業部長、第一課長、第二課長、総務課長")
    t.add("1. 上期実績は計画比102%。", _general("union_notice"))
    t.add("2. 新製品", negative(d.pick(PRODUCTS), "PERSON", "product_name"), "の発売を", d.other_day(d.day(held, 90),
          "release_date", "slash"), "とする。")
    t.add("3. 次回 ", d.other_day(d.day(held, 30), "meeting_date", "era"))
    return docx_doc(f"議事録/営業会議_{n:02d}.docx", [t], "議事メモ")
