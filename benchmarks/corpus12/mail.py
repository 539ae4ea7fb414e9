"""Mail as an office keeps it: .eml files, an mbox, a Maildir folder; each message's
body lines and its attachments placed as daicho locates them."""

from __future__ import annotations

import zlib
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

from benchmarks.corpus12.model import Doc, Item, Lines, Mark

JST = timezone(timedelta(hours=9))


def message(sender, to, subject: str, body: Lines, when: datetime,
            attachments: list[tuple[str, bytes, list, str]] = ()) -> tuple[bytes, list[tuple[str, list]]]:
    """One message: (bytes, [(suffix, placed)]) — '' for the body, '!name' per attachment.
    A sender or recipient given as a mark is placed without a location (the object is its place)."""
    mail = EmailMessage()
    heads = [m for m in (sender, to) if isinstance(m, Mark)]
    mail["From"], mail["To"] = (m.text if isinstance(m, Mark) else m for m in (sender, to))
    mail["Subject"] = subject
    mail["Date"] = format_datetime(when.replace(tzinfo=JST))
    mail["Message-ID"] = f"<{when:%Y%m%d%H%M%S}.{zlib.crc32(subject.encode()) % 100000:05d}@mail.example.jp>"
    mail.set_content(body.text(), charset="utf-8", cte="8bit")
    placed = [("", [(m, None) for m in heads] + body.placed("body:"))]
    for name, data, marks, mime in attachments:
        main, sub = mime.split("/")
        mail.add_attachment(data, maintype=main, subtype=sub, filename=name)
        placed.append((f"!{name}", marks))
    if attachments:
        mail.set_boundary(f"==corpus12_{zlib.crc32(body.text().encode()):08x}==")
    return bytes(mail), placed


def doc_of(path: str, data: bytes, parts: list[tuple[str, list]], clean: bool = False) -> Doc:
    items = [Item(path + suffix, mark, location) for suffix, placed in parts for mark, location in placed]
    return Doc(path, data, items, clean)


def mbox(path: str, messages: list[tuple[bytes, list]]) -> Doc:
    """Messages in one mbox file; the n-th is the object `path!n` (from 0)."""
    data, parts = b"", []
    for n, (raw, placed) in enumerate(messages):
        escaped = b"\n".join(b">" + l if l.startswith(b"From ") else l for l in raw.replace(b"\r\n", b"\n").split(b"\n"))
        data += b"From office@example.jp Tue Nov  4 09:30:00 2025\n" + escaped + b"\n\n"
        parts += [(f"!{n}{suffix}", marks) for suffix, marks in placed]
    return doc_of(path, data, parts)
