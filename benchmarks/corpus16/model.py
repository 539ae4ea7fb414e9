"""What corpus 16 is made of: a mark (a value or a look-alike as it is written), an
item of truth (a mark in an object, at a place), a document; and two builders that
remember where each mark went — lines of text, and rows of cells."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

# the truth's shapes are corpus 15's: the scorer and the shared tests read both alike
from benchmarks.corpus15.model import Doc, Item, Mark

__all__ = ["Doc", "Grid", "Item", "Lines", "Mark", "decoy", "joined", "maybe", "val"]


def val(entity_type: str, text: str, **extra) -> Mark:
    return Mark(entity_type, text, **extra)


def decoy(entity_type: str, text: str, kind: str) -> Mark:
    """A look-alike: written like a personal value, yet not one."""
    return Mark(entity_type, text, negative=True, kind=kind)


def maybe(entity_type: str, text: str) -> Mark:
    """A value neither right nor wrong to report (a stage name, a nickname)."""
    return Mark(entity_type, text, optional=True)


def joined(parts) -> tuple[str, list[Mark]]:
    if isinstance(parts, (str, Mark)) or parts is None:
        parts = [parts]
    out, marks = [], []
    for part in parts:
        if isinstance(part, Mark):
            marks.append(part)
            out.append(part.text)
        elif part:
            out.append(str(part))
    return "".join(out), marks


class Lines:
    """A plain text: each line's string and the marks it carries (lines count from 1)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.marks: list[tuple[int, Mark]] = []

    def put(self, *parts) -> "Lines":
        text, marks = joined(list(parts))
        start = len(self.lines) + 1
        self.lines.extend(text.split("\n"))
        cursor = 0
        for mark in marks:
            at = text.find(mark.text, cursor)
            self.marks.append((start + text[:at].count("\n"), mark))
            cursor = at + len(mark.text)
        return self

    def gap(self) -> "Lines":
        self.lines.append("")
        return self

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    def items(self, path: str, unit: str | None = "") -> list[Item]:
        """unit None: the object gives no line places (a page, a slide, a body daicho reflows)."""
        return [Item(path, m, None if unit is None else f"{unit}L{n}") for n, m in self.marks]


class Grid:
    """Rows of cells (a cell: a string, a mark, or a list of both); rows count from 1."""

    def __init__(self, *header: str) -> None:
        self.rows: list[list[str]] = []
        self.marks: list[tuple[int, int, Mark]] = []
        if header:
            self.add(*header)

    def add(self, *cells) -> "Grid":
        row = len(self.rows) + 1
        texts = []
        for col, cell in enumerate(cells):
            text, marks = joined(cell)
            texts.append(text)
            self.marks.extend((row, col, m) for m in marks)
        self.rows.append(texts)
        return self

    def items(self, path: str, sheet: str | None = None, placed: bool = True, offset: int = 0) -> list[Item]:
        prefix = f"{sheet}!" if sheet else ""
        return [Item(path, m, f"{prefix}{get_column_letter(c + 1)}{r + offset}" if placed else None)
                for r, c, m in self.marks]
