"""What the pipeline asks of every source (a local tree, an IMAP account, an SMB
share): entries with their identity and change token, then bytes, bounded.

Reading bytes is all a source does; extraction and detection happen elsewhere,
so the two can later run in different processes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

from inventory.notes import Note
from inventory.store import Scope
from reports.catalogue import t
from scanner.crawl import Entry

NeedsRead = Callable[[Entry], bool]  # the pipeline's verdict: this entry will be read


@dataclass(frozen=True)
class RemoteOptions:
    imap_folders: tuple[str, ...] = ()  # globs over folder paths (INBOX, 人事/*); all when empty
    credentials_file: str | None = None  # netrc format, mode 0600


class SourceFailure(Exception):
    """A root or folder that could not be reached: a note for the admin (a
    `source.*` catalogue key, rendered in the reader's language where it is shown)
    and, as its text, the reason stored with the object (English, like every
    stored reason)."""

    def __init__(self, note: Note) -> None:
        super().__init__(t(note, "en"))
        self.note = note


class SourceReadError(OSError):
    """One object's bytes could not be fetched; it is recorded unreadable."""

    def __init__(self, reason: str) -> None:
        super().__init__(None, reason)


class Source(Protocol):
    scope: Scope  # the inventory's root key (never a password) and what this scan covers
    failures: list[SourceFailure]  # what the admin is told after the scan

    def entries(self, known: Mapping[str, dict], needs_read: NeedsRead) -> Iterator[Entry]:
        """Entries under the scope; `known` is what earlier scans recorded (by uri)."""

    def describe(self, entry: Entry) -> Entry:
        """The entry with what is worth asking only of objects about to be read
        (owner, who may read it)."""

    def read(self, entry: Entry, limit: int) -> bytes:
        """At most `limit` bytes of the object; OSError when it cannot be read."""

    def close(self) -> None: ...


def failure_entry(root: str, uri: str, failure: SourceFailure) -> Entry:
    """A container that could not be read, recorded with its reason; what earlier
    scans found under it keeps its findings (a failed read is not a deletion)."""
    return Entry(root=root, uri=uri, path="", status="unreadable", reason=str(failure), keep_known_under=uri)

