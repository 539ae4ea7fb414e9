"""Writers corpus 2 has none of: PowerPoint decks, OpenDocument text and
spreadsheets, RTF as Word saves it, workbooks with hidden columns and sheets, and
CSV with semicolons. Each turns `Text`/`Table` into bytes and the planted marks
into `Item`s at the location daicho gives (`slide2!Body:L3`, `body:L4`,
`名簿!C5`, `table1!B2`, `L6`)."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from benchmarks.corpus2.formats import FIXED_TIME, column_letter, delimited_doc, fixed_zip, xlsx_doc
from benchmarks.corpus2.truth import Doc, Item, Mark, Table, Text, parts_text


def pptx_doc(path: str, slides: list[list], kind: str, notes: dict[int, Text] = {}) -> Doc:
    """Slides of text boxes (a `Text` each, named Box1, Box2 …) and tables (Grid1 …);
    speaker notes by slide number (`slide2!notes:L1`)."""
    from pptx import Presentation
    from pptx.util import Emu, Pt

    deck = Presentation()
    items: list[Item] = []
    for number, blocks in enumerate(slides, start=1):
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        top = 300000
        for index, block in enumerate(blocks, start=1):
            if isinstance(block, Text):
                box = slide.shapes.add_textbox(Emu(400000), Emu(top), Emu(8200000), Emu(400000))
                box.name = f"Box{index}"
                frame = box.text_frame
                for n, line in enumerate(block.strings()):
                    paragraph = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
                    paragraph.text = line
                    paragraph.font.size = Pt(12)
                items += [Item(path, m, f"slide{number}!Box{index}:L{n + 1}") for n, m in block.marks()]
                top += 300000 * (len(block.lines) + 1)
                continue
            strings = block.strings()
            shape = slide.shapes.add_table(len(strings), block.width, Emu(400000), Emu(top), Emu(8200000),
                                           Emu(300000 * len(strings)))
            shape.name = f"Grid{index}"
            for r, row in enumerate(strings):
                for c, value in enumerate(row):
                    shape.table.cell(r, c).text = value
            items += [Item(path, m, f"slide{number}!Grid{index}!{column_letter(c)}{r + 1}") for r, c, m in block.marks()]
            top += 300000 * (len(strings) + 1)
        if number in notes:
            slide.notes_slide.notes_text_frame.text = "\n".join(notes[number].strings())
            items += [Item(path, m, f"slide{number}!notes:L{n + 1}") for n, m in notes[number].marks()]
    out = io.BytesIO()
    deck.save(out)
    return Doc(path, fixed_zip(out.getvalue()), items, kind)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
           'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"')
_MIMES = {"odt": "application/vnd.oasis.opendocument.text", "ods": "application/vnd.oasis.opendocument.spreadsheet",
          "odp": "application/vnd.oasis.opendocument.presentation"}
_BODIES = {"odt": "text", "ods": "spreadsheet", "odp": "presentation"}


def _odf_table(table: Table) -> str:
    rows = []
    for row in table.strings():
        cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'
                        if v else "<table:table-cell/>" for v in row)
        rows.append(f"<table:table-row>{cells}</table:table-row>")
    return f'<table:table table:name="{escape(table.name)}">{"".join(rows)}</table:table>'


def _odf_package(kind: str, body: str) -> bytes:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF_NS} office:version="1.2">'
               f'<office:body><office:{_BODIES[kind]}>{body}</office:{_BODIES[kind]}></office:body>'
               '</office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{_MIMES[kind]}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype", FIXED_TIME), _MIMES[kind], zipfile.ZIP_STORED)
        for name, text in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            package.writestr(zipfile.ZipInfo(name, FIXED_TIME), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def odt_doc(path: str, blocks: list, kind: str) -> Doc:
    """Paragraphs (`body:L<n>`, counted over the paragraphs outside tables) and named tables."""
    parts, items, paragraphs = [], [], 0
    for block in blocks:
        if isinstance(block, Text):
            parts.append(_paragraphs(block))
            items += [Item(path, m, f"body:L{paragraphs + n + 1}") for n, m in block.marks()]
            paragraphs += len(block.lines)
        else:
            parts.append(_odf_table(block))
            items += [Item(path, m, f"{block.name}!{column_letter(c)}{r + 1}") for r, c, m in block.marks()]
    return Doc(path, _odf_package("odt", "".join(parts)), items, kind)


def ods_doc(path: str, tables: list[Table], kind: str) -> Doc:
    """One sheet a table, cells at their real rows (`名簿!C5`)."""
    items = [Item(path, m, f"{t.name}!{column_letter(c)}{r + 1}") for t in tables for r, c, m in t.marks()]
    return Doc(path, _odf_package("ods", "".join(_odf_table(t) for t in tables)), items, kind)


def _paragraphs(text: Text) -> str:
    return "".join(f"<text:p>{escape(line)}</text:p>" for line in text.strings())


def odp_doc(path: str, slides: list[list], kind: str, notes: dict[int, Text] = {}) -> Doc:
    """An Impress deck: a slide's texts one frame each (`slide1:L3`, lines counted over the
    slide), its tables by their names (`役員一覧!B2`), speaker notes (`slide1!notes:L1`)."""
    pages, items = [], []
    for number, blocks in enumerate(slides, start=1):
        parts, lines = [], 0
        for block in blocks:
            if isinstance(block, Text):
                parts.append(f"<draw:frame><draw:text-box>{_paragraphs(block)}</draw:text-box></draw:frame>")
                items += [Item(path, m, f"slide{number}:L{lines + n + 1}") for n, m in block.marks()]
                lines += len(block.lines)
            else:
                parts.append(f"<draw:frame>{_odf_table(block)}</draw:frame>")
                items += [Item(path, m, f"{block.name}!{column_letter(c)}{r + 1}") for r, c, m in block.marks()]
        if number in notes:
            parts.append(f"<presentation:notes><draw:frame><draw:text-box>{_paragraphs(notes[number])}"
                         "</draw:text-box></draw:frame></presentation:notes>")
            items += [Item(path, m, f"slide{number}!notes:L{n + 1}") for n, m in notes[number].marks()]
        pages.append(f'<draw:page draw:name="page{number}">{"".join(parts)}</draw:page>')
    return Doc(path, _odf_package("odp", "".join(pages)), items, kind)


def rtf_escape(text: str) -> str:
    """Text for an RTF body: ASCII as is (backslash and braces escaped), other characters as
    RTF's signed 16-bit unicode escapes with a ? fallback."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:  # UTF-16 units: a character past U+FFFF is written as its surrogate pair
            units = ch.encode("utf-16-le")
            for i in range(0, len(units), 2):
                code = int.from_bytes(units[i:i + 2], "little")
                out.append(f"\\u{code - 65536 if code > 32767 else code}?")
    return "".join(out)


def rtf_doc(path: str, lead: Text, table: Table | None, kind: str, tail: Text | None = None) -> Doc:
    """Word's RTF: paragraphs (`L<n>`), a table (`table1!B2`), closing paragraphs
    (located by value only: the reader counts their lines afresh)."""
    body = [rtf_escape(line) + "\\par" for line in lead.strings()]
    items = [Item(path, m, f"L{n + 1}") for n, m in lead.marks()]
    if table is not None:
        for row in table.strings():
            edges = "".join(f"\\cellx{1800 * (c + 1)}" for c in range(len(row)))
            body.append("\\trowd" + edges + " " + "".join(f"\\pard\\intbl {rtf_escape(v)}\\cell " for v in row)
                        + "\\row")
        items += [Item(path, m, f"table1!{column_letter(c)}{r + 1}") for r, c, m in table.marks()]
    if tail is not None:
        body += ["\\pard " + rtf_escape(line) + "\\par" for line in tail.strings()]
        items += [Item(path, m) for _, m in tail.marks()]
    head = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\\uc1\\f0\\fs21\n"
    return Doc(path, (head + "\n".join(body) + "}\n").encode("ascii"), items, kind)


def hidden_xlsx_doc(path: str, tables: list[Table], kind: str, hidden_columns: dict[str, list[int]] = {},
                    hidden_sheets: tuple[str, ...] = ()) -> Doc:
    """corpus 2's workbook with some columns (0-based, by sheet) and sheets hidden."""
    from openpyxl import load_workbook

    doc = xlsx_doc(path, tables, kind)
    book = load_workbook(io.BytesIO(doc.data))
    for sheet, columns in hidden_columns.items():
        for c in columns:
            book[sheet].column_dimensions[column_letter(c)].hidden = True
    for sheet in hidden_sheets:
        book[sheet].sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return Doc(path, fixed_zip(out.getvalue()), doc.items, kind)


def semicolon_doc(path: str, table: Table, kind: str, encoding: str = "cp932") -> Doc:
    """A European-style export: `;` between fields, read by daicho field by field since
    2026-12-04 (scanner.extract.text.semicolons_instead; it was one cell a line before)."""
    doc = delimited_doc(path, table, kind, encoding=encoding, delimiter=";")
    return Doc(path, doc.data, doc.items, kind, encoding)


def sevenzip_doc(path: str, members: list[Doc], kind: str) -> Doc:
    """A 7-Zip archive of the members, with a fixed time on each (py7zr stamps the clock)."""
    import py7zr
    from py7zr.helpers import ArchiveTimestamp

    out = io.BytesIO()
    with py7zr.SevenZipFile(out, "w") as archive:
        for member in members:
            archive.writestr(member.data, member.path)
            archive.header.files_info.files[-1]["lastwritetime"] = ArchiveTimestamp.from_datetime(1790845200.0)
    items = [item.inside(path) for member in members for item in member.items]
    return Doc(path, out.getvalue(), items, kind)


def html_mail_doc(path: str, kind: str, sender: str, subject: str, rows: list[tuple], lead: str) -> Doc:
    """A notification mail with an HTML body only (a web form's table of fields), as an
    Outlook user saves it; its values are located by object only (the HTML's lines are the
    reader's)."""
    from email import policy
    from email.message import EmailMessage

    cells = "".join(f"<tr><th>{escape(label)}</th><td>{escape(parts_text(value))}</td></tr>" for label, *value in rows)
    html = f"<html><body><p>{escape(lead)}</p><table border=\"1\">{cells}</table></body></html>"
    message = EmailMessage(policy=policy.SMTP)
    message["From"], message["Subject"] = sender, subject
    message["Date"] = "Thu, 01 Oct 2026 09:00:00 +0900"
    message["Message-ID"] = f"<{sum(path.encode())}.{len(path)}@corpus4.example.invalid>"
    message.set_content(html, subtype="html", charset="utf-8", cte="base64")
    items = [Item(path, part) for _, *value in rows for part in value if isinstance(part, Mark)]
    return Doc(path, message.as_bytes(), items, kind, "utf-8")
