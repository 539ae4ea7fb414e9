"""The file-format plumbing the corpus writers since corpus 18 share: RTF's escapes, an ODF
text package, a zip of members, PDF pages in a CID font, an Office package dated again. Each writer keeps its own content
and its own Doc's items; where the writers' bytes differ (a zip's member times, an XML
declaration's line break, the order of a package's members, a page's margin) the difference
is a parameter, so every corpus writes the same bytes as before it used these."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from benchmarks.corpus16.model import Doc, Item

Stamp = tuple[int, int, int, int, int, int]  # a zip member's time
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
_ODT_NAMESPACES = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                   'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"')
_MANIFEST_ENTRIES = ('<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
                     'opendocument.text"/>', '<manifest:file-entry manifest:full-path="content.xml" '
                     'manifest:media-type="text/xml"/>')
_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
PDF_FONT = "HeiseiKakuGo-W5"
PDF_TOP, PDF_LEADING, PDF_FLOOR = 800, 16, 50  # points: the first line, between lines, the lowest line


def rtf_escaped(line: str) -> str:
    """A line as RTF writes it: \\, { and } escaped, every non-ASCII character a \\uN? escape."""
    out = []
    for ch in line:
        code = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif code < 128:
            out.append(ch)
        else:
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
    return "".join(out)


def odt_content(lines: Sequence[str], declaration_break: str = "\n") -> str:
    """content.xml of an ODF text: one paragraph a line."""
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in lines)
    return (f"{_XML_DECLARATION}{declaration_break}<office:document-content {_ODT_NAMESPACES}><office:body>"
            f"<office:text>{paragraphs}</office:text></office:body></office:document-content>")


def odt_manifest(declaration_break: str = "\n", entry_break: str = "", closing_break: str = "") -> str:
    """META-INF/manifest.xml of an ODF text (entry_break: what stands before each entry and the end)."""
    entries = "".join(entry_break + entry for entry in _MANIFEST_ENTRIES)
    return (f'{_XML_DECLARATION}{declaration_break}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
            f'opendocument:xmlns:manifest:1.0" manifest:version="1.2">{entries}{entry_break.strip(" ")}'
            f"</manifest:manifest>{closing_break}")


def odt_package(content: str, manifest: str, stamp: Stamp, manifest_first: bool = False,
                compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    """The package: mimetype stored first, then content.xml and the manifest (compress: theirs)."""
    members = [("content.xml", content), ("META-INF/manifest.xml", manifest)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", stamp), ODT_MIMETYPE)
        for name, data in members[::-1] if manifest_first else members:
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = compress
            archive.writestr(info, data)
    return out.getvalue()


def zip_of(path: str, members: Sequence[Doc], stamp: Stamp, compress: int = zipfile.ZIP_DEFLATED,
           utf8_names: bool = False) -> Doc:
    """A zip of documents, each under its own path; their items placed under the zip's."""
    data = zipped_members([(member.path, member.data) for member in members], stamp, compress, utf8_names)
    items = [Item(f"{path}!{i.path}", i.mark, i.location) for member in members for i in member.items]
    return Doc(path, data, items)


def zipped_members(members: Sequence[tuple[str, bytes]], stamp: Stamp, compress: int = zipfile.ZIP_DEFLATED,
                   utf8_names: bool = False) -> bytes:
    """A zip of (name, data) members, each dated stamp (utf8_names: the flag that says the names are UTF-8)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = compress
            if utf8_names:
                info.flag_bits |= 0x800
            archive.writestr(info, data)
    return out.getvalue()


_CORE_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*")


def pinned_core_dates(day: bytes) -> Callable[[bytes], bytes]:
    """A core.xml rewrite that dates its created and modified elements day (b"2026-10-01T09:00:00Z")."""
    return lambda core: _CORE_DATES.sub(rb"\g<1>" + day, core)


def restamped(data: bytes, stamp: Stamp, core: Callable[[bytes], bytes], compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    """An Office package (docx, xlsx, pptx) again with every member dated stamp and its
    docProps/core.xml passed through core: the same bytes for the same content each run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            member = zipfile.ZipInfo(info.filename, stamp)
            member.compress_type = compress
            target.writestr(member, core(body) if info.filename == "docProps/core.xml" else body)
    return out.getvalue()


def pdf_pages(pages: Sequence[Sequence[str]], left: int = 40) -> bytes:
    """Pages of lines in a CID font (reportlab, invariant output), each page from its top."""
    buffer = io.BytesIO()
    sheet = _canvas(buffer)
    for lines in pages:
        sheet.setFont(PDF_FONT, 10)
        y = PDF_TOP
        for line in lines:
            sheet.drawString(left, y, line)
            y -= PDF_LEADING
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def pdf_flowing(lines: Sequence[str], left: int = 40) -> bytes:
    """Lines run on from page to page where a page's foot is reached."""
    buffer = io.BytesIO()
    sheet = _canvas(buffer)
    sheet.setFont(PDF_FONT, 10)
    y = PDF_TOP
    for line in lines:
        if y < PDF_FLOOR:
            sheet.showPage()
            sheet.setFont(PDF_FONT, 10)
            y = PDF_TOP
        sheet.drawString(left, y, line)
        y -= PDF_LEADING
    sheet.save()
    return buffer.getvalue()


def _canvas(buffer: io.BytesIO):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    return canvas.Canvas(buffer, pagesize=A4, invariant=1)
