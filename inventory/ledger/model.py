"""A ledger entry as daicho understands it, with everything parsed from its wording."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from inventory.ledger.counts import DeclaredCount, parse_count
from inventory.ledger.dates import parse_date
from inventory.ledger.items import ParsedItems, parse_items
from inventory.ledger.retention import Retention, parse_retention
from inventory.notes import Note


class LedgerFormatError(ValueError):
    """The ledger was not imported; `problems` lists (row number or 0, reason)."""

    def __init__(self, problems: list[tuple[int, Note]]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"row {row}: {reason}" if row else str(reason) for row, reason in problems))


@dataclass(frozen=True)
class LedgerEntry:
    row: int  # row number in the source, as a spreadsheet shows it
    values: dict[str, str]  # ledger columns as written
    extra: dict[str, str] = field(default_factory=dict)  # other columns, kept
    paths: tuple[str, ...] = ()
    start: dt.date | None = None
    items: ParsedItems = ParsedItems()
    retention: Retention | None = None
    count: DeclaredCount | None = None

    @property
    def name(self) -> str:
        return self.values.get("個人情報名", "")

    @property
    def warnings(self) -> list[Note]:
        notes = []
        if self.retention and self.retention.problem:
            notes.append(self.retention.problem)
        if self.items.unknown:
            notes.append(Note.of("ledger.unknown_items", items=self.items.unknown))
        return notes


def parse_entry(row: int, values: dict[str, str], extra: dict[str, str], paths: tuple[str, ...],
                start: object) -> LedgerEntry:
    """An entry with everything parsed from its wording: on import and again on
    load, so a better parser applies to ledgers already imported."""
    return LedgerEntry(row=row, values=values, extra=extra, paths=paths, start=parse_date(start),
                       items=parse_items(values.get("個人情報の項目", "")),
                       retention=parse_retention(values.get("保管期間", "")),
                       count=parse_count(values.get("件数", "")))
