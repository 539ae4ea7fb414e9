"""Writers the sixth corpus needs beyond corpora 2–5's: Word files with a header, a
footer and a text box (a letterhead, a stamp box, a page footer with the customer's
name), and fixed-width host exports padded in CP932 bytes. Each turns `Text`/`Table`
into bytes and the planted marks into `Item`s at the location daicho gives
(`header1!p1`, `footer1!p2`, `textbox1!p3`; fixed-width fields by value only)."""

from __future__ import annotations

import io

from benchmarks.corpus2.formats import docx_doc, fixed_zip
from benchmarks.corpus2.truth import Doc, Item, Mark, Table, Text, cell_text

_VML = "urn:schemas-microsoft-com:vml"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _fill(paragraphs, text: Text) -> None:
    for n, line in enumerate(text.strings()):
        paragraph = paragraphs[0] if n == 0 else None
        if paragraph is None:
            paragraph = paragraphs[-1]._parent.add_paragraph()
            paragraphs = paragraphs + [paragraph]
        paragraph.text = line


def _text_box(document, text: Text) -> None:
    """A VML text box anchored in a last, empty paragraph (as older Word saves a stamp box)."""
    from lxml import etree

    anchor = document.add_paragraph()
    run = anchor.add_run()
    pict = etree.SubElement(run._r, f"{{{_W}}}pict")
    shape = etree.SubElement(pict, f"{{{_VML}}}shape", nsmap={"v": _VML})
    shape.set("style", "position:absolute;margin-left:300pt;width:160pt;height:90pt")
    box = etree.SubElement(shape, f"{{{_VML}}}textbox")
    content = etree.SubElement(box, f"{{{_W}}}txbxContent")
    for line in text.strings():
        p = etree.SubElement(content, f"{{{_W}}}p")
        r = etree.SubElement(p, f"{{{_W}}}r")
        t = etree.SubElement(r, f"{{{_W}}}t")
        t.text = line
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def framed_docx(path: str, blocks: list, kind: str, header: Text | None = None, footer: Text | None = None,
                box: Text | None = None) -> Doc:
    """corpus 2's Word file with a header, a footer and a text box beside its body."""
    from docx import Document

    doc = docx_doc(path, blocks, kind)
    document = Document(io.BytesIO(doc.data))
    items = list(doc.items)
    section = document.sections[0]
    for where, text in (("header", header), ("footer", footer)):
        if text is not None:
            part = section.header if where == "header" else section.footer
            _fill(list(part.paragraphs), text)
            items += [Item(path, m, f"{where}1!p{n + 1}") for n, m in text.marks()]
    if box is not None:
        _text_box(document, box)
        items += [Item(path, m, f"textbox1!p{n + 1}") for n, m in box.marks()]
    out = io.BytesIO()
    document.save(out)
    return Doc(path, fixed_zip(out.getvalue()), items, kind)


def _width(text: str) -> int:
    return len(text.encode("cp932"))


def fixed_doc(path: str, table: Table, kind: str, encoding: str = "cp932", newline: str = "\r\n",
              trailer: str = "") -> Doc:
    """A host's fixed-width export: each field padded with blanks to its column's width in
    CP932 bytes (two for a kanji), a header line of labels, a trailer line of counts."""
    rows = table.strings()
    widths = [max(_width(row[c]) if c < len(row) else 0 for row in rows) + 2 for c in range(table.width)]
    lines = [t for t in table.title]
    for row in rows:
        lines.append("".join(v + " " * (widths[c] - _width(v)) for c, v in enumerate(row)).rstrip())
    if trailer:
        lines.append(trailer)
    data = (newline.join(lines) + newline).encode(encoding)
    return Doc(path, data, [Item(path, m) for _, _, m in table.marks()], kind, encoding)


def labelled(pairs: list[tuple]) -> Text:
    """A form's fields one a line, `label：value` (a value of several parts)."""
    text = Text()
    for label, *parts in pairs:
        text.add(f"{label}：", *parts) if label else text.add(*parts)
    return text


def as_cells(pairs: list[tuple]) -> Table:
    """A form's fields as a two-column table (label | value)."""
    table = Table()
    for label, *parts in pairs:
        table.add(label, tuple(parts) if len(parts) > 1 else (parts[0] if parts else ""))
    return table


def plain(cell) -> str:
    return cell_text(cell) if not isinstance(cell, Mark) else cell.text
