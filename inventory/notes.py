"""Sentences for people made below the presentation layer (a ledger problem, a
retention rule that cannot be applied) are kept as a catalogue key and its values:
the reader's language is chosen where the note is shown (reports.catalogue.t),
not where it is made."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Note:
    key: str
    values: tuple[tuple[str, Any], ...] = ()  # a value may be a Note, or a list joined for the reader

    @classmethod
    def of(cls, key: str, /, **values: Any) -> Note:
        return cls(key, tuple(values.items()))

    def __str__(self) -> str:  # for a log line or a traceback: the key and its values
        return self.key + "".join(f" {name}={value}" for name, value in self.values)
