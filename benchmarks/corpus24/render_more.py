"""Mail and packed files: an e-mail with attachments (and its Maildir and mbox homes), a zip,
rtf, odt, pdf and xml; items of an attachment or member are placed under its object path."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

from benchmarks.corpus16.model import Doc, Item, Lines
from benchmarks.corpus16.render_formats import odt_content, odt_manifest, odt_package, pdf_pages, rtf_escaped, zip_of

JST = timezone(timedelta(hours=9))


def message(sender: str, to: str, subject: str, body: Lines, when: int, attachments=(), charset="utf-8"):
    """An EmailMessage; attachments: Docs (named by their path's last part)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(datetime(2026, 10, 1, 9, 0, tzinfo=JST) + timedelta(hours=when))
    msg["Message-ID"] = f"<{when}.{sum(map(ord, subject)) % 100000}@mail.example.jp>"
    msg.set_content(body.text(), charset=charset, cte="base64" if charset == "utf-8" else "8bit")
    for doc in attachments:
        name = doc.path.rsplit("/", 1)[-1]
        maintype, subtype = ("text", "csv") if name.endswith(".csv") else ("application", "octet-stream")
        msg.add_attachment(doc.data, maintype=maintype, subtype=subtype, filename=name)
    if msg.is_multipart():
        msg.set_boundary(f"=_part_{when}_{len(attachments)}_24")
    return msg


def attached(path: str, body: Lines, attachments) -> list[Item]:
    items = body.items(path, "body:")
    for doc in attachments:
        name = doc.path.rsplit("/", 1)[-1]
        items += [Item(f"{path}!{name}" + i.path[len(doc.path):], i.mark, i.location) for i in doc.items]
    return items


def eml_doc(path: str, sender: str, to: str, subject: str, body: Lines, when: int, attachments=(), header=()) -> Doc:
    """header: the marks of the From and To lines (a person's name and address), placed in the message."""
    msg = message(sender, to, subject, body, when, attachments)
    return Doc(path, msg.as_bytes(), attached(path, body, attachments) + [Item(path, mk, None) for mk in header])


def mbox_doc(path: str, mails: list[tuple]) -> Doc:
    """Messages (sender, to, subject, body, when, header marks) one after another, each from a
    `From ` line; message n is object `path!n`."""
    out, items = [], []
    for n, (sender, to, subject, body, when, header) in enumerate(mails):
        msg = message(sender, to, subject, body, when)
        raw = msg.as_bytes().replace(b"\r\n", b"\n")
        out.append(b"From " + sender.split("<")[-1].strip(">").encode() + b" Thu Oct  1 09:00:00 2026\n" + raw)
        items += [Item(f"{path}!{n}", i.mark, i.location) for i in body.items(path, "body:")]
        items += [Item(f"{path}!{n}", mk, None) for mk in header]
    return Doc(path, b"\n".join(out), items)


_STAMP = (2026, 10, 20, 10, 0, 0)  # every zip member's time


def zip_doc(path: str, members: list[Doc]) -> Doc:
    return zip_of(path, members, _STAMP)


def rtf_doc(path: str, lines: Lines) -> Doc:
    body = "".join(rtf_escaped(line) + "\\par\n" for line in lines.lines)
    text = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0 MS Mincho;}}\\uc1\\f0\\fs21\n" + body + "}\n"
    return Doc(path, text.encode("ascii"), lines.items(path, None))


def odt_doc(path: str, lines: Lines) -> Doc:
    package = odt_package(odt_content(lines.lines), odt_manifest(), _STAMP, manifest_first=True)
    return Doc(path, package, lines.items(path, None))


def pdf_doc(path: str, pages: list[Lines]) -> Doc:
    items = [item for page in pages for item in page.items(path, None)]
    return Doc(path, pdf_pages([page.lines for page in pages]), items)


def xml_doc(path: str, root: str, records: list[list[tuple[str, object]]]) -> Doc:
    """<root><record><field>value</field>…</record>…</root>, one field a line."""
    lines = Lines()
    lines.put('<?xml version="1.0" encoding="UTF-8"?>', f"<{root}>")
    for fields in records:
        lines.put("  <record>")
        for tag, cell in fields:
            text = cell.text if hasattr(cell, "text") else str(cell)
            if hasattr(cell, "text") and escape(text) == text:
                lines.put(f"    <{tag}>", cell, f"</{tag}>")
            else:
                lines.put(f"    <{tag}>{escape(text)}</{tag}>")
        lines.put("  </record>")
    lines.put(f"</{root}>")
    return Doc(path, lines.text().encode("utf-8"), lines.items(path, None))
