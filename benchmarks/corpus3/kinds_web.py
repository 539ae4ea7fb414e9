"""What comes out of web tools: a form's submissions dumped as JSON, a wiki page in
Markdown with a pipe table, a booking confirmation saved as HTML."""

from __future__ import annotations

import html
from datetime import date

from benchmarks.corpus2.formats import column_letter, text_doc
from benchmarks.corpus2.truth import Doc, Item, Mark, Text, negative
from benchmarks.corpus3.desk import Desk
from benchmarks.corpus3.kinds_prose import care


def _json_value(key: str, value, last: bool = False) -> tuple:
    """One `"key": "value",` line of pretty-printed JSON (values have no quotes or backslashes)."""
    parts = value if isinstance(value, tuple) else (value,)
    return (f'    "{key}": "', *parts, '"' + ("" if last else ","))


def form_json(d: Desk, n: int) -> Doc:
    """A contact form's submissions as the plug-in exports them: pretty-printed JSON, one object a sender."""
    t = Text().add("[")
    count = d.between(3, 6)
    for k in range(count):
        p = d.person(abroad=0.1)
        t.add("  {").add(f'    "id": {d.between(1000, 9999)},')
        t.add(*_json_value("submitted", d.other_day(d.day(date(2026, 9, 1), 40), "submitted_date", "iso")))
        t.add(*_json_value("your_name", d.name(p)))
        t.add(*_json_value("your_email", d.mail(p)))
        t.add(*_json_value("tel", d.phone(p, style=d.pick(["hyphen", "tight"]))))
        message = ("見学を希望します。", care(d, "障害"), "ので、付き添いが一人います。") if d.chance(0.3) else \
            (d.pick(["資料を送ってください。", "料金について質問があります。", "見学の日程を相談したいです。"]),)
        t.add(*_json_value("message", message, last=True))
        t.add("  }" + ("," if k < count - 1 else ""))
    t.add("]")
    return text_doc(f"web/contact_form_export_{n:02d}.json", t, "フォームJSON")


def wiki_page(d: Desk, n: int) -> Doc:
    """A team's wiki page in Markdown: the 連絡網 as a pipe table, the office's own number above it."""
    org = d.org()
    t = Text().add(f"# {d.pick(['物流チーム', '総務チーム', '開発二課'])} 緊急連絡網").add("")
    t.add("代表：", org.letterhead()[2], "（平日 9:00-17:30）")
    t.add("最終更新 ", d.other_day(d.day(date(2026, 8, 1), 60), "updated_date", "slash")).add("")
    t.add("| 順 | 名前 | 携帯 | 備考 |").add("|---|---|---|---|")
    for k in range(d.between(4, 7)):
        p = d.person(abroad=0.1)
        note = care(d, d.pick(["病歴", "障害"])) if d.chance(0.2) else d.pick(["", "車通勤", "自転車通勤"])
        t.add(f"| {k + 1} | ", d.name(p, d.pick(["space", "tight"])), " | ", d.phone(p, mobile=True), " | ", note, " |")
    doc = text_doc(f"wiki/緊急連絡網_{n:02d}.md", t, "Wiki")
    return Doc(doc.path, doc.data, _in_table(doc.items, t, first=5), doc.kind, doc.encoding)


def _in_table(items: list[Item], text: Text, first: int) -> list[Item]:
    """daicho reads a Markdown pipe table as a table (`table1!B2`: its header is row 1, the
    separator no row): a mark in a row of it gets that cell as its location."""
    located = []
    for item in items:
        line = int(item.location[1:]) - 1
        if line < first or not text.lines[line] or not str(text.lines[line][0]).startswith("|"):
            located.append(item)
            continue
        parts = text.lines[line]
        before = "".join(p.text if isinstance(p, Mark) else p for p in parts[:parts.index(item.mark)])
        column = before.count("|") - 1
        located.append(Item(item.path, item.mark, f"table1!{column_letter(column)}{line - first}"))
    return located


def booking_page(d: Desk, n: int) -> Doc:
    """A booking confirmation saved from the browser as HTML (no location: the page has no lines of its own)."""
    shop, p = d.org(), d.person()
    rows = [("予約番号", negative(f"{d.between(100, 999)}-{d.between(1000, 9999)}-{d.between(1000, 9999)}", "PHONE",
                              "booking_number")),
            ("お名前", d.name(p)), ("ご連絡先", d.phone(p)), ("メール", d.mail(p)),
            ("ご来店日", d.other_day(d.day(date(2026, 10, 1), 60), "visit_date", "west")),
            ("店舗", shop.letterhead()[1])]
    cells = "".join(f"<tr><th>{label}</th><td>{html.escape(_text(value))}</td></tr>\n" for label, value in rows)
    page = (f"<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>ご予約の確認</title></head>\n"
            f"<body><h1>{shop.short} ご予約の確認</h1>\n<table>\n{cells}</table>\n"
            "<p>当日はお気をつけてお越しください。</p></body></html>\n")
    path = f"web/予約確認_{n:02d}.html"
    items = [Item(path, value) for _, value in rows if isinstance(value, Mark)]
    return Doc(path, page.encode("utf-8"), items, "予約確認HTML", "utf-8")


def _text(value) -> str:
    return value.text if isinstance(value, Mark) else value
