"""Plain and marked-up files: text, CSV, fixed width, HTML, JSON, XML, RTF, ODT, PDF."""

from __future__ import annotations

import io
import json
import zipfile
from html import escape

from benchmarks.corpus11.model import Item, Lines, Table, marks_of, table_items, text_of


def text(path: str, lines: Lines, encoding: str = "utf-8", newline: str = "\n") -> tuple[bytes, list[Item]]:
    return lines.text().replace("\n", newline).encode(encoding), lines.items(path)


def csv(path: str, table: Table, sep: str = ",", encoding: str = "utf-8",
        quote: bool = False) -> tuple[bytes, list[Item]]:
    """A CSV (or TSV) table, with or without its header; located by cell (`C4`)."""
    def cell(value) -> str:
        value = text_of(value)
        return f'"{value}"' if quote or sep in value else value
    rows = ([table.header] if table.header else []) + table.rows
    body = "".join(sep.join(cell(v) for v in row) + "\r\n" for row in rows)
    return body.encode(encoding), table_items(path, table)


def fixed_width(path: str, table: Table, widths: list[int], encoding: str = "cp932") -> tuple[bytes, list[Item]]:
    """A host export: columns padded to their width (in bytes of the encoding); unlocated."""
    def pad(value, width: int) -> str:
        value = text_of(value)
        return value + " " * max(1, width - len(value.encode(encoding)))
    rows = ([table.header] if table.header else []) + table.rows
    body = "".join("".join(pad(v, w) for v, w in zip(row, widths)).rstrip() + "\r\n" for row in rows)
    return body.encode(encoding), table_items(path, table, located=False)


def html(path: str, title: str, lines: Lines, table: Table | None = None) -> tuple[bytes, list[Item]]:
    body = "".join(f"<p>{escape(text_of(line))}</p>\n" for line in lines.lines if line)
    if table:
        head = "".join(f"<th>{escape(h)}</th>" for h in table.header or [])
        rows = "".join("<tr>" + "".join(f"<td>{escape(text_of(c))}</td>" for c in row) + "</tr>\n"
                       for row in table.rows)
        body += f"<table border=\"1\">\n<tr>{head}</tr>\n{rows}</table>\n"
    page = (f"<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title></head>\n"
            f"<body>\n<h1>{escape(title)}</h1>\n{body}</body></html>\n")
    items = lines.items(path, None) + (table_items(path, table, located=False) if table else [])
    return page.encode("utf-8"), items


def json_records(path: str, records: list[dict], wrapper: str | None = None) -> tuple[bytes, list[Item]]:
    """Records whose values are strings or marks; unlocated."""
    plain = [{k: text_of(v) for k, v in r.items()} for r in records]
    data = {wrapper: plain} if wrapper else plain
    items = [Item(path, None, m) for r in records for v in r.values() for m in marks_of(v)]
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"), items


def xml_records(path: str, root: str, element: str, records: list[dict]) -> tuple[bytes, list[Item]]:
    rows = "".join(f"  <{element}>\n" + "".join(f"    <{k}>{escape(text_of(v))}</{k}>\n" for k, v in r.items())
                   + f"  </{element}>\n" for r in records)
    items = [Item(path, None, m) for r in records for v in r.values() for m in marks_of(v)]
    return f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{root}>\n{rows}</{root}>\n".encode("utf-8"), items


def _signed(code: int) -> int:
    """RTF's \\uN takes a signed 16-bit number."""
    return code if code < 32768 else code - 65536


def rtf(path: str, lines: Lines) -> tuple[bytes, list[Item]]:
    def escaped(value: str) -> str:
        return "".join(ch if ord(ch) < 128 and ch not in "\\{}" else f"\\u{_signed(ord(ch))}?" for ch in value)
    body = "".join(escaped(text_of(line)) + "\\par\n" for line in lines.lines)
    doc = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil MS Mincho;}}\n\\f0\\fs21\n" + body + "}\n"
    return doc.encode("ascii"), lines.items(path, None)


ODT_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2">\n<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>\n<manifest:file-entry manifest:'
                'full-path="content.xml" manifest:media-type="text/xml"/>\n</manifest:manifest>\n')


def odt(path: str, lines: Lines) -> tuple[bytes, list[Item]]:
    paragraphs = "".join(f"<text:p>{escape(text_of(line))}</text:p>" for line in lines.lines if line)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:'
               'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               f'office:version="1.2"><office:body><office:text>{paragraphs}</office:text></office:body>'
               '</office:document-content>\n')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", (1980, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.text")
        for name, data in (("content.xml", content), ("META-INF/manifest.xml", ODT_MANIFEST)):
            archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue(), lines.items(path, None)


def pdf(path: str, lines: Lines) -> tuple[bytes, list[Item]]:
    """A4 pages of lines in a CID Japanese font; unlocated (a page's reading order)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=1)
    y = 800
    for line in lines.lines:
        if y < 60:
            page.showPage()
            y = 800
        page.setFont("HeiseiKakuGo-W5", 10)
        page.drawString(50, y, text_of(line))
        y -= 16
    page.save()
    return out.getvalue(), lines.items(path, None)
