"""An IMAP account as a source: each message an object
`imap://host/Folder!UIDVALIDITY:UID` (its attachments become children when it is
extracted), read with BODY.PEEK[] from folders selected read-only, so nothing
is marked \\Seen.

Incremental by identity: a message under one UIDVALIDITY never changes, so a
known UID is reused without a fetch; UIDs not known are fetched (size and date
first, the body only when it is read, in batches bounded by count and bytes);
a UID no longer listed was expunged (its findings end when the scan finishes);
a new UIDVALIDITY makes every URI new, so everything is read again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from imapclient.exceptions import IMAPClientError

from inventory.globs import matcher
from inventory.notes import Note
from inventory.store import Scope
from scanner.crawl import CrawlOptions, Entry, screen
from scanner.sources.base import NeedsRead, RemoteOptions, SourceFailure, SourceReadError, failure_entry
from scanner.sources.credentials import find_credentials
from scanner.sources.imap_session import CONNECTION_ERRORS, close, connect
from scanner.sources.uris import RemoteRoot

LIST_BATCH = 500  # UIDs whose size and date are asked in one FETCH
IMAP_ERRORS = (*CONNECTION_ERRORS, IMAPClientError)
log = logging.getLogger("daicho.imap")


@dataclass(frozen=True)
class Folder:
    name: str  # as the server names it (decoded from modified UTF-7)
    segments: tuple[str, ...]  # split at the server's delimiter

    @property
    def display(self) -> str:
        return "/".join(self.segments)


def message_ref(uri: str) -> tuple[str, int, int]:
    """(folder URI, UIDVALIDITY, UID) of a message URI."""
    folder, _, tail = uri.rpartition("!")
    validity, _, uid = tail.partition(":")
    return folder, int(validity), int(uid)


def known_messages(known: Mapping[str, dict], prefix: str) -> dict[tuple[str, int], dict[int, dict]]:
    """Live messages earlier scans recorded, by (folder URI, UIDVALIDITY), then UID."""
    index: dict[tuple[str, int], dict[int, dict]] = {}
    for uri, previous in known.items():
        if previous["deleted_scan"] is None and uri.startswith(prefix) and "!" in uri:
            try:
                folder, validity, uid = message_ref(uri)
            except ValueError:
                continue  # a folder or account recorded as unreadable
            index.setdefault((folder, validity), {})[uid] = previous
    return index


class ImapSource:
    def __init__(self, remote: RemoteRoot, crawl: CrawlOptions, options: RemoteOptions) -> None:
        self.remote, self.crawl, self.options = remote, crawl, options
        folder_uri = remote.object_uri(remote.segments) if remote.segments else None
        self.scope = Scope(remote.account, folder_uri)
        self.failures: list[SourceFailure] = []
        self.bodies_fetched = 0  # messages whose body was fetched: the cost of a scan
        self._client = None
        self._down: SourceFailure | None = None
        self._selected: tuple[str, int] | None = None  # folder name, UIDVALIDITY
        self._to_read: list[tuple[int, int]] = []  # (uid, size) the pipeline will read, in order
        self._bodies: dict[int, bytes] = {}

    # -- listing ---------------------------------------------------------
    def entries(self, known: Mapping[str, dict], needs_read: NeedsRead) -> Iterator[Entry]:
        account_uri = self.remote.object_uri(()).rstrip("/")
        try:
            self._connect()
            folders = self._folders()
        except (SourceFailure, *IMAP_ERRORS) as error:
            yield self._failed(self._failure(error), self.scope.uri or account_uri)
            return
        index = known_messages(known, account_uri + "/")
        for folder in folders:
            uri = self.remote.object_uri(folder.segments)
            try:
                self._connect()  # again only after a lost connection
                yield from self._folder_entries(folder, uri, index, needs_read)
            except (SourceFailure, *IMAP_ERRORS) as error:
                yield self._failed(self._failure(error), uri)

    def _connect(self) -> None:
        if self._client is not None:
            return
        if self._down is not None:  # one failed reconnect is enough: the rest is kept as known
            raise self._down
        try:
            credentials = find_credentials(self.remote, self.options.credentials_file)
            self._client = connect(self.remote, credentials, self.crawl.limits.network_timeout)
        except SourceFailure as failure:
            self._down = failure
            raise

    def _failure(self, error: BaseException) -> SourceFailure:
        if isinstance(error, SourceFailure):
            return error
        detail = getattr(error, "strerror", None) or str(error) or type(error).__name__
        if isinstance(error, CONNECTION_ERRORS):
            self._drop()
            return SourceFailure(Note.of("source.connection_lost", root=self.remote.display, detail=detail))
        return SourceFailure(Note.of("source.folder_unreadable", root=self.remote.display, detail=detail))

    def _failed(self, failure: SourceFailure, uri: str) -> Entry:
        if all(str(failure) != str(told) for told in self.failures):
            self.failures.append(failure)
        return failure_entry(self.scope.root, uri, failure)

    def _folders(self) -> list[Folder]:
        wanted = self.remote.segments
        folders = []
        for flags, delimiter, name in self._client.list_folders():
            if b"\\Noselect" in flags or b"\\NonExistent" in flags:
                continue
            segments = tuple(name.split(delimiter.decode())) if delimiter else (name,)
            folder = Folder(name, segments)
            if segments[:len(wanted)] != wanted:
                continue
            if self.options.imap_folders and not matcher(self.options.imap_folders)(folder.display):
                continue
            folders.append(folder)
        return sorted(folders, key=lambda f: f.segments)

    def _select(self, name: str) -> int:
        info = self._client.select_folder(name, readonly=True)  # EXAMINE: flags stay as they are
        validity = int(info[b"UIDVALIDITY"])
        self._selected = (name, validity)
        return validity

    def _folder_entries(self, folder: Folder, uri: str, index: dict, needs_read: NeedsRead) -> Iterator[Entry]:
        validity = self._select(folder.name)
        uids = sorted(self._client.search(["ALL"]))  # UID SEARCH: numbers only
        previous = index.get((uri, validity), {})
        for start in range(0, len(uids), LIST_BATCH):
            if self._client is None:
                raise ConnectionError("connection lost while reading")
            chunk = uids[start:start + LIST_BATCH]
            unknown = [uid for uid in chunk if uid not in previous or previous[uid]["size"] is None]
            meta = self._client.fetch(unknown, ["RFC822.SIZE", "INTERNALDATE"]) if unknown else {}
            entries = [entry for uid in chunk
                       if (entry := self._entry(folder, uri, validity, uid, previous.get(uid), meta.get(uid)))]
            self._bodies.clear()
            self._to_read = [(message_ref(e.uri)[2], e.size) for e in entries if needs_read(e)]
            yield from entries

    def _entry(self, folder: Folder, folder_uri: str, validity: int, uid: int,
               previous: dict | None, meta: dict | None) -> Entry | None:
        if meta is not None:
            size, mtime = int(meta[b"RFC822.SIZE"]), meta[b"INTERNALDATE"].timestamp()
        elif previous is not None:  # the same UID under the same UIDVALIDITY: the same message
            size, mtime = previous["size"], previous["mtime"]
        else:
            return None  # expunged between SEARCH and FETCH
        uri = f"{folder_uri}!{validity}:{uid}"
        status, reason = screen(uri, size, self.crawl)  # the size limit (no lock files in a mailbox)
        return Entry(root=self.scope.root, uri=uri, path=folder.name,
                     size=size, mtime=mtime, owner=self.remote.user, status=status, reason=reason,
                     is_mail=True)

    # -- reading ---------------------------------------------------------
    def describe(self, entry: Entry) -> Entry:
        return entry

    def read(self, entry: Entry, limit: int) -> bytes:
        _, validity, uid = message_ref(entry.uri)
        if uid not in self._bodies:
            self._fetch_bodies(entry.path, validity, uid)
        body = self._bodies.pop(uid, None)
        if body is None:
            raise SourceReadError("message no longer on the server (expunged during the scan)")
        return body[:limit]

    def _fetch_bodies(self, folder: str, validity: int, uid: int) -> None:
        """This message and the next ones the pipeline will read, in one FETCH."""
        if self._client is None:
            raise SourceReadError("connection lost")
        self._bodies.clear()
        try:
            if self._selected != (folder, validity) and self._select(folder) != validity:
                raise SourceReadError("UIDVALIDITY changed during the scan")
            batch = self._batch_from(uid)
            response = self._client.fetch(batch, ["BODY.PEEK[]"])
        except IMAP_ERRORS as error:
            if isinstance(error, CONNECTION_ERRORS):
                self._drop()
            raise SourceReadError(f"fetch failed: {error}") from None
        for fetched_uid, data in response.items():
            if b"BODY[]" in data:
                self._bodies[fetched_uid] = data[b"BODY[]"]
        self.bodies_fetched += len(self._bodies)

    def _batch_from(self, uid: int) -> list[int]:
        queued = [pair[0] for pair in self._to_read]
        following = self._to_read[queued.index(uid):] if uid in queued else [(uid, 0)]
        limits, batch, total = self.crawl.limits, [], 0
        for next_uid, size in following:
            if batch and (len(batch) >= limits.fetch_batch or total + size > limits.fetch_batch_bytes):
                break
            batch.append(next_uid)
            total += size
        return batch

    def _drop(self) -> None:
        if self._client is not None:
            self._client.shutdown()
        self._client, self._selected = None, None

    def close(self) -> None:
        log.info("%s: %d message bodies fetched", self.remote.display, self.bodies_fetched)
        close(self._client)
        self._client = None
