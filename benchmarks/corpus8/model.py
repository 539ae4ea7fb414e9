"""The pieces of corpus 8: a planted mark, its place in an object, a document.

A document's content is written as lines of parts (plain text or a Mark) or as
tables of cells; a renderer (render.py) turns it into bytes of a format and says
where each mark landed, so the truth is kept beside the bytes, never re-found."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mark:
    """A value written into a document: one to find, a look-alike (negative) or an
    optional value (a 本籍 that may be read as an address, a normal check-up value)."""

    entity_type: str
    text: str
    category: str | None = None
    date: str | None = None  # ISO day of a birth
    negative: bool = False
    optional: bool = False
    kind: str | None = None  # what a look-alike is (own_phone, order_number …)


@dataclass(frozen=True)
class Item:
    path: str  # object path: file, file!member, file!0!attachment
    location: str | None
    mark: Mark


@dataclass
class Document:
    path: str
    data: bytes
    items: list[Item] = field(default_factory=list)
    clean: bool = False


def neg(entity_type: str, text: str, kind: str) -> Mark:
    return Mark(entity_type, text, negative=True, kind=kind)


def sens(category: str, text: str) -> Mark:
    return Mark("SENSITIVE", text, category=category)


Line = list  # of str | Mark


def plain(part) -> str:
    return part.text if isinstance(part, Mark) else str(part)


def joined(parts) -> str:
    """A line or a cell as text."""
    if isinstance(parts, (str, Mark)):
        return plain(parts)
    return "".join(plain(p) for p in parts)


def marks_of(parts) -> list[Mark]:
    if isinstance(parts, Mark):
        return [parts]
    if isinstance(parts, str):
        return []
    return [p for p in parts if isinstance(p, Mark)]
