"""Domain errors of the application layer: what went wrong as notes for people
(rendered in their language by the CLI) and the exit code it ends with."""

from __future__ import annotations

from collections.abc import Sequence

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


def problem(key: str, /, **values: object) -> AppError:
    return AppError(Note.of(key, **values))


def usage_problem(key: str, /, **values: object) -> UsageProblem:
    return UsageProblem(Note.of(key, **values))
