"""What corpus 10 is made of: a planted value or look-alike (Mark), its place in a
written object (Item), a written file (Doc), and the parts a line or a cell is
built from (plain text and Marks)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mark:
    """A value to find (or, negative, a look-alike not to report) as written."""

    text: str
    entity_type: str
    kind: str | None = None
    negative: bool = False
    optional: bool = False
    date: str | None = None
    category: str | None = None
    twin: Mark | None = None  # a second reading of the same span (a 本籍 is an address too)


@dataclass(frozen=True)
class Item:
    path: str  # the object: the file, `a.zip!b.csv`, `m.mbox!2`, `m.eml!x.xlsx`
    location: str | None  # where daicho's extraction puts it (None: anywhere in the object)
    mark: Mark


@dataclass
class Doc:
    path: str
    data: bytes
    items: list[Item] = field(default_factory=list)
    kind: str = ""

    @property
    def clean(self) -> bool:
        return not self.items and self.kind.startswith("clean")

    def inside(self, outer: str) -> list[Item]:
        """This document's items as a member or attachment of `outer`."""
        return [Item(f"{outer}!{i.path}", i.location, i.mark) for i in self.items]


Parts = list  # a line or a cell: str and Mark, in order


def value(entity_type: str, text: str, **extra) -> Mark:
    return Mark(text, entity_type, **extra)


def lookalike(entity_type: str, text: str, kind: str) -> Mark:
    return Mark(text, entity_type, kind=kind, negative=True)


def sensitive(category: str, text: str) -> Mark:
    return Mark(text, "SENSITIVE", category=category)


def parts_of(cell) -> list:
    if cell is None:
        return []
    return list(cell) if isinstance(cell, (list, tuple)) else [cell]


def joined(cell) -> tuple[str, list[tuple[int, Mark]]]:
    """The text of a cell or line, and each Mark with its offset in it."""
    text, marks = "", []
    for part in parts_of(cell):
        if isinstance(part, Mark):
            marks.append((len(text), part))
            if part.twin:
                marks.append((len(text), part.twin))
            text += part.text
        else:
            text += str(part)
    return text, marks


def column(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name
