"""Mail: a message with attachments (.eml, a Maildir file), an mbox of messages, and
zip archives; the truth of a body is located `body:L3`, an attachment's is its own object."""

from __future__ import annotations

import io
import zipfile
from base64 import b64encode
from email.header import Header

from benchmarks.corpus11.model import Item, Lines, marks_of, text_of

BOUNDARY = "=_c11_part_boundary"
MIME = {"csv": "text/csv", "txt": "text/plain", "pdf": "application/pdf",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def message(path: str, headers: dict, body: Lines, attachments=(), date: str = "") -> tuple[bytes, list[Item]]:
    """headers: strings or marks (a sender's own address is personal, unlocated: a header
    line); attachments: (file name, bytes, items written for `path!name`)."""
    head = "".join(f"{k}: {_header(text_of(v))}\n" for k, v in headers.items())
    head += f"Date: {date or 'Wed, 15 Apr 2026 10:12:00 +0900'}\nMIME-Version: 1.0\n"
    text = body.text()
    items = [Item(path, None, m) for v in headers.values() for m in marks_of(v)] + body.items(path, "body:")
    if not attachments:
        raw = head + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + text
        return raw.encode("utf-8"), items
    parts = [f"--{BOUNDARY}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text}"]
    for name, data, inner in attachments:
        encoded = b64encode(data).decode("ascii")
        lines = "\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))
        mime = MIME.get(name.rsplit(".", 1)[-1], "application/octet-stream")
        parts.append(f"--{BOUNDARY}\nContent-Type: {mime}; name=\"{Header(name, 'utf-8').encode()}\"\n"
                     f"Content-Disposition: attachment; filename*=UTF-8''{_quoted(name)}\n"
                     f"Content-Transfer-Encoding: base64\n\n{lines}\n")
        items += [Item(f"{path}!{name}", i.location, i.mark) for i in inner]
    raw = head + f"Content-Type: multipart/mixed; boundary=\"{BOUNDARY}\"\n\n" + "".join(parts) + f"--{BOUNDARY}--\n"
    return raw.encode("utf-8"), items


def _header(value: str) -> str:
    return value if value.isascii() else Header(value, "utf-8").encode()


def _quoted(name: str) -> str:
    from urllib.parse import quote
    return quote(name)


def mbox(path: str, messages: list[tuple[bytes, list[Item]]]) -> tuple[bytes, list[Item]]:
    """Messages one after another, each `path!i` (0-based)."""
    out, items = [], []
    for i, (raw, inner) in enumerate(messages):
        body = raw.replace(b"\nFrom ", b"\n>From ")
        ending = b"\n" if body.endswith(b"\n") else b"\n\n"
        out.append(b"From daicho-corpus Wed Apr 15 10:12:00 2026\n" + body + ending)
        items += [Item(f"{path}!{i}" + it.path[len(_own(it.path)):], it.location, it.mark) for it in inner]
    return b"".join(out), items


def _own(path: str) -> str:
    return path.split("!", 1)[0]


def archive(path: str, members: list[tuple[str, bytes, list[Item]]]) -> tuple[bytes, list[Item]]:
    """A zip of members, each `path!member`."""
    out = io.BytesIO()
    items = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data, inner in members:
            target.writestr(zipfile.ZipInfo(name, (2026, 3, 31, 17, 30, 0)), data, zipfile.ZIP_DEFLATED)
            items += [Item(f"{path}!{name}" + it.path[len(_own(it.path)):], it.location, it.mark) for it in inner]
    return out.getvalue(), items
