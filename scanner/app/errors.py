"""Domain errors of the application layer: what went wrong as notes for people
(rendered in their language by the CLI) and the exit code it ends with."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from inventory.errors import InventoryError, database_error
from inventory.notes import Note
from scanner.app.exit_codes import ExitCode


class AppError(Exception):
    """Explained on stderr: the note, then one line per detail; exit 1."""

    code = ExitCode.ERROR

    def __init__(self, note: Note, details: Sequence[Note] = ()) -> None:
        super().__init__(str(note))
        self.note, self.details = note, tuple(details)


class UsageProblem(AppError):
    """What the command line asked for cannot be done as given; exit 2."""

    code = ExitCode.USAGE


class InventoryProblem(AppError):
    """The database or key needs a person (inventory.errors): the note and its exit code."""

    CODES = {"corrupt": ExitCode.INVENTORY_DAMAGED, "read_only": ExitCode.INVENTORY_READ_ONLY,
             "full": ExitCode.DISK_FULL, "io": ExitCode.DISK_FULL, "key": ExitCode.KEY_UNAVAILABLE}

    def __init__(self, error: InventoryError) -> None:
        super().__init__(error.note)
        self.code = self.CODES[error.kind]


def inventory_problem(error: BaseException, db_path: str | None) -> InventoryProblem | None:
    """What a person is told of a database or key error met anywhere in a command
    (a full disk in the middle of a scan, a database damaged under a report); None
    for any other error."""
    if isinstance(error, InventoryError):
        return InventoryProblem(error)
    if isinstance(error, sqlite3.Error):
        found = database_error(error, db_path or "")
        return InventoryProblem(found) if found else None
    return None


def problem(key: str, /, **values: object) -> AppError:
    return AppError(Note.of(key, **values))


def usage_problem(key: str, /, **values: object) -> UsageProblem:
    return UsageProblem(Note.of(key, **values))
