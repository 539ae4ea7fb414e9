"""Plain formats of corpus 28: text (UTF-8 or CP932), CSV, fixed-width host exports, JSON, XML,
HTML and RTF, each giving its document with the places of its marks."""

from __future__ import annotations

import csv
import io
import json

from benchmarks.corpus16.model import Doc, Grid, Item, Lines, Mark, joined


def encode(text: str, cp932: bool) -> bytes:
    return text.replace("\n", "\r\n").encode("cp932") if cp932 else text.encode("utf-8")


def txt(path: str, lines: Lines, cp932: bool = False, clean: bool = False) -> Doc:
    return Doc(path, encode(lines.text(), cp932), lines.items(path), clean)


def csv_doc(path: str, grid: Grid, cp932: bool = False, clean: bool = False, sep: str = ",") -> Doc:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\n")
    for row in grid.rows:
        writer.writerow(row)
    return Doc(path, encode(out.getvalue(), cp932), grid.items(path), clean)


def fixed(path: str, records: list[list[tuple[int, object]]], clean: bool = False) -> Doc:
    """A host export: fields padded to byte widths in CP932, one record a line."""
    lines = Lines()
    for record in records:
        parts = []
        for width, part in record:
            text, _ = joined(part)
            pad = max(1, width - len(text.encode("cp932")))
            parts += [part, " " * pad]
        lines.put(*parts)
    return Doc(path, encode(lines.text(), True), lines.items(path), clean)


def plain(value) -> tuple[object, list[Mark]]:
    """A JSON-ish tree with marks among its leaves: the same tree of strings, and its marks."""
    if isinstance(value, Mark):
        return value.text, [value]
    if isinstance(value, tuple):
        text, marks = joined(list(value))
        return text, marks
    if isinstance(value, list):
        pairs = [plain(v) for v in value]
        return [p for p, _ in pairs], [m for _, ms in pairs for m in ms]
    if isinstance(value, dict):
        pairs = {k: plain(v) for k, v in value.items()}
        return {k: p for k, (p, _) in pairs.items()}, [m for _, ms in pairs.values() for m in ms]
    return value, []


def json_doc(path: str, tree, clean: bool = False) -> Doc:
    data, marks = plain(tree)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return Doc(path, text.encode("utf-8"), [Item(path, m, None) for m in marks], clean)


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_doc(path: str, root: str, records: list[tuple[str, list[tuple[str, object]]]], clean: bool = False,
            attrs: str = "") -> Doc:
    """records: (element, [(child, parts)]); each child on its own line."""
    lines = Lines().put('<?xml version="1.0" encoding="UTF-8"?>').put(f"<{root}{attrs}>")
    for element, children in records:
        lines.put(f"  <{element}>")
        for child, part in children:
            parts = part if isinstance(part, list) else [part]
            lines.put(f"    <{child}>", *[esc(p) if isinstance(p, str) else p for p in parts], f"</{child}>")
        lines.put(f"  </{element}>")
    lines.put(f"</{root}>")
    return Doc(path, lines.text().encode("utf-8"), lines.items(path), clean)


def html_doc(path: str, title: str, blocks: list, clean: bool = False) -> Doc:
    """blocks: Lines (paragraphs, one a line) or Grid (a table, its first row the header)."""
    out, marks = [f"<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title>"
                  "</head>\n<body>"], []
    for block in blocks:
        if isinstance(block, Grid):
            out.append("<table border=\"1\">")
            for n, row in enumerate(block.rows):
                tag = "th" if n == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
            marks += [m for _, _, m in block.marks]
        else:
            out += [f"<p>{esc(line)}</p>" if line else "<br>" for line in block.lines]
            marks += [m for _, m in block.marks]
    out.append("</body></html>\n")
    return Doc(path, "\n".join(out).encode("utf-8"), [Item(path, m, None) for m in marks], clean)


def rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
    return "".join(out)


def rtf_doc(path: str, lines: Lines, clean: bool = False) -> Doc:
    body = "".join(rtf_escape(line) + "\\par\n" for line in lines.lines)
    data = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil MS Mincho;}}\n\\f0\\fs21\n" + body + "}\n"
    return Doc(path, data.encode("ascii"), lines.items(path, None), clean)
