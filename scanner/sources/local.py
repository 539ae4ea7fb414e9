"""Local and mounted trees: the crawl, and files read up to the size limit."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from typing import BinaryIO

from inventory.store import Scope
from scanner.crawl import CrawlOptions, Entry, Folders, crawl, uri_of
from scanner.sources.base import NeedsRead, SourceFailure


def scope_of(root: str) -> Scope:
    root = os.path.abspath(root)
    if os.path.isfile(root):
        return Scope(os.path.dirname(root), uri_of(os.path.basename(root)))
    return Scope(root)


def read_bounded(handle: BinaryIO, size: int, limit: int) -> bytes:
    """At most limit bytes. read(limit) alone would allocate the whole limit
    (200 MB) for every small file: the size known beforehand is asked first."""
    data = handle.read(min(size + 1, limit))
    if len(data) > size:  # grown since: read on to the limit
        data += handle.read(limit - len(data))
    return data


def read_up_to(path: str, limit: int) -> bytes:
    with open(path, "rb") as handle:
        return read_bounded(handle, os.fstat(handle.fileno()).st_size, limit)


def read_local(entry: Entry, limit: int) -> bytes:
    return read_up_to(entry.path, limit)


class LocalSource:
    def __init__(self, root: str, options: CrawlOptions) -> None:
        self.root, self.options = root, options
        self.scope = scope_of(root)
        self.failures: list[SourceFailure] = []

    def entries(self, known: Mapping[str, dict], needs_read: NeedsRead, folders: Folders | None = None
                ) -> Iterator[Entry]:
        """The crawl; none for the files of folders `folders` says are unchanged."""
        return crawl(self.root, self.options, folders)

    def describe(self, entry: Entry) -> Entry:
        return entry

    def read(self, entry: Entry, limit: int) -> bytes:
        return read_local(entry, limit)

    def close(self) -> None:
        pass
