"""Names in paths that hold personal data are stored masked (issue 13.7).

A path is split into names at `/` and `!` (folders, the file, archive members,
attachments); a mailbox or share URL keeps its scheme and server, a message its
UIDVALIDITY:UID. A name in which the detector (scanner.names) found personal data
is stored as its masked form with a short keyed tag of the raw name before its
extension (`履歴書_山 **[3fa9c2e1].docx`), so that two names masked alike stay two
paths; the name's keyed hash and masked form are kept in the `names` table, so a
path walked again is shown the same without detecting anything. Other names are
stored as they are: globs over folders and file types keep matching.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlite_utils import Database

from inventory.keys import name_hmac

TAG_HEX = 8  # 32 bits of the name's keyed hash: names masked alike in one folder stay apart
_SEPARATED = re.compile(r"([/!])")
_URL_HEAD = re.compile(r"^[a-z][a-z0-9+.-]*://[^/]*/?")  # scheme and server of a mailbox or share
_MESSAGE = re.compile(r"\d+:\d+")  # UIDVALIDITY:UID of an IMAP message
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def split_path(uri: str) -> tuple[str, list[str]]:
    """(a URL's scheme and server, then names and separators in turn)."""
    head = _URL_HEAD.match(uri)
    start = head.end() if head else 0
    return uri[:start], _SEPARATED.split(uri[start:])


def is_name(token: str) -> bool:
    """A name worth reading for personal data (not a separator, `.` or a message number)."""
    return token not in ("", "/", "!", ".") and not _MESSAGE.fullmatch(token)


def masked_name(name: str, spans: Iterable[tuple[int, int, str]], name_key: str) -> str:
    """The name with each (start, end, masked) span replaced, tagged before its extension."""
    out, last = [], 0
    for start, end, masked in sorted(spans):
        if start >= last:
            out += [name[last:start], masked]
            last = end
    out.append(name[last:])
    text = "".join(out)
    extension = _EXTENSION.search(text)
    cut = extension.start() if extension and extension.start() >= len(text) - len(name[last:]) else len(text)
    return f"{text[:cut]}[{name_key[:TAG_HEX]}]{text[cut:]}"


class PathNames:
    """Paths shown with the masked names known so far (no detection here)."""

    def __init__(self, key: bytes, known: dict[str, str]) -> None:
        self.key = key
        self.known = known  # name key -> masked name
        self._shown: dict[str, str] = {}  # raw name -> as shown, for names met in this run

    def key_of(self, name: str) -> str:
        return name_hmac(self.key, name)

    def shown(self, name: str) -> str | None:
        """How a name is shown if it is known masked or already looked at, else None."""
        shown = self._shown.get(name)
        if shown is None:
            masked = self.known.get(self.key_of(name))
            if masked is not None:
                self._shown[name] = shown = masked
        return shown

    def remember(self, name: str, shown: str) -> None:
        self._shown[name] = shown

    def display(self, uri: str) -> str:
        """The path as stored, for names known masked (unknown names as they are)."""
        head, tokens = split_path(uri)
        return head + "".join((self.shown(t) or t) if is_name(t) else t for t in tokens)


def load_names(db: Database) -> dict[str, str]:
    return {row[0]: row[1] for row in db.execute("select name_key, masked from names")}


def save_names(db: Database, names: dict[str, str]) -> None:
    """Inside the caller's transaction (with the objects whose paths use them)."""
    db.conn.executemany("insert or ignore into names (name_key, masked) values (?, ?)", list(names.items()))
