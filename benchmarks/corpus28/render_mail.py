"""Mail and archives of corpus 28: a message (.eml, a Maildir file, or one of an mbox) with
headers, a text body and attachments; a zip of documents. Places follow each member."""

from __future__ import annotations

import hashlib
import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP

from benchmarks.corpus16.model import Doc, Item, Lines, joined

TYPES = {"csv": ("text", "csv"), "txt": ("text", "plain"), "xlsx": ("application", "vnd.openxmlformats-"
         "officedocument.spreadsheetml.sheet"), "docx": ("application", "vnd.openxmlformats-officedocument."
         "wordprocessingml.document"), "pdf": ("application", "pdf"), "json": ("application", "json")}


def message(headers: list[tuple[str, object]], body: Lines, attachments: list[Doc] = (),
            stamp: str = "Mon, 02 Nov 2026 09:00:00 +0900", ident: str = "1") -> tuple[bytes, list, list]:
    """The bytes of a message, its own marks (header marks, body marks by line) and its attachments."""
    mail = EmailMessage()
    header_marks = []
    for name, parts in headers:
        text, marks = joined(parts if isinstance(parts, list) else [parts])
        mail[name] = text
        header_marks += marks
    mail["Date"] = stamp
    mail["Message-ID"] = f"<{hashlib.sha1(ident.encode()).hexdigest()[:16]}.c28@mail.local>"
    mail.set_content(body.text(), charset="utf-8")
    for doc in attachments:
        name = doc.path.rsplit("/", 1)[-1]
        maintype, subtype = TYPES[name.rsplit(".", 1)[-1]]
        mail.add_attachment(doc.data, maintype=maintype, subtype=subtype, filename=name)
    if attachments:
        mail.set_boundary(f"=_c28_{hashlib.sha1(ident.encode()).hexdigest()[:20]}")
    return mail.as_bytes(policy=SMTP.clone(linesep="\n")), header_marks, list(attachments)


def message_items(path: str, header_marks: list, body: Lines, attachments: list[Doc]) -> list[Item]:
    items = [Item(path, m, None) for m in header_marks] + body.items(path, "body:")
    for doc in attachments:
        name = doc.path.rsplit("/", 1)[-1]
        items += [Item(f"{path}!{name}", i.mark, i.location) for i in doc.items]
    return items


def eml(path: str, headers, body: Lines, attachments: list[Doc] = (), clean: bool = False, **kw) -> Doc:
    data, marks, attached = message(headers, body, attachments, ident=path, **kw)
    return Doc(path, data, message_items(path, marks, body, attached), clean)


def mbox(path: str, messages: list[tuple[list, Lines, list]], clean: bool = False) -> Doc:
    """messages: (headers, body, attachments); an mbox's messages are path!0, path!1, …"""
    chunks, items = [], []
    for n, (headers, body, attachments) in enumerate(messages):
        stamp = f"Mon, {2 + n % 20:02d} Nov 2026 1{n % 10}:00:00 +0900"
        data, marks, attached = message(headers, body, attachments, stamp=stamp, ident=f"{path}.{n}")
        text = data.decode("utf-8").replace("\nFrom ", "\n>From ")
        chunks.append(f"From c28@mail.local Mon Nov {2 + n % 20:2d} 1{n % 10}:00:00 2026\n{text}\n")
        items += message_items(f"{path}!{n}", marks, body, attached)
    return Doc(path, "".join(chunks).encode("utf-8"), items, clean)


def zipped(path: str, members: list[Doc], clean: bool = False) -> Doc:
    out = io.BytesIO()
    items = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for doc in members:
            info = zipfile.ZipInfo(doc.path, (2026, 11, 2, 9, 0, 0))
            info.flag_bits |= 0x800  # names in UTF-8
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, doc.data)
            items += [Item(f"{path}!{doc.path}", i.mark, i.location) for i in doc.items]
    return Doc(path, out.getvalue(), items, clean)
