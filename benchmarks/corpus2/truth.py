"""Planted values, the text and tables that carry them, and the truth records.

A document is written from `Text` (lines) and `Table` (rows of cells) whose parts
are plain strings or `Mark`s: a planted value with its entity type. The format
writers (`formats.py`) place the parts and turn every mark into an `Item` with
the path of the file in the tree and, where it is cheap to know, the location
that `daicho` reports for it (`L7`, `body:L3`, `名簿!C5`, `table2!B4`, `p12`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Union


@dataclass(frozen=True)
class Mark:
    """A planted value. `negative` marks a look-alike that must not be reported
    (its `entity_type` is what it could be taken for, `kind` what it is);
    `optional` a value that may be reported or not (a 本籍 read as an address,
    a normal check-up value); `date` the calendar date a date stands for;
    `cell` the value a spreadsheet stores when it is not the text (a number)."""

    text: str
    entity_type: str
    category: str | None = None
    negative: bool = False
    kind: str | None = None
    optional: bool = False
    date: str | None = None
    cell: object = None
    also: tuple[str, ...] = ()  # other entity types the text may be reported as (optional for them)


Part = Union[str, Mark]
Cell = Union[Part, tuple, None]  # a tuple holds several parts written into one cell


def person(text: str, **kw) -> Mark:
    return Mark(text, "PERSON", **kw)


def sensitive(text: str, category: str, **kw) -> Mark:
    return Mark(text, "SENSITIVE", category=category, **kw)


def birth(text: str, day: date, **kw) -> Mark:
    return Mark(text, "DATE_OF_BIRTH", date=day.isoformat(), **kw)


def negative(text: str, entity_type: str, kind: str, day: date | None = None) -> Mark:
    return Mark(text, entity_type, negative=True, kind=kind, date=day.isoformat() if day else None)


def other_date(text: str, day: date, kind: str) -> Mark:
    """A date that is not a birth (面談日, 入社日, 受診日): a look-alike."""
    return negative(text, "DATE_OF_BIRTH", kind, day)


def parts_text(parts: tuple | list) -> str:
    return "".join(p.text if isinstance(p, Mark) else p for p in parts)


def cell_parts(cell: Cell) -> tuple:
    if cell is None:
        return ()
    return cell if isinstance(cell, tuple) else (cell,)


def cell_text(cell: Cell) -> str:
    return parts_text(cell_parts(cell))


@dataclass
class Text:
    """Lines of running text with their planted values."""

    lines: list[tuple] = field(default_factory=list)

    def add(self, *parts: Part) -> Text:
        self.lines.append(parts)
        return self

    def extend(self, other: Text) -> Text:
        self.lines.extend(other.lines)
        return self

    def strings(self) -> list[str]:
        return [parts_text(line) for line in self.lines]

    def marks(self) -> Iterator[tuple[int, Mark]]:
        """(0-based line, mark) for every planted value."""
        for number, line in enumerate(self.lines):
            for part in line:
                if isinstance(part, Mark):
                    yield number, part


@dataclass
class Table:
    """Rows of cells; `title` rows stand above the table in a spreadsheet."""

    rows: list[list[Cell]] = field(default_factory=list)
    name: str = "Sheet1"
    title: list[str] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based (row, col, last row, last col)

    def add(self, *cells: Cell) -> Table:
        self.rows.append(list(cells))
        return self

    def strings(self) -> list[list[str]]:
        return [[cell_text(c) for c in row] for row in self.rows]

    def marks(self) -> Iterator[tuple[int, int, Mark]]:
        """(0-based row, 0-based column, mark) for every planted value."""
        for r, row in enumerate(self.rows):
            for c, cell in enumerate(row):
                for part in cell_parts(cell):
                    if isinstance(part, Mark):
                        yield r, c, part

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=1)


@dataclass(frozen=True)
class Item:
    """A mark placed in a file of the tree."""

    path: str
    mark: Mark
    location: str | None = None

    def records(self) -> list[dict]:
        """The truth record, and an optional one for each other type it may be reported as."""
        extra = [Item(self.path, Mark(self.mark.text, t, optional=True), self.location) for t in self.mark.also]
        return [self.record()] + [i.record() for i in extra]

    def record(self) -> dict:
        m = self.mark
        row = {"record": "item", "path": self.path, "entity_type": m.entity_type, "value": m.text}
        optional = {"category": m.category, "location": self.location, "date": m.date, "kind": m.kind}
        row.update({k: v for k, v in optional.items() if v is not None})
        if m.negative:
            row["negative"] = True
        if m.optional:
            row["optional"] = True
        return row

    def inside(self, container: str) -> Item:
        return Item(f"{container}!{self.path}", self.mark, self.location)


@dataclass
class Doc:
    """A file of the tree (or a member of one) with the values planted in it."""

    path: str
    data: bytes
    items: list[Item]
    kind: str
    encoding: str | None = None

    def renamed(self, path: str) -> Doc:
        """The same document under another name (an attachment, an archive member)."""
        items = [Item(path + i.path[len(self.path):], i.mark, i.location) for i in self.items]
        return Doc(path, self.data, items, self.kind, self.encoding)

    @property
    def clean(self) -> bool:
        """No personal data at all (look-alikes may be there)."""
        return not any(not i.mark.negative for i in self.items)

    def file_record(self) -> dict:
        positives = [i for i in self.items if not i.mark.negative and not i.mark.optional]
        categories = sorted({i.mark.entity_type for i in positives})
        return {"record": "file", "path": self.path, "format": self.path.rsplit(".", 1)[-1] if "." in self.path
                else "", "encoding": self.encoding, "template": self.kind, "n_items": len(positives),
                "n_negatives": sum(i.mark.negative for i in self.items), "clean": self.clean,
                "contains_personal": not self.clean, "categories": categories}
