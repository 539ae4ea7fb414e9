"""Clean files: no one's data, only look-alikes — a school's 保健だより page, a pharmacy's
notice in PDF, a funeral hall's price list, a cram school's timetable in Markdown, a
removal firm's company guide, a local news digest (typhoons, racehorses, ships named like
people), and an online shop's product catalogue in JSON."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import pdf_doc, text_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Table, Text, negative
from benchmarks.corpus5 import numbers
from benchmarks.corpus5.offices import Clerk
from benchmarks.corpus5.pages import html_doc, json_doc, markdown_doc
from benchmarks.corpus5.voices import NOT_PEOPLE, OF_NO_ONE

PRODUCTS = ["有機ほうじ茶 100g", "米ぬか石けん", "ひのき入浴剤", "玄米グラノーラ", "天然はちみつ 300g", "柚子ぽん酢"]


def _said_of_no_one(k: Clerk, kinds: tuple[str, ...]) -> list:
    return [negative(text, "SENSITIVE", kind) for text, kind in OF_NO_ONE if kind in kinds]


def health_letter(k: Clerk, n: int) -> Doc:
    school = k.body("school")
    lead = Text().add("発行日 ", k.other_day(date(2026, k.between(4, 12), 1), "issue_date", "era"))
    for mark in _said_of_no_one(k, ("health_notice", "checkup_notice")):
        lead.add("・", mark)
    table = Table().add("月", "行事").add("6月", "歯科検診").add("9月", "視力検査").add("11月", "インフルエンザ予防の授業")
    tail = Text().add(school.name, " 保健室　", school.phone_mark())
    return html_doc(f"学校/保健だより/hoken_{n:02d}.html", "health_letter", "ほけんだより", [lead, table, tail])


def pharmacy_notice(k: Clerk, n: int) -> Doc:
    shop = k.body("pharmacy")
    text = Text().add(f"{shop.name}からのお知らせ").add("年末年始の営業：", k.other_day(date(2026, 12, 29), "closing_date", "western"),
                                                   "〜1月3日は休業します。")
    text.add("お薬手帳をお持ちください。", negative(OF_NO_ONE[2][0], "SENSITIVE", OF_NO_ONE[2][1]))
    text.add(*shop.letterhead())
    return pdf_doc(f"薬局/お知らせ_{n:02d}.pdf", text, "pharmacy_notice")


def funeral_prices(k: Clerk, n: int) -> Doc:
    hall = k.body("funeral")
    table = Table(name="料金表", title=[f"{hall.name} ご葬儀プラン料金表"]).add("プラン", "内容", "料金（税込）")
    for plan, price in (("家族葬プラン『やすらぎ』", 480000), ("一日葬プラン", 350000), ("直葬プラン", 198000)):
        table.add(plan, "祭壇・棺・搬送・受付備品", f"{price:,}")
    table.add("お振込先", ("東濃銀行 本店 普通 ", hall.account_mark()), "")
    table.add("所在地", hall.address_mark(), hall.phone_mark())
    table.add("24時間受付", hall.free_mark(), "")
    return xlsx_doc(f"葬儀/料金表_{n:02d}.xlsx", [table], "funeral_prices")


def juku_timetable(k: Clerk, n: int) -> Doc:
    juku = k.body("juku")
    lead = Text().add(f"# {juku.name} 冬期講習 時間割").add("").add("開講日：", k.other_day(date(2026, 12, k.between(20, 26)),
                                                                                          "course_date", "slash"))
    table = Table().add("時限", "中1", "中2", "中3")
    for slot in ("16:00", "17:30", "19:00"):
        table.add(slot, k.pick(["英語", "数学"]), k.pick(["国語", "理科"]), k.pick(["社会", "数学演習"]))
    tail = Text().add("お問い合わせ ", juku.free_mark(), " ／ ", juku.mail_mark())
    return markdown_doc(f"塾/時間割_{n:02d}.md", "juku_timetable", lead, table, tail)


def mover_profile(k: Clerk, n: int) -> Doc:
    firm = k.body("mover")
    text = Text().add(f"会社案内　{firm.name}").add("法人番号 ", negative(firm.corporate, "MY_NUMBER", "corporate_number"))
    text.add("本社 ", firm.postal_mark(), " ", firm.address_mark())
    text.add("TEL ", firm.phone_mark(), "　FAX ", firm.phone_mark("fax"))
    text.add("ご相談窓口 ", firm.free_mark(), "（年中無休 8:00〜20:00）")
    text.add("設立 ", k.other_day(date(1987, 4, 1), "founded_date", "western"), "　トラック保有台数 42台")
    return text_doc(f"引越/会社案内_{n:02d}.txt", text, "mover_profile")


def news_digest(k: Clerk, n: int) -> Doc:
    text = Text().add(f"地域ニュースまとめ（{n}）")
    for name, kind in k.rng.sample(NOT_PEOPLE, 5):
        text.add("・", negative(name, "PERSON", kind), k.pick(["が話題に。", "について続報。", "の関連記事。"]))
    for mark in _said_of_no_one(k, ("crime_notice", "union_notice", "temple_notice", "church_notice")):
        text.add("・", mark)
    return text_doc(f"広報/ニュース_{n:02d}.txt", text, "news_digest", encoding="cp932", newline="\r\n")


def product_catalogue(k: Clerk, n: int) -> Doc:
    items = []
    for i in range(k.between(4, 6)):
        items.append([("sku", f"NM-{n:02d}{i:03d}"), ("name", k.pick(PRODUCTS)),
                      ("jan", negative(numbers.jan(k.rng), "MY_NUMBER", "jan_code")), ("price", k.between(3, 40) * 100),
                      ("release", k.other_day(date(2026, k.between(1, 11), k.between(1, 28)), "release_date", "iso"))])
    return json_doc(f"EC/catalogue_{n:02d}.json", "product_catalogue", items, key="products")
