"""Problems with the inventory's database or key that a person must solve: a
damaged file, one that may not be written, a full disk, a key folder out of reach.
Each is a note (a catalogue key, shown in the reader's language) and a kind the
application layer gives an exit code; the database itself is left as it was
(every write is a transaction) and an interrupted scan resumes."""

from __future__ import annotations

import errno
import sqlite3

from inventory.notes import Note

# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode & 0xff)
_KINDS = {
    11: "corrupt",  # SQLITE_CORRUPT: database disk image is malformed
    26: "corrupt",  # SQLITE_NOTADB: file is not a database
    8: "read_only",  # SQLITE_READONLY
    3: "read_only",  # SQLITE_PERM
    14: "read_only",  # SQLITE_CANTOPEN: the file, or its -wal/-shm beside it, cannot be opened to write
    13: "full",  # SQLITE_FULL
    10: "io",  # SQLITE_IOERR
}
_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT)


class InventoryError(Exception):
    """kind: corrupt / read_only / full / io / key."""

    def __init__(self, kind: str, note: Note) -> None:
        super().__init__(str(note))
        self.kind, self.note = kind, note


def _detail(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error) or type(error).__name__


def database_error(error: sqlite3.Error, path: str) -> InventoryError | None:
    """The problem a SQLite error tells of, or None when it is not one of the disk
    or the file (a bug stays a bug)."""
    code = getattr(error, "sqlite_errorcode", None)
    kind = _KINDS.get(code & 0xFF) if code is not None else None
    if kind == "io" and "full" in str(error):  # some file systems report ENOSPC as an I/O error
        kind = "full"
    if kind is None:
        return None
    return InventoryError(kind, Note.of(f"inventory.{kind}", path=path, detail=_detail(error)))


def key_error(error: OSError | ValueError, path: str) -> InventoryError:
    """The key file or its folder (DAICHO_HOME) could not be created or read."""
    if isinstance(error, OSError) and error.errno in _FULL_ERRNOS:
        return InventoryError("full", Note.of("inventory.full", path=path, detail=_detail(error)))
    return InventoryError("key", Note.of("inventory.key", path=path, detail=_detail(error)))


def file_error(error: OSError, path: str) -> InventoryError:
    """The database file (or its folder) could not be created."""
    if error.errno in _FULL_ERRNOS:
        return InventoryError("full", Note.of("inventory.full", path=path, detail=_detail(error)))
    return InventoryError("read_only", Note.of("inventory.read_only", path=path, detail=_detail(error)))
