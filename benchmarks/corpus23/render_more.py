"""Mail containers, slides and pages."""

from __future__ import annotations

import io
from datetime import datetime

from pptx import Presentation
from pptx.util import Inches, Pt

from benchmarks.corpus16.model import Doc, Item, Lines, decoy, val
from benchmarks.corpus16.render_formats import pdf_flowing
from benchmarks.corpus23.render import FIXED, message, steady_zip

ORG_LOCAL = {"info", "office", "desk", "uketsuke", "iji", "hancho", "koenkai", "eigyo", "list", "form"}


def header_items(path: str, *addresses: str) -> list[Item]:
    """The addresses of a mail's header: an office's own is a look-alike, a person's a value."""
    items = []
    for text in addresses:
        address = text.split("<")[-1].strip(" >")
        mark = decoy("EMAIL", address, "org_email") if address.split("@")[0] in ORG_LOCAL else val("EMAIL", address)
        items.append(Item(path, mark, None))
    return items


def eml_doc(path: str, sender: str, to: str, subject: str, body: Lines, when: datetime,
            attachments: list[Doc] = ()) -> Doc:
    msg = message(sender, to, subject, body, when, attachments)
    items = body.items(path, None) + header_items(path, sender, to)
    for doc in attachments:
        items += [Item(f"{path}!{i.path}", i.mark, i.location) for i in doc.items]
    return Doc(path, bytes(msg), items)


def mbox_doc(path: str, mails: list[tuple[str, str, str, Lines, datetime]]) -> Doc:
    out, items = [], []
    for n, (sender, to, subject, body, when) in enumerate(mails):
        msg = message(sender, to, subject, body, when)
        raw = bytes(msg).replace(b"\nFrom ", b"\n>From ")
        envelope = "From " + sender.split("<")[-1].strip(">") + when.strftime(" %a %b %d %H:%M:%S %Y\n")
        out.append(envelope.encode() + raw + b"\n")
        items += body.items(f"{path}!{n}", None) + header_items(f"{path}!{n}", sender, to)
    return Doc(path, b"".join(out), items)


def pptx_doc(path: str, slides: list[tuple[str, Lines]]) -> Doc:
    deck = Presentation()
    items = []
    for title, lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = title
        box = slide.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(9), Inches(5)).text_frame
        box.text = lines.lines[0]
        for line in lines.lines[1:]:
            box.add_paragraph().text = line
        for p in box.paragraphs:
            for run in p.runs:
                run.font.size = Pt(14)
        items += lines.items(path, None)
    deck.core_properties.created = deck.core_properties.modified = FIXED
    out = io.BytesIO()
    deck.save(out)
    return Doc(path, steady_zip(out.getvalue()), items)


def pdf_doc(path: str, lines: Lines) -> Doc:
    return Doc(path, pdf_flowing(lines.lines), lines.items(path, None))
