"""Writers of the formats corpus 7 uses. Each takes lines or rows of pieces
(model.render) and returns a Blob whose marks carry the location daicho's
extraction gives (L7, B3, 名簿!C5, p4, table1!B2, body:L3) or None where a
format's layout decides it (PDF, HTML, PowerPoint)."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from xml.sax.saxutils import escape

from benchmarks.corpus7.model import Blob, lookalike, render, value

JST = timezone(timedelta(hours=9))


def column(index: int) -> str:
    """A 0-based column index as a sheet names it (0 -> A, 27 -> AB)."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def text_lines(lines, encoding: str = "utf-8", newline: str = "\n", located: bool = True) -> Blob:
    out, marks = [], []
    for number, line in enumerate(lines, 1):
        text, inner = render(line)
        out.append(text)
        marks += [("", f"L{number}" if located else None, m) for m in inner]
    return Blob((newline.join(out) + newline).encode(encoding), marks)


def fixed_width(rows, widths, encoding: str = "cp932") -> Blob:
    """A host export: every field padded to its width (in CP932 bytes), one record a line."""
    lines = []
    for row in rows:
        pieces = []
        for cell, width in zip(row, widths):
            text, _ = render(cell)
            pad = width - len(text.encode("cp932", "replace"))
            if pad < 1:
                raise ValueError(f"{text!r} does not fit in {width} bytes")
            pieces += [cell, " " * pad]
        lines.append(pieces)
    return text_lines(lines, encoding, "\r\n")


def _quote(text: str, sep: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in (sep, '"', "\n")) else text


def delimited(rows, sep: str = ",", encoding: str = "utf-8", newline: str = "\r\n", quote_all: bool = False) -> Blob:
    out, marks = [], []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, cell in enumerate(row):
            text, inner = render(cell)
            cells.append(f'"{text}"' if quote_all else _quote(text, sep))
            marks += [("", f"{column(c)}{r}", m) for m in inner]
        out.append(sep.join(cells))
    data = (newline.join(out) + newline).encode(encoding)
    if encoding == "utf-16":  # Python writes the BOM itself
        pass
    return Blob(data, marks)


def xlsx(sheets: dict, merges: dict | None = None) -> Blob:
    """sheets: {name: rows}; a row is a list of cells (None: empty). merges: {name: ['A1:C1']}."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    book.properties.created = book.properties.modified = datetime(2026, 1, 1)
    marks = []
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows, 1):
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                text, inner = render(cell)
                sheet.cell(row=r, column=c + 1, value=text)
                marks += [("", f"{name}!{column(c)}{r}", m) for m in inner]
        for area in (merges or {}).get(name, []):
            sheet.merge_cells(area)
    stream = io.BytesIO()
    book.save(stream)
    return Blob(_fixed_zip_times(stream.getvalue()), marks)


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _fixed_zip_times(data: bytes) -> bytes:
    """The same bytes for the same content: every member dated 2026-01-01."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # writers stamp the time of saving
                body = _STAMP.sub(rb"\g<1>2026-01-01T00:00:00Z\g<2>", body)
            target.writestr(fixed, body)
    return out.getvalue()


def docx(blocks, header=None, footer=None) -> Blob:
    """blocks: ('p', pieces) paragraphs, ('table', rows) and ('box', lines) text boxes;
    header/footer: lists of pieces."""
    import docx as word

    book = word.Document()
    book.core_properties.created = datetime(2026, 1, 1)
    book.core_properties.modified = datetime(2026, 1, 1)
    marks, paragraph, table, box = [], 0, 0, 0
    for kind, body in blocks:
        if kind == "p":
            paragraph += 1
            text, inner = render(body)
            book.add_paragraph(text)
            marks += [("", f"p{paragraph}", m) for m in inner]
        elif kind == "box":
            paragraph, box = paragraph + 1, box + 1
            texts = []
            for n, line in enumerate(body, 1):
                text, inner = render(line)
                texts.append(text)
                marks += [("", f"textbox{box}!p{n}", m) for m in inner]
            _text_box(book.add_paragraph(), texts)
        else:
            table += 1
            grid = book.add_table(rows=len(body), cols=max(len(r) for r in body))
            grid.style = "Table Grid"
            for r, row in enumerate(body):
                for c, cell in enumerate(row):
                    text, inner = render(cell if cell is not None else "")
                    grid.cell(r, c).text = text
                    marks += [("", f"table{table}!{column(c)}{r + 1}", m) for m in inner]
    for where, lines in (("header", header), ("footer", footer)):
        if lines:
            part = getattr(book.sections[0], where)
            for n, line in enumerate(lines, 1):
                text, inner = render(line)
                target = part.paragraphs[0] if n == 1 else part.add_paragraph()
                target.text = text
                marks += [("", f"{where}1!p{n}", m) for m in inner]
    stream = io.BytesIO()
    book.save(stream)
    return Blob(_fixed_zip_times(stream.getvalue()), marks)


def _text_box(paragraph, lines: list[str]) -> None:
    """A floating text box (VML, as Word writes for compatibility) holding the lines."""
    from docx.oxml import parse_xml

    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for line in lines)
    run = parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:220pt;height:80pt">'
        f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(run)


def pptx(slides) -> Blob:
    """slides: (title, lines, notes) each; locations left to the layout (None)."""
    from pptx import Presentation

    deck = Presentation()
    marks = []
    for title, lines, notes in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        text, inner = render(title)
        slide.shapes.title.text = text
        marks += [("", None, m) for m in inner]
        body = []
        for line in lines:
            text, inner = render(line)
            body.append(text)
            marks += [("", None, m) for m in inner]
        slide.placeholders[1].text = "\n".join(body)
        if notes:
            text, inner = render(notes)
            slide.notes_slide.notes_text_frame.text = text
            marks += [("", None, m) for m in inner]
    deck.core_properties.created = datetime(2026, 1, 1)
    deck.core_properties.modified = datetime(2026, 1, 1)
    stream = io.BytesIO()
    deck.save(stream)
    return Blob(_fixed_zip_times(stream.getvalue()), marks)


def pdf(lines) -> Blob:
    """One line of text a line of the page (new page every 48 lines)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "HeiseiKakuGo-W5"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    stream = io.BytesIO()
    page = canvas.Canvas(stream, invariant=1)
    marks, y = [], 800
    for line in lines:
        text, inner = render(line)
        if y < 60:
            page.showPage()
            y = 800
        page.setFont(font, 10)
        page.drawString(50, y, text)
        y -= 16
        marks += [("", None, m) for m in inner]
    page.save()
    return Blob(stream.getvalue(), marks)


def html(title: str, blocks) -> Blob:
    """blocks: ('p', pieces) and ('table', rows); locations left to the reader (None)."""
    parts, marks = [f"<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
                    "</head><body>", f"<h1>{escape(title)}</h1>"], []
    for kind, body in blocks:
        if kind == "p":
            text, inner = render(body)
            parts.append(f"<p>{escape(text)}</p>")
            marks += [("", None, m) for m in inner]
        else:
            parts.append("<table border=\"1\">")
            for r, row in enumerate(body):
                cells = []
                for cell in row:
                    text, inner = render(cell)
                    tag = "th" if r == 0 else "td"
                    cells.append(f"<{tag}>{escape(text)}</{tag}>")
                    marks += [("", None, m) for m in inner]
                parts.append("<tr>" + "".join(cells) + "</tr>")
            parts.append("</table>")
    parts.append("</body></html>")
    return Blob("\n".join(parts).encode("utf-8"), marks)


def rtf(lines) -> Blob:
    """Each line a paragraph; non-ASCII written as \\uN escapes."""
    out, marks = [r"{\rtf1\ansi\ansicpg932\deff0{\fonttbl{\f0\fnil MS Mincho;}}\f0\fs21 "], []
    for number, line in enumerate(lines, 1):
        text, inner = render(line)
        body = "".join(ch if ord(ch) < 128 and ch not in "\\{}" else
                       (f"\\{ch}" if ch in "\\{}" else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
                       for ch in text)
        out.append(body + r"\par " + "\n")
        marks += [("", f"L{number}", m) for m in inner]
    out.append("}")
    return Blob("".join(out).encode("ascii"), marks)


def odt(lines) -> Blob:
    """An OpenDocument text: one paragraph a line (body:L<n>)."""
    body, marks = [], []
    for number, line in enumerate(lines, 1):
        text, inner = render(line)
        body.append(f"<text:p>{escape(text)}</text:p>")
        marks += [("", f"body:L{number}", m) for m in inner]
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        for name, text in (("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content),
                           ("META-INF/manifest.xml", manifest)):
            info = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return Blob(stream.getvalue(), marks)


def archive(members: dict) -> Blob:
    """A ZIP of {member name: Blob}."""
    stream, marks = io.BytesIO(), []
    with zipfile.ZipFile(stream, "w") as target:
        for name, blob in members.items():
            info = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.flag_bits |= 0x800  # UTF-8 name
            target.writestr(info, blob.data)
            marks += [(name + ("!" + inner if inner else ""), location, m) for inner, location, m in blob.marks]
    return Blob(stream.getvalue(), marks)


def mail(sender: str, to: str, subject: str, lines, day: datetime, attachments: dict | None = None,
         charset: str = "utf-8", message_id: str = "") -> Blob:
    """An RFC 822 message; body lines located body:L<n>, attachments inside it. The
    sender is a person's address, the recipient an organisation's (a look-alike)."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Date"] = format_datetime(day.replace(tzinfo=JST))
    message["Message-ID"] = f"<{message_id or _digest(subject + day.isoformat())}@mail.example.jp>"
    body, marks = [], [("", None, value("EMAIL", sender)), ("", None, lookalike("org_email", "EMAIL", to))]
    for number, line in enumerate(lines, 1):
        text, inner = render(line)
        body.append(text)
        marks += [("", f"body:L{number}", m) for m in inner]
    text = "\n".join(body) + "\n"
    if charset == "iso-2022-jp":
        message.set_content(text.encode("iso2022_jp"), maintype="text", subtype="plain", cte="7bit")
        message.replace_header("Content-Type", 'text/plain; charset="ISO-2022-JP"')
    else:
        message.set_content(text, charset=charset)
    for name, (blob, maintype, subtype) in (attachments or {}).items():
        message.add_attachment(blob.data, maintype=maintype, subtype=subtype, filename=name)
        marks += [(name + ("!" + inner if inner else ""), location, m) for inner, location, m in blob.marks]
    if attachments:
        message.set_boundary("=_c7_" + _digest(subject + day.isoformat()))  # the same bytes for a seed
    return Blob(message.as_bytes(), marks)


def mbox(messages: list[Blob]) -> Blob:
    data, marks = b"", []
    for index, message in enumerate(messages):
        data += b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + message.data.replace(b"\nFrom ", b"\n>From ") + b"\n"
        marks += [(str(index) + ("!" + inner if inner else ""), location, m) for inner, location, m in message.marks]
    return Blob(data, marks)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
