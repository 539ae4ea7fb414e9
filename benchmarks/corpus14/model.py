"""The pieces of corpus 14: a labelled value (Mark), where it is (Item), a file
(Document), and two builders that remember on which line or cell each value lands."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mark:
    """A value to find, or a look-alike (negative) that names its kind."""

    entity_type: str
    text: str
    category: str | None = None
    date: str | None = None
    negative: bool = False
    optional: bool = False
    kind: str | None = None


def fake(entity_type: str, text: str, kind: str) -> Mark:
    return Mark(entity_type, text, negative=True, kind=kind)


@dataclass(frozen=True)
class Item:
    path: str  # the object: a file, or file!member
    mark: Mark
    location: str | None = None


@dataclass
class Document:
    path: str
    data: bytes
    items: list[Item] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.items


def text_of(value):
    return value.text if isinstance(value, Mark) else value


class Lines:
    """Running text line by line; each Mark keeps its line number (1-based)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.marks: list[tuple[int, Mark]] = []

    def add(self, template: str = "", *values) -> "Lines":
        text = template.format(*(text_of(v) for v in values))
        assert "\n" not in text, text
        for value in values:
            if isinstance(value, Mark):
                self.marks.append((len(self.lines) + 1, value))
        self.lines.append(text)
        return self

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    def located(self, prefix: str = "L") -> list[tuple[Mark, str | None]]:
        return [(m, f"{prefix}{n}" if prefix else None) for n, m in self.marks]


def column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Table:
    """A header and rows whose cells are text or Marks; several Marks may share a cell."""

    header: list[str] | None
    rows: list[list] = field(default_factory=list)
    title: str = "Sheet1"

    def cell_text(self, cell) -> str:
        if isinstance(cell, tuple):
            return "".join(str(text_of(c)) for c in cell)
        return str(text_of(cell))

    def grid(self) -> list[list[str]]:
        body = [[self.cell_text(c) for c in row] for row in self.rows]
        return ([list(self.header)] if self.header else []) + body

    def located(self, prefix: str = "", first_row: int | None = None) -> list[tuple[Mark, str]]:
        start = first_row if first_row is not None else (2 if self.header else 1)
        found = []
        for r, row in enumerate(self.rows):
            for c, cell in enumerate(row):
                for part in cell if isinstance(cell, tuple) else (cell,):
                    if isinstance(part, Mark):
                        found.append((part, f"{prefix}{column(c)}{start + r}"))
        return found
