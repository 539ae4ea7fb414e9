"""More files of corpus 15: a mailbox (mbox), a Maildir folder's messages, an RTF,
an ODF text and a PDF, with every mark's object path and place."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

from benchmarks.corpus15.model import Doc, Item, Text


def mbox(path: str, mails: list[tuple[EmailMessage, Text, list[Doc]]]) -> Doc:
    """Messages one after the other; each is `path!index`, its attachments `path!index!name`."""
    chunks, items = [], []
    for index, (mail, body, attachments) in enumerate(mails):
        raw = mail.as_bytes().replace(b"\nFrom ", b"\n>From ")
        chunks.append(b"From c15-desk@example.jp Fri Nov 20 10:15:00 2026\n" + raw + b"\n")
        items += body.items(f"{path}!{index}", "body:")
        items += [Item(f"{path}!{index}!{doc.path}", i.mark, i.location) for doc in attachments for i in doc.items]
    return Doc(path, b"".join(chunks), items)


def maildir_message(path: str, mail: EmailMessage, body: Text) -> Doc:
    """One message file of a Maildir folder (`cur/…:2,S`)."""
    return Doc(path, mail.as_bytes(), body.items(path, "body:"))


def rtf(path: str, text: Text) -> Doc:
    """Every character as `\\uN?` (how Word saves Japanese), one paragraph a line."""
    lines = ["".join(ch if ch.isascii() and ch not in "\\{}" else f"\\u{ord(ch)}?" for ch in line) + "\\par"
             for line in text.lines]
    data = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil MS Mincho;}}\\f0\\fs21\n" + "\n".join(lines) + "\n}"
    return Doc(path, data.encode("ascii"), text.items(path))


MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\n'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
            '</manifest:manifest>\n')
CONTENT = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
           'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
           '<office:body><office:text>\n{}</office:text></office:body></office:document-content>\n')


def odt(path: str, text: Text) -> Doc:
    """An OpenDocument text written as LibreOffice's minimal file: one text:p a line."""
    paragraphs = "".join(f"<text:p>{_escape(line)}</text:p>\n" for line in text.lines)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        stamp = (2026, 11, 20, 9, 30, 0)
        target.writestr(zipfile.ZipInfo("mimetype", stamp), "application/vnd.oasis.opendocument.text")
        for name, data in (("META-INF/manifest.xml", MANIFEST), ("content.xml", CONTENT.format(paragraphs))):
            target.writestr(zipfile.ZipInfo(name, stamp), data.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return Doc(path, out.getvalue(), text.items(path, None))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf(path: str, pages: list[Text]) -> Doc:
    """One text a page, a line a row, in a Japanese CID font (no file embedded)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    out = io.BytesIO()
    sheet = canvas.Canvas(out, invariant=1)
    for text in pages:
        sheet.setFont("HeiseiKakuGo-W5", 10)
        for row, line in enumerate(text.lines):
            sheet.drawString(40, 800 - 16 * row, line)
        sheet.showPage()
    sheet.save()
    return Doc(path, out.getvalue(), [i for t in pages for i in t.items(path, None)])
