"""Mail and archives: eml with attachments, mbox, Maildir files, zip. Members and
attachments are located as file!name."""

from __future__ import annotations

import io
import zlib
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

from benchmarks.corpus14.model import Document, Item, Lines, Mark

JST = timezone(timedelta(hours=9))


def document(path: str, built: tuple[bytes, list]) -> Document:
    data, located = built
    return Document(path, data, [Item(path, mark, location) for mark, location in located])


def message(sender: Mark, to: Mark, subject: str, body: Lines, when: datetime,
            attachments: list[tuple[str, bytes, list]] = ()) -> tuple[EmailMessage, list]:
    """(message, [(object suffix, mark, location)]): the sender and recipient at header:L1 and L2 (a person's
    address, or the organisation's own as a look-alike), the body's marks at body:L<n>, an attachment's under
    its name."""
    mail = EmailMessage(policy=SMTP)
    mail["From"], mail["To"], mail["Subject"] = sender.text, to.text, subject
    mail["Date"] = format_datetime(when.replace(tzinfo=JST))
    mail["Message-ID"] = f"<{when:%Y%m%d%H%M%S}.{zlib.crc32(body.text.encode()) % 99991}@mail.local>"
    mail.set_content(body.text, charset="utf-8", cte="8bit")
    for name, data, _ in attachments:
        maintype, subtype = _type_of(name)
        mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if attachments:
        mail.set_boundary(f"==c14=={zlib.crc32(body.text.encode()):08x}==")
    located = [("", sender, "header:L1"), ("", to, "header:L2")] + [("", m, loc) for m, loc in body.located("body:L")]
    for name, _, marks in attachments:
        located += [(f"!{name}", m, loc) for m, loc in marks]
    return mail, located


def _type_of(name: str) -> tuple[str, str]:
    suffix = name.rsplit(".", 1)[-1].lower()
    return {"csv": ("text", "csv"), "txt": ("text", "plain"), "pdf": ("application", "pdf"),
            "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")}.get(
        suffix, ("application", "octet-stream"))


def eml(path: str, built: tuple[EmailMessage, list]) -> Document:
    mail, located = built
    return Document(path, mail.as_bytes(), [Item(path + suffix, m, loc) for suffix, m, loc in located])


def zip_file(path: str, members: list[tuple[str, bytes, list]]) -> Document:
    out = io.BytesIO()
    items = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data, located in members:
            archive.writestr(zipfile.ZipInfo(name, (2026, 9, 30, 18, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)
            items += [Item(f"{path}!{name}", m, loc) for m, loc in located]
    return Document(path, out.getvalue(), items)


def mbox(path: str, messages: list[tuple[EmailMessage, list]]) -> Document:
    """Messages one after another, each object named path!<n> (from 0), its body at body:L<n>."""
    chunks, items = [], []
    for n, (mail, located) in enumerate(messages):
        raw = mail.as_bytes().replace(b"\nFrom ", b"\n>From ")
        chunks.append(b"From MAILER-DAEMON Thu Oct  1 09:00:00 2026\n" + raw.replace(b"\r\n", b"\n") + b"\n")
        items += [Item(f"{path}!{n}{suffix}", m, loc) for suffix, m, loc in located]
    return Document(path, b"".join(chunks), items)
