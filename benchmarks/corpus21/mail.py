"""Corpus 21's mail: one message (.eml) with its attachments, a Maildir file, an mbox of
several messages; the body's marks at their lines, an attachment's at its own places."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from datetime import timedelta

from benchmarks.corpus16.model import Doc, Item, Lines
from benchmarks.corpus21.formats import STAMP

BODY_UNIT = "body:"


@dataclass
class Mail:
    subject: str
    sender: str
    to: str
    body: Lines
    attachments: list[Doc] = field(default_factory=list)
    day: int = 0
    head: list = field(default_factory=list)  # marks in From/To (no line place)


def message(mail: Mail, n: int = 0) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = mail.subject
    msg["From"] = mail.sender
    msg["To"] = mail.to
    msg["Date"] = format_datetime(STAMP + timedelta(days=mail.day, minutes=37 * n))
    msg["Message-ID"] = f"<c21.{mail.day}.{n}.{len(mail.subject)}@mail.example.jp>"
    msg.set_content(mail.body.text(), charset="utf-8")
    for doc in mail.attachments:
        main, sub = _mime(doc.path)
        msg.add_attachment(doc.data, maintype=main, subtype=sub, filename=doc.path)
    if mail.attachments:
        msg.set_boundary(f"=_c21_{mail.day}_{n}_{len(mail.attachments)}")
    return msg


def _mime(name: str) -> tuple[str, str]:
    suffix = name.rsplit(".", 1)[-1].lower()
    return {"csv": ("text", "csv"), "txt": ("text", "plain"), "pdf": ("application", "pdf"),
            "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")}.get(
        suffix, ("application", "octet-stream"))


def _items(path: str, mail: Mail, unit: str | None) -> list[Item]:
    items = mail.body.items(path, unit) + [Item(path, m, None) for m in mail.head]
    for doc in mail.attachments:
        items += [Item(f"{path}!{doc.path}", i.mark, i.location) for i in doc.items]
    return items


def eml(path: str, mail: Mail) -> Doc:
    return Doc(path, message(mail).as_bytes(policy=SMTP), _items(path, mail, BODY_UNIT))


def mbox(path: str, mails: list[Mail], member) -> Doc:
    """member(index, mail): the object path daicho gives the index-th message."""
    chunks, items = [], []
    for n, mail in enumerate(mails):
        raw = message(mail, n).as_bytes(policy=SMTP).replace(b"\r\n", b"\n")
        raw = b"\n".join((b">" + line if line.startswith(b"From ") else line) for line in raw.split(b"\n"))
        chunks.append(b"From office@mail.example.jp Thu Oct  1 09:00:00 2026\n" + raw.rstrip(b"\n") + b"\n\n")
        items += _items(f"{path}!{member(n, mail)}", mail, BODY_UNIT)
    return Doc(path, b"".join(chunks), items)
