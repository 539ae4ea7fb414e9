"""Folders whose files did not change since the last complete scan of their root:
one comparison each, no work per file (issue 14, the unchanged rescan).

The walk stats every entry of a folder as it must anyway; the files' names and stat
fields (mode, size, mtime and ctime in ns, inode, owner, group) make a keyed
digest, with what else decides how a file is treated (the rules version, the
crawl options, who this process is). When it equals the listing the last complete
scan of the root stored for the folder (inventory.listings), every file in it is
known and reusable as it stands, and the folder yields nothing: its objects count
as seen. Any difference, however small (a ctime moved by a chmod, a file touched
back to its old mtime), walks the folder file by file as before; when every file
of it turns out reused, or read and recorded as the next scan would reuse it, its
new digest is stored at the end of the scan.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from detectors.version import RULES_VERSION
from inventory.keys import name_hmac
from inventory.listings import Listing, RootListings, folder_of
from inventory.names import PathNames
from scanner.crawl import CrawlOptions

Stats = list[tuple]  # one tuple of stat fields per file of a folder (scanner.crawl)
REUSED, READ = "reused", "read"  # what became of a file walked (scanner.pipeline)


def context(options: CrawlOptions) -> bytes:
    """What besides the files decides how a walk treats them (CrawlOptions)."""
    return repr((RULES_VERSION, options.include, options.exclude, options.follow_symlinks,
                 options.limits.max_size, os.geteuid(), sorted({os.getegid(), *os.getgroups()}))).encode()


@dataclass
class _Walked:
    """A folder walked file by file: its digest, and what became of each file."""

    digest: bytes
    files: int = 0
    folder: str | None = None  # as stored, from the objects reused
    reused: int = 0
    read: int = 0  # handed over to be read: confirmed if recorded reusable as they stand
    other: int = 0  # anything else (a file skipped, unreadable, resumed): never confirmed
@dataclass
class FolderCheck:
    """One root's folders during one scan (the crawl asks, the scan tells outcomes)."""

    key: bytes
    listings: RootListings
    options_context: bytes
    report: Callable[[Listing], None] | None = None  # told each folder met unchanged (progress)
    walked: dict[str, _Walked] = field(default_factory=dict)  # prefix as walked -> its files' outcomes

    def _digest(self, files: Stats) -> bytes:
        files.sort()  # marshal's version 2 has no references: the same files, the same bytes
        return hashlib.blake2b(self.options_context + marshal.dumps(files, 2), key=self.key[:64],
                               digest_size=16).digest()

    def unchanged(self, prefix: str, files: Stats) -> bool:
        """Are the files of the folder at prefix (as walked: `a/b/`) as the last
        complete scan left them? If not, the folder is walked file by file."""
        folder_key = name_hmac(self.key, "\x00folder\x00" + prefix)
        digest = self._digest(files)
        known = self.listings.known.get(folder_key)
        if known is not None and known.digest == digest:
            self.listings.unchanged[folder_key] = known
            if self.report is not None:
                self.report(known)
            return True
        self.walked[prefix] = _Walked(digest)
        return False

    def outcome(self, uri: str, what: str | None, stored: str) -> None:
        """What became of a file of a folder walked file by file: REUSED (as stored
        at `stored`), READ, or anything else (None)."""
        walked = self.walked.get(uri[:uri.rfind("/") + 1])
        if walked is None:
            return
        walked.files += 1
        if what == REUSED:
            walked.reused += 1
            walked.folder = walked.folder or folder_of(stored)
        elif what == READ:
            walked.read += 1
        else:
            walked.other += 1

    def confirm(self, names: PathNames, reusable: Iterable[str]) -> RootListings:
        """The scan is over (everything read is recorded): folders whose every file
        was reused, or read and recorded so that the next scan would reuse it
        (`reusable`: their paths as stored), are listed anew."""
        recorded = Counter(folder_of(uri) for uri in reusable)
        for prefix, walked in self.walked.items():
            folder = walked.folder if walked.folder is not None else names.display(prefix)
            if walked.files and not walked.other and walked.reused + recorded[folder] == walked.files:
                folder_key = name_hmac(self.key, "\x00folder\x00" + prefix)
                self.listings.confirmed[folder_key] = Listing(folder, walked.digest, walked.files)
        return self.listings
