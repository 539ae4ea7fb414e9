"""Mails (eml, mbox, Maildir) and the page formats (rtf, odt, pdf): each returns bytes and the
truth items of its marks."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from benchmarks.corpus16.model import Doc, Item, Lines, joined
from benchmarks.corpus27.render import STAMP

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))


def message(sender: str, to: str, subject: str, day: str, body: Lines, attachments: list[Doc] = (),
            number: int = 1) -> EmailMessage:
    mail = EmailMessage(policy=SMTP)
    mail["From"], mail["To"], mail["Subject"] = sender, to, subject
    mail["Date"] = day
    mail["Message-ID"] = f"<{number:05d}.{len(subject)}@mail.local>"
    mail.set_content(body.text(), charset="utf-8", cte="base64")
    for doc in attachments:
        mail.add_attachment(doc.data, maintype="application", subtype="octet-stream", filename=doc.path)
    if attachments:
        mail.set_boundary(f"==corpus27-{number:04d}-{len(attachments)}==")
    return mail


def headed(sender, to) -> tuple[str, str, list[tuple[int, object]]]:
    """The From and To lines (parts: strings and marks) and their marks with the header line of each."""
    (sender, marks_from), (to, marks_to) = joined(sender), joined(to)
    return sender, to, [(1, mark) for mark in marks_from] + [(2, mark) for mark in marks_to]


def mail_items(path: str, body: Lines, attachments: list[Doc] = (), head: list = ()) -> list[Item]:
    """Marks of the headers and the body and of each attachment as its own object."""
    items = [Item(path, mark, f"header:L{line}") for line, mark in head] + body.items(path, "body:")
    for doc in attachments:
        items += [Item(f"{path}!{i.path}", i.mark, i.location) for i in doc.items]
    return items


def eml(path: str, sender, to, subject: str, day: str, body: Lines, attachments: list[Doc] = ()) -> Doc:
    sender, to, head = headed(sender, to)
    mail = message(sender, to, subject, day, body, attachments)
    return Doc(path, mail.as_bytes(), mail_items(path, body, attachments, head))


def mbox(path: str, mails: list[tuple[str, str, str, str, Lines]]) -> Doc:
    """mails: (sender, to, subject, date, body); each message an object of its own."""
    out, items = b"", []
    for n, (sender, to, subject, day, body) in enumerate(mails, 1):
        sender, to, head = headed(sender, to)
        data = message(sender, to, subject, day, body, number=n).as_bytes().replace(b"\r\n", b"\n")
        data = b"\n".join(b">" + line if line.startswith(b"From ") else line for line in data.split(b"\n"))
        out += f"From {sender.split('<')[-1].rstrip('>')} Fri Nov 20 09:00:00 2026\n".encode() + data + b"\n"
        items += mail_items(f"{path}!{n - 1}", body, (), head)
    return Doc(path, out, items)


def rtf(path: str, lines: Lines) -> Doc:
    def encoded(text: str) -> str:
        return "".join(c if ord(c) < 128 and c not in "\\{}" else
                       ("\\" + c if c in "\\{}" else f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?")
                       for c in text)
    body = "".join(encoded(line) + "\\par\n" for line in lines.lines)
    data = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0 MS Mincho;}}\\f0\\fs21\n" + body + "}\n"
    return Doc(path, data.encode("ascii"), lines.items(path, None))


ODT_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\n'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.text"/>\n<manifest:file-entry manifest:full-path='
                '"content.xml" manifest:media-type="text/xml"/>\n</manifest:manifest>\n')


def odt(path: str, lines: Lines) -> Doc:
    paras = "".join(f"<text:p>{escape(line)}</text:p>" for line in lines.lines)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office='
               '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text='
               '"urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
               f'<office:text>{paras}</office:text></office:body></office:document-content>\n')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, text, kind in (("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                                 ("content.xml", content, zipfile.ZIP_DEFLATED),
                                 ("META-INF/manifest.xml", ODT_MANIFEST, zipfile.ZIP_DEFLATED)):
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = kind
            archive.writestr(info, text)
    return Doc(path, buf.getvalue(), lines.items(path, None))


def pdf(path: str, lines: Lines) -> Doc:
    buf = io.BytesIO()
    page = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800
    for line in lines.lines:
        if y < 50:
            page.showPage()
            y = 800
        page.setFont("HeiseiKakuGo-W5", 10)
        page.drawString(40, y, line)
        y -= 16
    page.save()
    return Doc(path, buf.getvalue(), lines.items(path, None))
