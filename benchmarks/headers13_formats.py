"""The formats of the header matrix (headers13): one table of records written as a
host export would write it — csv with a header row, fixed width with a header line
(CP932 columns), xlsx, pretty-printed JSON keys, XML elements, XML attributes, YAML
and an HTML table. The header words and the values come from the corpus that calls
(benchmarks/corpus_headers13_dev.py, _check.py); only the layout is here."""

from __future__ import annotations

import csv
import io
import json
from html import escape
from xml.sax.saxutils import quoteattr

from samples import writers as w

FORMATS = ("csv", "fixed", "xlsx", "json", "xml", "xmlattr", "yaml", "html")
SUFFIX = {"csv": "csv", "fixed": "txt", "xlsx": "xlsx", "json": "json", "xml": "xml", "xmlattr": "xml",
          "yaml": "yaml", "html": "html"}


def written(fmt: str, headers: list[str], rows: list[list[str]], title: str = "export") -> bytes:
    """The records under their headers, written in fmt."""
    return _WRITERS[fmt](headers, rows, title)


def _csv(headers, rows, title) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([headers] + rows)
    return out.getvalue().encode("utf-8-sig")


def _width(text: str) -> int:
    return len(text.encode("cp932", errors="replace"))


def _fixed(headers, rows, title) -> bytes:
    """Each column padded to its widest cell and one blank; names with an ideographic space."""
    rows = [[cell.replace(" ", "\u3000") for cell in row] for row in rows]
    widths = [max(_width(cell) for cell in column) + 1 for column in zip(headers, *rows)]
    lines = ["".join(cell + " " * (width - _width(cell)) for cell, width in zip(line, widths)).rstrip()
             for line in [headers] + rows]
    return ("\r\n".join(lines) + "\r\n").encode("cp932")


def _xlsx(headers, rows, title) -> bytes:
    return w.xlsx_bytes({title[:30]: [headers] + rows})


def _json(headers, rows, title) -> bytes:
    return json.dumps({title: [dict(zip(headers, row)) for row in rows]}, ensure_ascii=False, indent=2).encode()


def _xml(headers, rows, title) -> bytes:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<{title}>"]
    for row in rows:
        lines.append("  <RECORD>")
        lines += [f"    <{h}>{escape(v)}</{h}>" for h, v in zip(headers, row)]
        lines.append("  </RECORD>")
    lines.append(f"</{title}>")
    return "\n".join(lines).encode()


def _xml_attributes(headers, rows, title) -> bytes:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<{title}>"]
    lines += ["  <row " + " ".join(f"{h}={quoteattr(v)}" for h, v in zip(headers, row)) + "/>" for row in rows]
    lines.append(f"</{title}>")
    return "\n".join(lines).encode()


def _yaml(headers, rows, title) -> bytes:
    lines = [f"{title}:"]
    for row in rows:
        lines += [f"  {'-' if k == 0 else ' '} {h}: {json.dumps(v, ensure_ascii=False) if _quoted(v) else v}"
                  for k, (h, v) in enumerate(zip(headers, row))]
    return ("\n".join(lines) + "\n").encode()


def _quoted(value: str) -> bool:
    return value[:1] in "0123456789+" or ":" in value or "#" in value


def _html(headers, rows, title) -> bytes:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>\n" for row in rows)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>\n"
            f"<table border='1'>\n<tr>{head}</tr>\n{body}</table></body></html>\n").encode()


_WRITERS = {"csv": _csv, "fixed": _fixed, "xlsx": _xlsx, "json": _json, "xml": _xml, "xmlattr": _xml_attributes,
            "yaml": _yaml, "html": _html}
