"""What the pipeline asks of every source (a local tree, an IMAP account, an SMB
share): entries with their identity and change token, then bytes, bounded.

Reading bytes is all a source does; extraction and detection happen elsewhere,
so the two can later run in different processes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

from inventory.store import Scope
from scanner.crawl import Entry
from scanner.sources.messages import text

NeedsRead = Callable[[Entry], bool]  # the pipeline's verdict: this entry will be read


@dataclass(frozen=True)
class RemoteOptions:
    imap_folders: tuple[str, ...] = ()  # globs over folder paths (INBOX, 人事/*); all when empty
    credentials_file: str | None = None  # netrc format, mode 0600
    timeout: float = 30.0  # seconds, per network operation


def remote_options(section: Mapping[str, object]) -> RemoteOptions:
    """From the [scan] section of the configuration (`imap_folders`, `credentials`)."""
    return RemoteOptions(imap_folders=tuple(section.get("imap_folders", ())),  # type: ignore[arg-type]
                         credentials_file=section.get("credentials"))  # type: ignore[arg-type]


class SourceFailure(Exception):
    """A root or folder that could not be reached: a message for the admin, in
    either language, and a reason to store (English, like every stored reason)."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(text(key, "en", **params))
        self.key, self.params = key, params

    def text(self, lang: str) -> str:
        return text(self.key, lang, **self.params)


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


def within(uri: str, container: str) -> bool:
    return uri == container or uri.startswith((container + "/", container + "!"))
