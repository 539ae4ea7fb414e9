"""Writers of the formats corpus 5 uses that earlier corpora have none for: HTML pages
(tables and paragraphs), Markdown with a pipe table, JSON and XML written one field a
line, vCard address books, and a Maildir message. Each turns `Text`/`Table` into bytes
and the planted marks into `Item`s (`L7` for a line; HTML and Markdown tables are
located by value only: their readers count lines and cells afresh)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from benchmarks.corpus2.formats import text_doc
from benchmarks.corpus2.truth import Doc, Item, Mark, Table, Text, parts_text


def html_doc(path: str, kind: str, title: str, blocks: list, encoding: str = "utf-8") -> Doc:
    """A page saved from a browser or a web app: a heading, paragraphs, tables."""
    body, items = [f"<h1>{escape(title)}</h1>"], []
    for block in blocks:
        if isinstance(block, Text):
            body += [f"<p>{escape(line)}</p>" for line in block.strings()]
            items += [Item(path, m) for _, m in block.marks()]
            continue
        rows = []
        for r, row in enumerate(block.strings()):
            tag = "th" if r == 0 else "td"
            rows.append("<tr>" + "".join(f"<{tag}>{escape(v)}</{tag}>" for v in row) + "</tr>")
        body.append('<table border="1">' + "".join(rows) + "</table>")
        items += [Item(path, m) for _, _, m in block.marks()]
    charset = "Shift_JIS" if encoding == "cp932" else "utf-8"
    page = (f'<!DOCTYPE html>\n<html lang="ja"><head><meta charset="{charset}"><title>{escape(title)}</title></head>\n'
            f"<body>\n" + "\n".join(body) + "\n</body></html>\n")
    return Doc(path, page.encode(encoding), items, kind, encoding)


def markdown_doc(path: str, kind: str, lead: Text, table: Table, tail: Text | None = None) -> Doc:
    """A wiki or README page: paragraphs, a pipe table, more paragraphs."""
    lines = lead.strings() + [""]
    header, *rows = table.strings()
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    items = [Item(path, m) for _, m in lead.marks()] + [Item(path, m) for _, _, m in table.marks()]
    if tail is not None:
        lines += [""] + tail.strings()
        items += [Item(path, m) for _, m in tail.marks()]
    return Doc(path, ("\n".join(lines) + "\n").encode("utf-8"), items, kind, "utf-8")


def _json_value(value) -> tuple:
    return ('"', value, '"') if isinstance(value, (str, Mark)) else (str(value).lower(),)


def json_doc(path: str, kind: str, records: list[list[tuple[str, object]]], key: str = "members") -> Doc:
    """An export as a web app writes it: one field a line, records in a list."""
    text = Text().add("{").add(f'  "{key}": [')
    for r, record in enumerate(records):
        text.add("    {")
        for f, (name, value) in enumerate(record):
            comma = "," if f < len(record) - 1 else ""
            text.add(f'      "{name}": ', *_json_value(value), comma)
        text.add("    }" + ("," if r < len(records) - 1 else ""))
    text.add("  ]").add("}")
    return text_doc(path, text, kind)


def xml_doc(path: str, kind: str, root: str, records: list[list[tuple[str, object]]], item: str = "record") -> Doc:
    """An XML export of a system: one element a line."""
    text = Text().add('<?xml version="1.0" encoding="UTF-8"?>').add(f"<{root}>")
    for record in records:
        text.add(f"  <{item}>")
        for name, value in record:
            text.add(f"    <{name}>", value, f"</{name}>")
        text.add(f"  </{item}>")
    text.add(f"</{root}>")
    return text_doc(path, text, kind)


def vcard_doc(path: str, kind: str, cards: list[list[tuple]]) -> Doc:
    """A business-card app's export: vCard 3.0, one property a line, CRLF."""
    text = Text()
    for card in cards:
        text.add("BEGIN:VCARD").add("VERSION:3.0")
        for line in card:
            text.add(*line)
        text.add("END:VCARD")
    return text_doc(path, text, kind, newline="\r\n")


def maildir_name(number: int) -> str:
    return f"cur/17{number:08d}.M{number * 7 + 3}P{number * 13 + 1}.mailhost:2,S"


def plain(parts: tuple) -> str:
    return parts_text(parts)
