"""Text files from Lines and Tables: txt, csv/tsv, fixed width, html, json, xml."""

from __future__ import annotations

import json
import unicodedata

from benchmarks.corpus14.model import Lines, Table

Located = list


def txt(lines: Lines, encoding: str = "utf-8", newline: str = "\n") -> tuple[bytes, Located]:
    return lines.text.replace("\n", newline).encode(encoding), lines.located("L")


def _quote(text: str, sep: str) -> str:
    return f'"{text}"' if sep in text or '"' in text else text


def csv(table: Table, sep: str = ",", encoding: str = "utf-8", quote_all: bool = False) -> tuple[bytes, Located]:
    rows = [sep.join(f'"{c}"' if quote_all else _quote(c, sep) for c in row) for row in table.grid()]
    return ("\r\n".join(rows) + "\r\n").encode(encoding), table.located()


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fixed(table: Table, widths: list[int], encoding: str = "cp932") -> tuple[bytes, Located]:
    """A host export: columns padded to display widths, no separators."""
    lines = []
    for row in table.grid():
        lines.append("".join(cell + " " * max(1, w - width(cell)) for cell, w in zip(row, widths)).rstrip())
    return ("\r\n".join(lines) + "\r\n").encode(encoding), [(m, None) for m, _ in table.located()]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html(title: str, lines: Lines, tables: list[Table] = ()) -> tuple[bytes, Located]:
    head = f"<head><meta charset=\"utf-8\"><title>{_esc(title)}</title></head>"
    parts = [f"<!DOCTYPE html><html lang=\"ja\">{head}<body>",
             f"<h1>{_esc(title)}</h1>"]
    parts += [f"<p>{_esc(line)}</p>" for line in lines.lines]
    for table in tables:
        grid = table.grid()
        head = "".join(f"<th>{_esc(c)}</th>" for c in grid[0])
        body = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in grid[1:])
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    parts.append("</body></html>")
    located = [(m, None) for m, _ in lines.located()] + [(m, None) for t in tables for m, _ in t.located()]
    return "\n".join(parts).encode("utf-8"), located


def json_records(keys: list[str], table: Table, wrapper: str = "records") -> tuple[bytes, Located]:
    records = [dict(zip(keys, row)) for row in table.grid()[1 if table.header else 0:]]
    text = json.dumps({wrapper: records, "exported_at": "2026-10-01T09:00:00+09:00"}, ensure_ascii=False, indent=1)
    return text.encode("utf-8"), [(m, None) for m, _ in table.located()]


def xml_records(root: str, element: str, keys: list[str], table: Table) -> tuple[bytes, Located]:
    rows = []
    for row in table.grid()[1 if table.header else 0:]:
        fields = "".join(f"<{k}>{_esc(v)}</{k}>" for k, v in zip(keys, row))
        rows.append(f"  <{element}>{fields}</{element}>")
    text = f'<?xml version="1.0" encoding="UTF-8"?>\n<{root}>\n' + "\n".join(rows) + f"\n</{root}>\n"
    return text.encode("utf-8"), [(m, None) for m, _ in table.located()]
