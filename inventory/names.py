"""Names in paths that hold personal data are stored masked (issue 13.7).

A path is split into names at `/` and `!` (folders, the file, archive members,
attachments); a mailbox or share URL keeps its scheme and server, a message its
UIDVALIDITY:UID. Names are read as the path holds them, escaped (inventory.uris),
so the masked form stays escaped; the mark of the 2nd, 3rd … object of one name
(`名簿.csv#2`) is no part of the name: both are masked alike, their marks kept.
A name in which the detector (scanner.names) found personal data is stored as its
masked form with a short keyed tag of the raw name before its extension
(`履歴書_山 **[3fa9c2e1].docx`), so that two names masked alike stay two paths;
the name's keyed hash and masked form are kept in the `names` table, so a path
walked again is shown the same without detecting anything. Other names are
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
_REPEAT = re.compile(r"#[0-9]+$")  # inventory.uris.REPEAT_MARK and the occurrence


def split_path(uri: str) -> tuple[str, list[str]]:
    """(a URL's scheme and server, then names and separators in turn)."""
    head = _URL_HEAD.match(uri)
    start = head.end() if head else 0
    return uri[:start], _SEPARATED.split(uri[start:])


def is_name(token: str) -> bool:
    """A name worth reading for personal data (not a separator, `.` or a message number)."""
    return token not in ("", "/", "!", ".") and not _MESSAGE.fullmatch(token)


def split_repeat(token: str) -> tuple[str, str]:
    """(the name, the mark of a repeated one: `#2`, or "")."""
    mark = _REPEAT.search(token)
    return (token[:mark.start()], mark.group()) if mark and mark.start() else (token, "")


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


def concealed_name(name: str, name_key: str) -> str:
    """A name never read for personal data, stored all the same: masked whole but
    for its extension (`****[3fa9c2e1].pdf`)."""
    extension = _EXTENSION.search(name)
    stem = extension.start() if extension and extension.start() else len(name)
    return masked_name(name, [(0, stem, "****")], name_key)


class PathNames:
    """Paths shown with the masked names known so far (no detection here): those of
    the `names` table, and names met in this run (learnt from stored paths)."""

    def __init__(self, key: bytes, known: dict[str, str]) -> None:
        self.key = key
        self.known = known  # name key -> masked name
        self._shown: dict[str, str] = {}  # raw name -> as shown, for names met in this run

    def key_of(self, name: str) -> str:
        return name_hmac(self.key, name)

    def shown(self, name: str) -> str | None:
        """How a name (without its repeat mark) is shown if it is known masked or
        already looked at, else None."""
        shown = self._shown.get(name)
        if shown is None:
            masked = self.known.get(self.key_of(name)) if self.known else None
            if masked is not None:
                self._shown[name] = shown = masked
        return shown

    def remember(self, name: str, shown: str) -> None:
        self._shown[name] = shown

    def forget(self) -> None:
        """Drop the names met (a long-lived worker bounds its memory)."""
        self._shown.clear()

    def display(self, uri: str) -> str:
        """The path as stored, for names known masked (unknown names as they are)."""
        head, tokens = split_path(uri)
        return head + "".join(self._token(t) if is_name(t) else t for t in tokens)

    def _token(self, token: str) -> str:
        name, mark = split_repeat(token)
        return (self.shown(name) or name) + mark

    def unknown(self, uri: str) -> bool:
        """Does the path hold a name never read (neither known masked nor met)?"""
        return any(self.shown(split_repeat(t)[0]) is None for t in split_path(uri)[1] if is_name(t))

    def hints(self, uri: str) -> tuple[tuple[str, str], ...]:
        """(name, as shown) of the path's names known: a worker need not read them."""
        names = (split_repeat(t)[0] for t in split_path(uri)[1] if is_name(t))
        return tuple((name, shown) for name in dict.fromkeys(names) if (shown := self.shown(name)) is not None)

    def learn(self, uri: str, stored: str) -> None:
        """A path as the inventory holds it: its names are shown as stored there
        (no detection: an object recorded again unread costs none)."""
        tokens = split_path(uri)[1]
        stored_tokens = tokens if stored == uri else split_path(stored)[1]  # (most paths hold no name masked)
        if len(tokens) == len(stored_tokens):
            for token, shown in zip(tokens, stored_tokens):
                name = split_repeat(token)[0]
                if is_name(token) and self.shown(name) is None:
                    self.remember(name, split_repeat(shown)[0])


def load_names(db: Database) -> dict[str, str]:
    return {row[0]: row[1] for row in db.execute("select name_key, masked from names")}


def save_names(db: Database, names: dict[str, str]) -> None:
    """Inside the caller's transaction (with the objects whose paths use them)."""
    if names:  # most objects bring none (a statement each, for a first scan's single writer)
        db.conn.executemany("insert or ignore into names (name_key, masked) values (?, ?)", list(names.items()))
