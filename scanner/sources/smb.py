"""An SMB 2/3 share as a source, through smbprotocol's smbclient: walked,
stat'ed and read without mounting. Incremental like a local tree (size + mtime).

The owner and whether everyone may read a file come from its security
descriptor, asked of files about to be read and, on every scan, of known files
that hold findings: a 名簿 opened to Everyone (or closed again) without a change
to its content is seen the next night. (Samba reports the modification time as
the change time, so the change time cannot tell.)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import smbclient
from smbclient._io import SMBFileTransaction, SMBRawIO
from smbprotocol.exceptions import LogonFailure, SMBException, SMBOSError
from smbprotocol.open import FilePipePrinterAccessMask

from inventory.notes import Note
from inventory.store import Scope
from scanner.crawl import CrawlOptions, Entry, matches, screen
from scanner.sources.base import NeedsRead, RemoteOptions, SourceFailure, SourceReadError, failure_entry
from scanner.sources.credentials import find_credentials
from scanner.sources.local import read_bounded
from scanner.sources.smb_security import add_security_query, security_of, summary
from scanner.sources.uris import RemoteRoot

DIRECTORY, REPARSE_POINT = 0x10, 0x400  # FILE_ATTRIBUTE_*
READ_AND_CONTROL = (FilePipePrinterAccessMask.FILE_READ_DATA | FilePipePrinterAccessMask.FILE_READ_ATTRIBUTES
                    | FilePipePrinterAccessMask.READ_CONTROL)
ACCESS_DENIED = 0xC0000022


def _reason(error: BaseException) -> str:
    if isinstance(error, SMBOSError) and error.ntstatus == ACCESS_DENIED:
        return "permission denied"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    cause = error.__cause__  # smbprotocol wraps a socket error in a ValueError
    return getattr(cause, "strerror", None) or str(error) or type(error).__name__


class SmbSource:
    def __init__(self, remote: RemoteRoot, crawl: CrawlOptions, options: RemoteOptions) -> None:
        self.remote, self.crawl, self.options = remote, crawl, options
        self.scope = Scope(remote.account, remote.object_uri(remote.segments) if len(remote.segments) > 1 else None)
        self.failures: list[SourceFailure] = []
        self._session = {"port": remote.port, "connection_cache": {},
                         "connection_timeout": int(crawl.limits.network_timeout)}
        self._down: SourceFailure | None = None
        self._head: tuple[str, bytes] | None = None  # (uri, bytes) read with the descriptor

    def _unc(self, segments: tuple[str, ...]) -> str:
        return "\\\\" + "\\".join((self.remote.host, *segments))

    def entries(self, known: Mapping[str, dict], needs_read: NeedsRead) -> Iterator[Entry]:
        root = self.remote.segments
        try:
            credentials = find_credentials(self.remote, self.options.credentials_file)
            smbclient.register_session(self.remote.host, username=credentials.user,
                                       password=credentials.password, **self._session)
        except SourceFailure as failure:
            yield self._failed(failure, root)
            return
        except LogonFailure:
            yield self._failed(SourceFailure(Note.of("source.login_failed", root=self.remote.display)), root)
            return
        except (SMBException, OSError, ValueError) as error:
            unreachable = Note.of("source.unreachable", root=self.remote.display, detail=_reason(error))
            yield self._failed(SourceFailure(unreachable), root)
            return
        yield from self._walk(root, (), known)

    def _failed(self, failure: SourceFailure, segments: tuple[str, ...]) -> Entry:
        if all(str(failure) != str(told) for told in self.failures):
            self.failures.append(failure)
        return failure_entry(self.scope.root, self.remote.object_uri(segments), failure)

    def _listing(self, segments: tuple[str, ...]) -> list:
        if self._down is not None:  # the connection is gone: what is below is kept as known
            raise self._down
        try:
            return sorted(smbclient.scandir(self._unc(segments), **self._session), key=lambda e: e.name)
        except SMBOSError as error:
            raise SourceFailure(Note.of("source.folder_unreadable", root=self.remote.display,
                                        detail=_reason(error))) from None
        except (SMBException, OSError, ValueError) as error:
            self._down = SourceFailure(Note.of("source.connection_lost", root=self.remote.display,
                                               detail=_reason(error)))
            raise self._down from None

    def _walk(self, segments: tuple[str, ...], relative: tuple[str, ...],
              known: Mapping[str, dict]) -> Iterator[Entry]:
        try:
            items = self._listing(segments)
        except SourceFailure as failure:
            yield self._failed(failure, segments)
            return
        for item in items:
            path, rel = (*segments, item.name), "/".join((*relative, item.name))
            if self.crawl.exclude and matches(rel, self.crawl.exclude):
                continue
            info = item.smb_info
            if info.file_attributes & REPARSE_POINT:
                yield Entry(root=self.scope.root, uri=self.remote.object_uri(path), path=self._unc(path),
                            status="skipped", reason="symbolic link or junction (not followed)")
            elif info.file_attributes & DIRECTORY:
                yield from self._walk(path, (*relative, item.name), known)
            elif not self.crawl.include or matches(rel, self.crawl.include):
                entry = self._file_entry(path, info)
                previous = known.get(entry.uri)
                yield self._checked(entry) if previous and previous["holds_findings"] else entry

    def _file_entry(self, path: tuple[str, ...], info) -> Entry:
        status, reason = screen(path[-1], info.end_of_file, self.crawl)
        return Entry(root=self.scope.root, uri=self.remote.object_uri(path), path=self._unc(path),
                     size=info.end_of_file, mtime=info.last_write_time.timestamp(), status=status, reason=reason)

    def _with_security(self, entry: Entry, owner: str | None, world_readable: bool | None) -> Entry:
        """The change token is the owner and readers: a permission change alone
        makes the file read and recorded again."""
        return entry._replace(owner=owner, world_readable=world_readable, change_token=f"{owner}|{world_readable}")

    def _checked(self, entry: Entry) -> Entry:
        return self._with_security(entry, *security_of(entry.path, self._session))

    def describe(self, entry: Entry) -> Entry:
        """Before a read: the security descriptor and the file's bytes in one round
        trip (open, query, read, close), kept for read() when that is the whole file."""
        self._head = None
        if self._down is not None or not 0 < entry.size:
            return self._checked(entry)
        try:
            raw = SMBRawIO(entry.path, mode="r", share_access="rw", desired_access=READ_AND_CONTROL, **self._session)
            length = min(entry.size + 1, raw.fd.connection.max_read_size)
            with SMBFileTransaction(raw) as transaction:
                add_security_query(transaction)
                transaction += raw.fd.read(0, length, send=False)
        except (SMBException, OSError, ValueError):  # e.g. no READ_CONTROL: each asked alone
            return self._checked(entry)
        descriptor, data = transaction.results
        if len(data) == entry.size:  # all of it, and not grown since the listing
            self._head = (entry.uri, data)
        return self._with_security(entry, *summary(descriptor))

    def read(self, entry: Entry, limit: int) -> bytes:
        if self._down is not None:
            raise SourceReadError(str(self._down))
        if self._head is not None and self._head[0] == entry.uri and len(self._head[1]) < limit:
            data, self._head = self._head[1], None
            return data
        try:
            with smbclient.open_file(entry.path, mode="rb", share_access="rw", **self._session) as handle:
                return read_bounded(handle, entry.size, limit)
        except (SMBException, OSError, ValueError) as error:
            raise SourceReadError(_reason(error)) from None

    def close(self) -> None:
        smbclient.reset_connection_cache(connection_cache=self._session["connection_cache"])
