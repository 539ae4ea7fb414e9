"""What corpus 13 plants and where: a mark (a value, a look-alike or an optional
value), an item (a mark in an object at a place) and a document (a file's bytes
with its items); builders that count lines and cells as they are written, so that
every mark knows its place without reading the file back."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mark:
    entity_type: str
    text: str
    negative: bool = False
    kind: str | None = None
    category: str | None = None
    date: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class Item:
    path: str
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


Part = "str | Mark | list"


def flatten(parts) -> tuple[str, list[Mark]]:
    """The text of a run of parts and the marks written in it."""
    if isinstance(parts, Mark):
        return parts.text, [parts]
    if isinstance(parts, str):
        return parts, []
    if isinstance(parts, tuple):  # marks of one span: its text written once
        return parts[0].text, list(parts)
    text, marks = "", []
    for part in parts:
        piece, found = flatten(part)
        text += piece
        marks += found
    return text, marks


def display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0xFF else 1 for ch in text)


def fixed(*fields) -> list:
    """A fixed-width record: (part, width) pairs, each padded with spaces to its display width."""
    parts = []
    for part, width in fields:
        text, _ = flatten(part)
        parts += [part, " " * max(1, width - display_width(text))]
    return parts


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class Lines:
    """A text written line by line: each mark placed at `prefix` + L<line>
    (prefix: `body:` for a mail body; located=False for formats whose lines
    daicho counts its own way — the mark then holds for the whole object)."""

    def __init__(self, prefix: str = "", located: bool = True) -> None:
        self.lines: list[str] = []
        self.placed: list[tuple[Mark, str | None]] = []
        self.prefix, self.located = prefix, located

    def add(self, *parts) -> "Lines":
        text, marks = flatten(list(parts))
        for piece in text.split("\n"):
            self.lines.append(piece)
        where = f"{self.prefix}L{len(self.lines)}" if self.located and "\n" not in text else None
        self.placed += [(mark, where) for mark in marks]
        return self

    def blank(self) -> "Lines":
        self.lines.append("")
        return self

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    def items(self, path: str) -> list[Item]:
        return [Item(path, mark, where) for mark, where in self.placed]


class Grid:
    """A table of cells (str, Mark or a list of parts), each mark at its cell:
    `A5` in a CSV, `名簿!A5` in a workbook's sheet (`sheet` given)."""

    def __init__(self, sheet: str | None = None, located: bool = True) -> None:
        self.rows: list[list[str]] = []
        self.placed: list[tuple[Mark, str | None]] = []
        self.sheet, self.located = sheet, located
        self.merged: list[str] = []  # ranges merged in a workbook ("D1:E1")

    def row(self, *cells) -> "Grid":
        texts = []
        for column, cell in enumerate(cells):
            text, marks = flatten(cell)
            texts.append(text)
            where = f"{column_letter(column)}{len(self.rows) + 1}"
            where = (f"{self.sheet}!{where}" if self.sheet else where) if self.located else None
            self.placed += [(mark, where) for mark in marks]
        self.rows.append(texts)
        return self

    def items(self, path: str) -> list[Item]:
        return [Item(path, mark, where) for mark, where in self.placed]
