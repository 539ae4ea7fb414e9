"""The shapes of corpus 12: a mark (a value to find, a look-alike or an optional
value), a placed item, a generated document, and the two builders every writer
uses — lines of text and tables — which keep each mark where it is written."""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter


@dataclass(frozen=True)
class Mark:
    entity_type: str
    text: str
    category: str | None = None
    date: str | None = None
    negative: bool = False
    optional: bool = False
    kind: str | None = None


@dataclass(frozen=True)
class Item:
    path: str
    mark: Mark
    location: str | None


@dataclass
class Doc:
    path: str
    data: bytes
    items: list[Item] = field(default_factory=list)
    clean: bool = False


def val(entity_type: str, text: str, date: str | None = None) -> Mark:
    return Mark(entity_type, text, date=date)


def sens(category: str, text: str) -> Mark:
    return Mark("SENSITIVE", text, category=category)


def neg(entity_type: str, text: str, kind: str) -> Mark:
    return Mark(entity_type, text, negative=True, kind=kind)


def opt(entity_type: str, text: str, category: str | None = None) -> Mark:
    return Mark(entity_type, text, category=category, optional=True)


def flat(parts) -> tuple[str, list[Mark]]:
    """A cell or a line of parts (strings and marks; a list nests) as text and its marks."""
    if isinstance(parts, Mark):
        return parts.text, [parts]
    if isinstance(parts, str):
        return parts, []
    text, marks = "", []
    for part in parts:
        t, m = flat(part)
        text += t
        marks += m
    return text, marks


class Lines:
    """Text written line by line; a line is a sequence of strings and marks."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, list[Mark]]] = []

    def add(self, *parts) -> "Lines":
        self.rows.append(flat(list(parts)))
        return self

    def blank(self) -> "Lines":
        return self.add("")

    def extend(self, other: "Lines") -> "Lines":
        self.rows += other.rows
        return self

    def text(self, newline: str = "\n") -> str:
        return newline.join(t for t, _ in self.rows) + newline

    def placed(self, prefix: str = "", first: int = 1, lines: bool = True) -> list[tuple[Mark, str | None]]:
        return [(m, f"{prefix}L{n}" if lines else None) for n, (_, marks) in enumerate(self.rows, first) for m in marks]


@dataclass
class Table:
    """A header (None: headerless) and rows of cells; `above`: title lines (a string) or
    group headers (a list of cells) before it."""

    header: list[str] | None
    rows: list[list] = field(default_factory=list)
    above: list = field(default_factory=list)

    def add(self, *cells) -> "Table":
        self.rows.append(list(cells))
        return self

    def grid(self) -> list[list[tuple[str, list[Mark]]]]:
        top = [[(cell, []) for cell in ([line] if isinstance(line, str) else line)] for line in self.above]
        head = [[(h, []) for h in self.header]] if self.header else []
        return top + head + [[flat(cell) for cell in row] for row in self.rows]

    def placed(self, prefix: str = "", first: int = 1) -> list[tuple[Mark, str]]:
        return [(m, f"{prefix}{get_column_letter(c + 1)}{r}") for r, row in enumerate(self.grid(), first)
                for c, (_, marks) in enumerate(row) for m in marks]


def single(path: str, rendered: tuple[bytes, list], clean: bool = False) -> Doc:
    """A file of one object: its bytes and its placed marks."""
    data, placed = rendered
    return Doc(path, data, [Item(path, mark, location) for mark, location in placed], clean)


def in_turn(count: int, writers: list) -> list[Doc]:
    """`count` files, each written by the next writer in turn (a writer takes the file's number)."""
    return [writers[number % len(writers)](number) for number in range(count)]
