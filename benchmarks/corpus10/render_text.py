"""Text formats: plain text, CSV with and without a header, fixed-width host
exports, JSON and XML exports one record a line, HTML, RTF and PDF. Each returns a
Doc with its items where daicho's extraction puts them (None where a format's
lines are not the writer's)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import replace
from html import escape

from benchmarks.corpus10.model import Doc, Item, Mark, column, joined, parts_of


def lines_items(path: str, lines, prefix: str = "L", first: int = 1, located: bool = True) -> tuple[str, list[Item]]:
    texts, items = [], []
    for number, line in enumerate(lines, first):
        text, marks = joined(line)
        texts.append(text)
        items += [Item(path, f"{prefix}{number}" if located else None, mark) for _, mark in marks]
    return "\n".join(texts) + "\n", items


def txt(path: str, lines, kind: str, encoding: str = "utf-8", newline: str = "\n") -> Doc:
    text, items = lines_items(path, lines)
    return Doc(path, text.replace("\n", newline).encode(encoding), items, kind)


def grid_items(path: str, rows, unit: str = "", first_row: int = 1) -> list[Item]:
    return [Item(path, f"{unit}{column(c)}{r}", mark)
            for r, row in enumerate(rows, first_row) for c, cell in enumerate(row) for _, mark in joined(cell)[1]]


def csv_doc(path: str, rows, kind: str, delimiter: str = ",", encoding: str = "utf-8") -> Doc:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow([joined(cell)[0] for cell in row])
    return Doc(path, out.getvalue().encode(encoding), grid_items(path, rows), kind)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


_NARROW = str.maketrans("０１２３４５６７８９－", "0123456789-")


def _narrow(part):
    """A PDF's text comes back with ASCII digits: they are written so."""
    if isinstance(part, Mark):
        return replace(part, text=part.text.translate(_NARROW))
    return str(part).translate(_NARROW)


def _no_blank(part):
    """A host pads with blanks and never writes one inside a field."""
    if isinstance(part, Mark) and part.entity_type == "PERSON" and "　" not in part.text:
        return part  # a name keeps its half-width space, as 全銀 and host data write it
    if isinstance(part, Mark):
        return replace(part, text=part.text.replace(" ", "").replace("　", ""))
    return str(part).replace(" ", "").replace("　", "")


def fixed(path: str, rows, widths: list[int], kind: str, encoding: str = "cp932") -> Doc:
    """A host export: every field padded to its byte width, no separators."""
    rows = [[[_no_blank(part) for part in parts_of(cell)] for cell in row] for row in rows]
    widths = [max([size] + [width(joined(row[i])[0]) + 1 for row in rows]) for i, size in enumerate(widths)]
    lines = []
    for row in rows:
        line = []
        for cell, size in zip(row, widths):
            text = joined(cell)[0]
            line += parts_of(cell) + [" " * max(1, size - width(text))]
        lines.append(line)
    text, items = lines_items(path, lines)
    return Doc(path, text.replace("\n", "\r\n").encode(encoding), items, kind)


def json_doc(path: str, keys: list[str], rows, kind: str) -> Doc:
    """A JSON export as a system writes it: indented, one field a line."""
    lines: list = ["{", '  "records": [']
    for i, row in enumerate(rows):
        lines.append("    {")
        for j, (key, cell) in enumerate(zip(keys, row)):
            lines.append([f"      {json.dumps(key, ensure_ascii=False)}: \""] + parts_of(cell) +
                         ["\"" + ("," if j < len(keys) - 1 else "")])
        lines.append("    }" + ("," if i < len(rows) - 1 else ""))
    text, items = lines_items(path, lines + ["  ]", "}"])
    return Doc(path, text.encode("utf-8"), items, kind)


def xml_doc(path: str, root: str, record: str, keys: list[str], rows, kind: str) -> Doc:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<{root}>"]
    for row in rows:
        line: list = [f"  <{record}>"]
        for key, cell in zip(keys, row):
            line += [f"<{key}>"] + parts_of(cell) + [f"</{key}>"]
        lines.append(line + [f"</{record}>"])
    text, items = lines_items(path, lines + [f"</{root}>"])
    return Doc(path, text.encode("utf-8"), items, kind)


def html_doc(path: str, title: str, lines, rows, kind: str) -> Doc:
    """Paragraphs then a table; located anywhere in the page."""
    body = [f"<p>{escape(joined(line)[0])}</p>" for line in lines]
    table = ["<tr>" + "".join(f"<td>{escape(joined(c)[0])}</td>" for c in row) + "</tr>" for row in rows]
    page = (f"<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title></head><body>"
            f"<h1>{escape(title)}</h1>\n" + "\n".join(body) + "\n<table>\n" + "\n".join(table) + "\n</table></body></html>\n")
    items = [Item(path, None, m) for cell in list(lines) + [c for row in rows for c in row] for _, m in joined(cell)[1]]
    return Doc(path, page.encode("utf-8"), items, kind)


def _rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\u{code - 65536 if code > 32767 else code}?")
    return "".join(out)


def rtf(path: str, lines, kind: str) -> Doc:
    text, items = lines_items(path, lines)
    body = "\\par\n".join(_rtf_escape(line) for line in text.rstrip("\n").split("\n"))
    data = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil MS Mincho;}}\\f0\\fs21 " + body + "\\par\n}"
    return Doc(path, data.encode("ascii"), items, kind)


def pdf(path: str, lines, kind: str) -> Doc:
    """Lines drawn on A4 pages in a Japanese CID font; located anywhere in the file."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    lines = [[_narrow(part) for part in parts_of(line)] for line in lines]
    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)
    text, items = lines_items(path, lines, located=False)
    for i, line in enumerate(text.rstrip("\n").split("\n")):
        if i and i % 48 == 0:
            page.showPage()
        page.setFont("HeiseiMin-W3", 10)
        page.drawString(40, 800 - (i % 48) * 16, line)
    page.save()
    return Doc(path, out.getvalue(), items, kind)
