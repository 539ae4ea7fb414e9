"""What corpus 15 is made of: marks (a value or a look-alike as written), the
items of truth (a mark in an object, at a place) and the documents; a text and
a table that remember where each mark went."""

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


def value(entity_type: str, text: str, **extra) -> Mark:
    return Mark(entity_type, text, **extra)


def fake(entity_type: str, text: str, kind: str) -> Mark:
    """A look-alike: text that is not the personal value it resembles."""
    return Mark(entity_type, text, negative=True, kind=kind)


def alias(text: str) -> Mark:
    """A 芸名 or pen name: a person's other name, neither right nor wrong to report."""
    return Mark("PERSON", text, optional=True)


def sensitive(category: str, text: str) -> Mark:
    return Mark("SENSITIVE", text, category=category)


Part = str | Mark | None


def flat(parts) -> tuple[str, list[Mark]]:
    """The text of some parts (strings and marks) and the marks among them."""
    if isinstance(parts, (str, Mark)) or parts is None:
        parts = [parts]
    text, marks = "", []
    for part in parts:
        if isinstance(part, Mark):
            marks.append(part)
            text += part.text
        elif part:
            text += part
    return text, marks


class Text:
    """Lines of a plain text (or an e-mail body, a page) and the marks of each line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.marks: list[tuple[int, Mark]] = []

    def add(self, *parts: Part) -> "Text":
        text, marks = flat(list(parts))
        for piece in text.split("\n"):
            self.lines.append(piece)
        first = len(self.lines) - text.count("\n")
        for mark in marks:
            before = text[:text.find(mark.text)].count("\n") if mark.text in text else 0
            self.marks.append((first + before, mark))
        return self

    def blank(self) -> "Text":
        self.lines.append("")
        return self

    def string(self) -> str:
        return "\n".join(self.lines) + "\n"

    def items(self, path: str, prefix: str | None = "") -> list[Item]:
        """prefix None: the object has no line places (a docx, a pdf page)."""
        return [Item(path, mark, None if prefix is None else f"{prefix}L{line}") for line, mark in self.marks]


class Table:
    """Rows of cells; a cell is parts (strings and marks). Rows count from 1."""

    def __init__(self, header: list[str] | None = None) -> None:
        self.rows: list[list[str]] = []
        self.marks: list[tuple[int, int, Mark]] = []
        if header:
            self.row(*header)

    def row(self, *cells) -> "Table":
        number = len(self.rows) + 1
        texts = []
        for column, cell in enumerate(cells):
            text, marks = flat(cell)
            texts.append(text)
            self.marks.extend((number, column, mark) for mark in marks)
        self.rows.append(texts)
        return self

    def items(self, path: str, sheet: str | None = None, placed: bool = True) -> list[Item]:
        unit = f"{sheet}!" if sheet else ""
        return [Item(path, mark, f"{unit}{get_column_letter(col + 1)}{row}" if placed else None)
                for row, col, mark in self.marks]
