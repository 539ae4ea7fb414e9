"""Walk local and mounted trees: no symlink following, lock and temp files
skipped with a reason, permission errors recorded, globs, size limit."""

from __future__ import annotations

import functools
import os
import pwd
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple, Protocol
from pathlib import Path

from inventory.globs import matcher
from inventory.reasons import Reason
from inventory.uris import escape_name
from scanner.extract.kinds import phrase
from scanner.extract.sniff import is_streamed_file
from scanner.limits import DEFAULT_LIMITS, Limits

LOCK_AND_TEMP = ("~$*", ".~lock.*#", "*.tmp", "~*.tmp", "*.swp", "*.crdownload", "*.part")
SYSTEM_FILES = ("Thumbs.db", "desktop.ini", ".DS_Store")
_LOCK_OR_TEMP = matcher(LOCK_AND_TEMP)


def _literal_ends(patterns: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a name must begin or end with to match one of the patterns (the
    literal text before the first or after the last wildcard): most names are
    told apart by this alone, without the regular expression."""
    starts = tuple(p.split("*")[0] for p in patterns if not p.startswith("*"))
    ends = tuple(p.rsplit("*", 1)[-1] for p in patterns if p.startswith("*"))
    return starts, ends


_LOCK_STARTS, _LOCK_ENDS = _literal_ends(LOCK_AND_TEMP)


class Entry(NamedTuple):
    """A file (or a directory that could not be read) found under a root. A tuple:
    one per file of every walk, built fast (a frozen dataclass cost 3x as much)."""

    root: str
    uri: str  # path relative to the root, '/'-separated, display-safe, escaped (inventory.uris)
    path: str  # the real path to open (may hold undecodable bytes as surrogates)
    size: int = 0
    mtime: float = 0.0
    owner: str | None = None
    mode: str | None = None
    status: str = "ok"  # ok / unreadable / skipped / too_large
    reason: str | None = None  # the phrase of code
    code: Reason | None = None  # why it was not read (inventory.reasons)
    is_mail: bool = False  # a Maildir message file or a mailbox message
    world_readable: bool | None = None  # Everyone / Domain Users may read it; None: not known
    change_token: str | None = None  # besides size + mtime, what marks a change (SMB: owner and readers)
    keep_known_under: str | None = None  # an unreadable container: objects known below it are kept


@dataclass(frozen=True)
class CrawlOptions:
    include: tuple[str, ...] = ()  # path globs (inventory.globs), as ledger 対象パス
    exclude: tuple[str, ...] = ()
    follow_symlinks: bool = False
    limits: Limits = DEFAULT_LIMITS


def display_name(name: str) -> str:
    """File names that are not UTF-8 (CP932 from old Windows shares) shown decoded."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
    try:
        return raw.decode("cp932")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="backslashreplace")


def _not_read(status: str, code: Reason, os_error: OSError | None = None, **params: object) -> dict:
    """The Entry fields of an object that is not read: status, code, phrase."""
    reason = phrase(code, **params)
    if os_error is not None and os_error.strerror and code is Reason.IO_ERROR:
        reason += f" ({os_error.strerror})"
    return {"status": status, "code": code, "reason": reason}


def _os_reason(error: OSError) -> Reason:
    return Reason.PERMISSION if isinstance(error, PermissionError) else Reason.IO_ERROR


def uri_of(relative: str) -> str:
    """The location of a path relative to a root, as a crawl names it."""
    return "/".join(escape_name(display_name(part)) for part in relative.split(os.sep))


def is_lock_or_temp(name: str) -> bool:
    if name in SYSTEM_FILES:
        return True
    return (name.startswith(_LOCK_STARTS) or name.endswith(_LOCK_ENDS)) and _LOCK_OR_TEMP(name)


@functools.lru_cache(maxsize=1024)  # uid -> name; a share has few owners
def _owner(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


@functools.lru_cache(maxsize=256)  # a share has few modes
def _mode(st_mode: int) -> str:
    return oct(stat.S_IMODE(st_mode))


_EUID = os.geteuid()
_GROUPS = frozenset({os.getegid(), *os.getgroups()})


def _may_read(path: str, st: os.stat_result) -> bool:
    """Readable by this process? The mode bits of the owner, group or others
    class answer without a system call; os.access is asked when they say no
    (ACLs may still allow). Root reads everything (a share that maps root to
    nobody fails the read itself, which is recorded)."""
    if _EUID == 0:
        return True
    if st.st_uid == _EUID:
        allowed = st.st_mode & stat.S_IRUSR
    elif st.st_gid in _GROUPS:
        allowed = st.st_mode & stat.S_IRGRP
    else:
        allowed = st.st_mode & stat.S_IROTH
    return bool(allowed) or os.access(path, os.R_OK)


def matches(uri: str, patterns: tuple[str, ...]) -> bool:
    """Does any of the globs (inventory.globs) cover a path relative to the root?"""
    return matcher(patterns)(uri)


def _is_maildir_message(parent: str) -> bool:
    """A file in `cur/` or `new/` of a Maildir, or of a Maildir++ sub-folder
    (`.Sent/cur`), which need not have a `tmp/` of its own: the folder beside
    cur/new, or a dot-folder inside a Maildir, says it is one."""
    head, leaf = os.path.split(parent)
    if leaf not in ("cur", "new"):
        return False
    sibling = os.path.join(head, "new" if leaf == "cur" else "cur")
    if os.path.isdir(os.path.join(head, "tmp")) or os.path.isdir(sibling):
        return True
    above, folder = os.path.split(head)
    return folder.startswith(".") and os.path.isdir(os.path.join(above, "cur"))


def _screened(name: str, size: int, options: CrawlOptions, path: str | None = None) -> dict:
    """The Entry fields of a file not to be read, by its name and size; none to
    read it. A local PST is no object of its own size: limits apply to each
    message in it."""
    if is_lock_or_temp(name):
        return _not_read("skipped", Reason.LOCK_OR_TEMP)
    if size > options.limits.max_size and not (path and is_streamed_file(path)):
        return _not_read("too_large", Reason.TOO_LARGE, what="file", size=size, limit=options.limits.max_size)
    return {}


def screen(name: str, size: int, options: CrawlOptions, path: str | None = None) -> tuple[str, str | None]:
    """Status and reason of a file by its name and size, before anything is read."""
    fields = _screened(name, size, options, path)
    return fields.get("status", "ok"), fields.get("reason")


def _file_entry(root: str, uri: str, path: str, st: os.stat_result, options: CrawlOptions,
                in_maildir: bool) -> Entry:
    screened = _screened(uri.rsplit("/", 1)[-1], st.st_size, options, path)
    if not screened and not _may_read(path, st):
        screened = _not_read("unreadable", Reason.PERMISSION)
    return Entry(root, uri, path, st.st_size, st.st_mtime, _owner(st.st_uid), _mode(st.st_mode),
                 is_mail=in_maildir, **screened)


_SPECIAL_KINDS = ((stat.S_ISFIFO, "named pipe (FIFO)"), (stat.S_ISSOCK, "socket"),
                  (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"))


def _special_entry(root: str, uri: str, path: str, st: os.stat_result) -> Entry:
    """A named pipe, socket or device: recorded, never opened (opening a FIFO
    waits for a writer)."""
    kind = next((name for test, name in _SPECIAL_KINDS if test(st.st_mode)), "special file")
    return Entry(root=root, uri=uri, path=path, mtime=st.st_mtime, owner=_owner(st.st_uid),
                 mode=oct(stat.S_IMODE(st.st_mode)), **_not_read("skipped", Reason.SPECIAL_FILE, kind=kind))


class Folders(Protocol):
    """Tells the walk which folders are unchanged since the last scan (scanner.folders)."""

    def unchanged(self, prefix: str, files: list[tuple]) -> bool: ...


def _stats(items: list[os.DirEntry], options: CrawlOptions) -> tuple[list[tuple], list[os.DirEntry]] | None:
    """The stat fields of each file of a folder, and its subfolders; None when a stat
    fails (the folder is walked file by file, which records why). Stats are cached by
    the entries: the walk asks again for nothing."""
    files, folders = [], []
    try:
        for item in items:
            st = item.stat(follow_symlinks=options.follow_symlinks)
            if stat.S_ISDIR(st.st_mode):
                folders.append(item)
            else:
                files.append((item.name, st.st_mode, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino,
                              st.st_uid, st.st_gid))
    except OSError:
        return None
    return files, folders


def _by_name(item: os.DirEntry) -> str:
    return item.name


def _walk(root: str, directory: str, prefix: str, options: CrawlOptions,
          visited: set[tuple[int, int]], folders: Folders | None = None) -> Iterator[Entry]:
    try:
        entries = list(os.scandir(directory))
    except OSError as error:  # what earlier scans found in it is kept (a failed read is not a deletion)
        uri = prefix.rstrip("/") or "."
        yield Entry(root=root, uri=uri, path=directory, keep_known_under=uri,
                    **_not_read("unreadable", _os_reason(error), error, what="listing the directory"))
        return
    if folders is not None and (listed := _stats(entries, options)) is not None \
            and folders.unchanged(prefix, listed[0]):
        entries = listed[1]  # its files are known as they are: only its subfolders are walked
    entries.sort(key=_by_name)
    in_maildir = _is_maildir_message(directory)
    for item in entries:
        uri = prefix + escape_name(display_name(item.name))
        if options.exclude and matches(uri, options.exclude):
            continue
        try:
            if item.is_symlink() and not options.follow_symlinks:
                yield Entry(root=root, uri=uri, path=item.path, **_not_read("skipped", Reason.SYMLINK))
                continue
            st = item.stat(follow_symlinks=options.follow_symlinks)
        except OSError as error:
            yield Entry(root=root, uri=uri, path=item.path,
                        **_not_read("unreadable", _os_reason(error), error, what="stat"))
            continue
        if stat.S_ISDIR(st.st_mode):
            if (st.st_dev, st.st_ino) in visited:  # a loop through followed links
                continue
            visited.add((st.st_dev, st.st_ino))
            yield from _walk(root, item.path, uri + "/", options, visited, folders)
        elif not options.include or matches(uri, options.include):
            yield (_file_entry(root, uri, item.path, st, options, in_maildir) if stat.S_ISREG(st.st_mode)
                   else _special_entry(root, uri, item.path, st))


def crawl(root: str | Path, options: CrawlOptions = CrawlOptions(), folders: Folders | None = None
          ) -> Iterator[Entry]:
    """Entries under root in a stable (sorted) order; none for the files of a folder
    `folders` says is unchanged."""
    root = os.path.abspath(root)
    if os.path.isfile(root):  # a single file given as root
        parent = os.path.dirname(root)
        st = os.stat(root)
        yield _file_entry(parent, uri_of(os.path.basename(root)), root, st, options,
                          _is_maildir_message(parent))
        return
    yield from _walk(root, root, "", options, set(), folders)


def entries_for(root: str | Path, paths: list[str], options: CrawlOptions = CrawlOptions()) -> Iterator[Entry]:
    """Entries for named paths under root (files, or folders walked), with paths
    relative to root as a full crawl names them. Missing paths yield nothing."""
    root = os.path.abspath(root)
    for relative in sorted(set(paths)):
        path = os.path.join(root, relative)
        try:
            st = os.stat(path, follow_symlinks=options.follow_symlinks)
        except OSError:
            continue
        uri = uri_of(relative)
        if options.exclude and matches(uri, options.exclude):
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(root, path, uri + "/", options, set())
        elif stat.S_ISREG(st.st_mode):
            yield _file_entry(root, uri, path, st, options, _is_maildir_message(os.path.dirname(path)))
        else:
            yield _special_entry(root, uri, path, st)
