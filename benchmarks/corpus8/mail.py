"""Mail and archives: a message with its attachments (.eml), an mbox of messages,
a zip of members; each gives its bytes and where every mark is inside it
(`!attachment`, `!0` for the first message of an mbox, `!member`)."""

from __future__ import annotations

import base64
import io
import zipfile
from email.header import Header
from email.utils import formataddr

from benchmarks.corpus8.model import joined, marks_of

Inside = list  # of (sub-path, Mark, location | None)


def address(name, mail) -> tuple[str, Inside]:
    """A header address; the marks in it are placed in the object without a line."""
    display = joined(name) if name else ""
    found = [("", m, None) for m in marks_of(name or [])] + [("", m, None) for m in marks_of(mail)]
    text = formataddr((str(Header(display, "utf-8")), joined(mail))) if display else joined(mail)
    return text, found


def message(sender: tuple, to: tuple, subject: str, date: str, lines: list,
            attachments: list[tuple[str, bytes, Inside]] = (), msgid: str = "c8") -> tuple[bytes, Inside]:
    head_from, found = address(*sender)
    head_to, more = address(*to)
    found += more
    body = "\n".join(joined(line) for line in lines) + "\n"
    found += [("", m, f"body:L{n}") for n, line in enumerate(lines, 1) for m in marks_of(line)]
    head = (f"From: {head_from}\nTo: {head_to}\nSubject: {Header(subject, 'utf-8').encode()}\nDate: {date}\n"
            f"Message-ID: <{msgid}@mail.example.jp>\nMIME-Version: 1.0\n")
    if not attachments:
        text = head + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body
        return text.encode("utf-8"), found
    boundary = "==c8_boundary_" + str(len(body))
    parts = [head + f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n',
             f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}"]
    for name, data, inside in attachments:
        encoded = base64.encodebytes(data).decode("ascii")
        parts.append(f"--{boundary}\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n"
                     f"Content-Disposition: attachment; filename*=utf-8''{_quote(name)}\n\n{encoded}")
        found += [(f"!{name}{sub}", m, loc) for sub, m, loc in inside]
    parts.append(f"--{boundary}--\n")
    return "".join(parts).encode("utf-8"), found


def _quote(name: str) -> str:
    from urllib.parse import quote
    return quote(name, safe="")


def mbox(messages: list[tuple[bytes, Inside]]) -> tuple[bytes, Inside]:
    out, found = [], []
    for i, (data, inside) in enumerate(messages):
        out.append(b"From MAILER-DAEMON Thu Nov  6 09:00:00 2026\n" + data.replace(b"\nFrom ", b"\n>From ") + b"\n")
        found += [(f"!{i}{sub}", m, loc) for sub, m, loc in inside]
    return b"".join(out), found


def archive(members: list[tuple[str, bytes, Inside]]) -> tuple[bytes, Inside]:
    out = io.BytesIO()
    found = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive_file:
        for name, data, inside in members:
            archive_file.writestr(zipfile.ZipInfo(name, (2026, 10, 1, 9, 0, 0)), data)
            found += [(f"!{name}{sub}", m, loc) for sub, m, loc in inside]
    return out.getvalue(), found


def flat(placed: list) -> Inside:
    """A renderer's (mark, location) pairs as marks of the object itself."""
    return [("", m, loc) for m, loc in placed]


