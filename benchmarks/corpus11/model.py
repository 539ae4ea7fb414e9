"""What a corpus 11 document is: its bytes and the truth planted in it (a mark at a
place of an object: a line, a row of a table, a paragraph)."""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter


@dataclass(frozen=True)
class Mark:
    """A value written into a document: personal (to find), a look-alike (negative)
    or optional (neither right nor wrong when reported)."""

    entity_type: str
    text: str
    category: str | None = None
    date: str | None = None
    negative: bool = False
    kind: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class Item:
    path: str  # the object: a file, `x.zip!member`, `x.eml!attachment`
    location: str | None
    mark: Mark


@dataclass
class Document:
    path: str
    data: bytes
    items: list[Item] = field(default_factory=list)
    clean: bool = False
    kind: str = ""


Part = "str | Mark"


def text_of(parts) -> str:
    """The text of a line or cell given as a string, a mark or a list of them."""
    if isinstance(parts, (str, Mark)):
        parts = [parts]
    return "".join(p.text if isinstance(p, Mark) else p for p in parts)


def marks_of(parts) -> list[Mark]:
    if isinstance(parts, (str, Mark)):
        parts = [parts]
    return [p for p in parts if isinstance(p, Mark)]


class Lines:
    """Lines of text, each a list of strings and marks."""

    def __init__(self) -> None:
        self.lines: list[list] = []

    def add(self, *parts) -> "Lines":
        self.lines.append(list(parts))
        return self

    def blank(self) -> "Lines":
        self.lines.append([])
        return self

    def extend(self, other: "Lines") -> "Lines":
        self.lines.extend(other.lines)
        return self

    def text(self) -> str:
        return "\n".join(text_of(line) for line in self.lines) + "\n"

    def items(self, path: str, prefix: str | None = "") -> list[Item]:
        """Marks located by line (`L3`, `body:L3`), or unlocated when prefix is None."""
        return [Item(path, None if prefix is None else f"{prefix}L{n}", mark)
                for n, line in enumerate(self.lines, 1) for mark in marks_of(line)]


@dataclass
class Table:
    """A header row (or none) and rows of cells (strings, marks or lists of them)."""

    header: list[str] | None
    rows: list[list]
    title: list[str] = field(default_factory=list)  # lines above the header (a sheet's title)

    def cells(self, titled: bool = False):
        """(row number counted from the first written row, column index, cell) of every cell;
        titled: the title lines are written above the header (a sheet's)."""
        start = (len(self.title) if titled else 0) + (1 if self.header else 0)
        for r, row in enumerate(self.rows, start + 1):
            for c, cell in enumerate(row):
                yield r, c, cell


def table_items(path: str, table: Table, unit: str = "", located: bool = True, titled: bool = False) -> list[Item]:
    return [Item(path, f"{unit}{get_column_letter(c + 1)}{r}" if located else None, mark)
            for r, c, cell in table.cells(titled) for mark in marks_of(cell)]
