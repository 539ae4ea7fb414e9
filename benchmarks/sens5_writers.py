"""File writers of the sens5 corpora (issue 12): RTF as Word saves it (\\uN? escapes,
a table as \\cell/\\row), a minimal ODT (paragraphs and one table) and a semicolon CSV
in CP932. Writers only: no template, word or name of either corpus is here."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from benchmarks.corpus4.writers import rtf_escape as _rtf_text




def rtf_bytes(lines: list[str], table: list[list[str]] | None = None, tail: list[str] = ()) -> bytes:
    """A Word-style RTF: paragraphs, an optional table, closing paragraphs."""
    parts = [r"{\rtf1\ansi\ansicpg932\deff0{\fonttbl{\f0\fnil MS Mincho;}}\f0\fs21 "]
    parts += [_rtf_text(line) + r"\par " for line in lines]
    for row in table or []:
        widths = "".join(rf"\cellx{2400 * (i + 1)}" for i in range(len(row)))
        parts.append(r"\trowd" + widths + " " + "".join(r"\intbl " + _rtf_text(c) + r"\cell " for c in row) + r"\row ")
    parts += [_rtf_text(line) + r"\par " for line in tail]
    parts.append("}")
    return "".join(parts).encode("ascii")


_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
             'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
             '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
             '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
_CONTENT = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
            '<office:body><office:text>{body}</office:text></office:body></office:document-content>')


def odt_bytes(lines: list[str], table: list[list[str]] | None = None, tail: list[str] = ()) -> bytes:
    """A minimal ODT: paragraphs, an optional table, closing paragraphs."""
    body = [f"<text:p>{escape(line)}</text:p>" for line in lines]
    if table:
        body.append('<table:table table:name="表1">')
        body += ["<table:table-row>" + "".join(f"<table:table-cell><text:p>{escape(c)}</text:p></table:table-cell>"
                                                for c in row) + "</table:table-row>" for row in table]
        body.append("</table:table>")
    body += [f"<text:p>{escape(line)}</text:p>" for line in tail]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", (2026, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.text")
        archive.writestr(zipfile.ZipInfo("META-INF/manifest.xml", (2026, 1, 1, 0, 0, 0)), _MANIFEST)
        archive.writestr(zipfile.ZipInfo("content.xml", (2026, 1, 1, 0, 0, 0)), _CONTENT.format(body="".join(body)))
    return buffer.getvalue()


def semicolon_csv(rows: list[list[str]], title: list[str] = ()) -> bytes:
    """A semicolon-separated export in CP932 with CRLF, an optional title line first."""
    return "\r\n".join(list(title) + [";".join(row) for row in rows]).encode("cp932") + b"\r\n"
