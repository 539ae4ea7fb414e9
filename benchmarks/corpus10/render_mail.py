"""Mail and archives: a message with its attachments, an mbox, a Maildir folder's
message files, a ZIP of documents."""

from __future__ import annotations

import hashlib
import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP

from benchmarks.corpus10.model import Doc, Item
from benchmarks.corpus10.render_text import lines_items

TYPES = {"csv": ("text", "csv"), "txt": ("text", "plain"), "xlsx": ("application", "vnd.openxmlformats-officedocument."
         "spreadsheetml.sheet"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
         "pdf": ("application", "pdf"), "zip": ("application", "zip")}


def message(path: str, sender: str, to, subject: str, when: str, body, attachments=(), kind: str = "mail") -> Doc:
    """A message: header lines From, To, Subject, Date (To may be a Mark of a person's
    address), the body one line a line, attachments (Docs named as attached)."""
    to_text, to_marks = (to.text, [to]) if not isinstance(to, str) else (to, [])
    mail = EmailMessage(policy=SMTP)
    mail["From"], mail["To"], mail["Subject"], mail["Date"] = sender, to_text, subject, when
    text, items = lines_items(path, body, prefix="body:L")
    mail.set_content(text, charset="utf-8", cte="8bit")
    for attached in attachments:
        main, sub = TYPES[attached.path.rsplit(".", 1)[-1]]
        mail.add_attachment(attached.data, maintype=main, subtype=sub, filename=attached.path)
        items += attached.inside(path)
    if attachments:
        mail.set_boundary("corpus10-" + hashlib.sha1(path.encode()).hexdigest()[:16])
    items = [Item(path, "header:L2", mark) for mark in to_marks] + items
    return Doc(path, mail.as_bytes(), items, kind)


def mbox(path: str, messages: list[Doc], kind: str) -> Doc:
    data, items = b"", []
    for i, doc in enumerate(messages):
        data += b"From MAILER-DAEMON Mon Nov  2 09:00:00 2026\n" + doc.data.replace(b"\r\n", b"\n").replace(
            b"\nFrom ", b"\n>From ") + b"\n"
        items += [Item(f"{path}!{i}" + item.path[len(doc.path):], item.location, item.mark) for item in doc.items]
    return Doc(path, data, items, kind)


def zip_doc(path: str, members: list[Doc], kind: str) -> Doc:
    out, items = io.BytesIO(), []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in members:
            archive.writestr(zipfile.ZipInfo(member.path, (2026, 11, 2, 9, 0, 0)), member.data, zipfile.ZIP_DEFLATED)
            items += member.inside(path)
    return Doc(path, out.getvalue(), items, kind)


def plain_attachment(name: str, lines) -> Doc:
    text, items = lines_items(name, lines)
    return Doc(name, text.encode("utf-8"), items, "attachment")
