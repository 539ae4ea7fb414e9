"""More of corpus 18's writers: mailboxes (mbox, a Maildir message), JSON and XML
exports, zips, RTF, ODT, PDF and a fixed-width host export in CP932."""

from __future__ import annotations

import json
from xml.sax.saxutils import escape

from benchmarks.corpus16.model import Doc, Item, Lines
from benchmarks.corpus16.render_formats import odt_content, odt_manifest, odt_package, pdf_pages, rtf_escaped, zip_of
from benchmarks.corpus18.formats import FIXED, message_bytes


def mbox_doc(path: str, messages: list[tuple[str, str, str, Lines]]) -> Doc:
    """messages: (subject, from, to, body); daicho names each message by its number."""
    chunks, items = [], []
    for n, (subject, sender, to, lines) in enumerate(messages, start=1):
        raw = message_bytes(subject, sender, to, lines, day=10 + n % 15).decode("utf-8")
        raw = "\n".join((">" + l if l.startswith("From ") else l) for l in raw.replace("\r\n", "\n").split("\n"))
        chunks.append(f"From office@example.jp Fri Nov 20 10:{n % 60:02d}:00 2026\n{raw}\n")
        items += lines.items(f"{path}!{n - 1}", "body:")
    return Doc(path, "".join(chunks).encode("utf-8"), items)


def maildir_doc(folder: str, serial: int, subject: str, sender: str, to: str, lines: Lines) -> Doc:
    path = f"{folder}/cur/1763600{serial:03d}.M{serial}P4127.mailhost:2,S"
    return Doc(path, message_bytes(subject, sender, to, lines), lines.items(path, "body:"))


def json_doc(path: str, records: list[dict], marks_of: list, key: str = "records") -> Doc:
    """records: plain dicts of strings; marks_of: the marks written in them."""
    data = json.dumps({key: records}, ensure_ascii=False, indent=2).encode("utf-8")
    return Doc(path, data, [Item(path, m, None) for m in marks_of])


def xml_doc(path: str, root: str, row: str, records: list[dict], marks_of: list) -> Doc:
    body = "".join(f"  <{row}>\n" + "".join(f"    <{k}>{escape(v)}</{k}>\n" for k, v in rec.items()) + f"  </{row}>\n"
                   for rec in records)
    data = f'<?xml version="1.0" encoding="UTF-8"?>\n<{root}>\n{body}</{root}>\n'.encode("utf-8")
    return Doc(path, data, [Item(path, m, None) for m in marks_of])


def zip_doc(path: str, members: list[Doc]) -> Doc:
    return zip_of(path, members, FIXED, utf8_names=True)


def rtf_doc(path: str, lines: Lines) -> Doc:
    body = "".join(rtf_escaped(line) + "\\par\n" for line in lines.lines)
    data = ("{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\n\\f0\\fs21\n"
            + body + "}\n").encode("ascii")
    return Doc(path, data, lines.items(path, None))


def odt_doc(path: str, lines: Lines) -> Doc:
    manifest = odt_manifest(entry_break="\n ", closing_break="\n")
    return Doc(path, odt_package(odt_content(lines.lines), manifest, FIXED), lines.items(path, None))


def pdf_doc(path: str, pages: list[Lines]) -> Doc:
    items = [item for lines in pages for item in lines.items(path, None)]
    return Doc(path, pdf_pages([lines.lines for lines in pages]), items)


def fixed_width(fields: list[tuple[str, int]]) -> str:
    """A host record: each field padded to its width in CP932 bytes (a kanji takes two)."""
    out = []
    for text, width in fields:
        pad = width - len(text.encode("cp932"))
        out.append(text + " " * max(0, pad))
    return "".join(out)
