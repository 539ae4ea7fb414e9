"""mbox files: each message a child named by its 0-based index (`y.mbox!3`).

Split in memory: the stdlib mailbox.mbox wants a path, and an mbox that is an
attachment or archive member would have to be written to disk, raw, first.
"""

from __future__ import annotations

import re

from inventory.reasons import Reason
from scanner.extract.base import Child, Extraction, ExtractionError

_SEPARATOR = re.compile(rb"^From .*\r?\n", re.MULTILINE)
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)  # mboxrd quoting


def split_mbox(data: bytes) -> list[bytes]:
    starts = [m for m in _SEPARATOR.finditer(data)
              if m.start() == 0 or data[m.start() - 1:m.start()] == b"\n"]
    messages = []
    for i, match in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(data)
        messages.append(_QUOTED_FROM.sub(rb"\1", data[match.end():end]))
    return messages


def extract_mbox(data: bytes) -> Extraction:
    if data.strip() and not data.lstrip().startswith(b"From "):  # an mbox starts with its first From line
        raise ExtractionError(Reason.NOT_MAIL)
    children = [Child(name=str(i), data=m, kind="message") for i, m in enumerate(split_mbox(data))]
    return Extraction(format="mbox", children=children)
