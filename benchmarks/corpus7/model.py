"""What corpus 7 plants: a mark (a value to find, a look-alike or an optional value)
placed in a line or a cell, and the documents that carry them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mark:
    """A value written into a document, with what the truth says of it."""

    entity_type: str
    text: str
    category: str | None = None
    date: str | None = None  # ISO day of a birth
    negative: bool = False  # a look-alike: flagging it is an error
    optional: bool = False  # counted neither way (a 本籍 read as an address)
    kind: str | None = None  # what a look-alike is (org_phone, pet_birth …)


def value(entity_type: str, text: str, **extra) -> Mark:
    return Mark(entity_type, text, **extra)


def lookalike(kind: str, entity_type: str, text: str) -> Mark:
    return Mark(entity_type, text, negative=True, kind=kind)


def sensitive(category: str, text: str) -> Mark:
    return Mark("SENSITIVE", text, category=category)


@dataclass(frozen=True)
class Item:
    """A mark at its object (a file, a member, an attachment) and place in it."""

    path: str
    location: str | None
    mark: Mark


@dataclass
class Blob:
    """The bytes of one object and its marks, paths relative to the object
    ('' is the object itself, 'x.csv' a member or attachment inside it)."""

    data: bytes
    marks: list[tuple[str, str | None, Mark]] = field(default_factory=list)


@dataclass
class Document:
    """A file of the corpus."""

    path: str
    data: bytes
    items: list[Item]
    clean: bool = False
    kind: str = ""


def document(path: str, blob: Blob, kind: str, clean: bool = False) -> Document:
    items = [Item(path + ("!" + inner if inner else ""), location, mark) for inner, location, mark in blob.marks]
    return Document(path, blob.data, items, clean, kind)


@dataclass(frozen=True)
class Same:
    """One text planted as several truths (a 本籍 that is also an optional address)."""

    marks: tuple[Mark, ...]


def origin(text: str) -> Same:
    """A 本籍 value: 要配慮 (本籍), and an address if read as one (optional)."""
    return Same((sensitive("本籍", text), Mark("ADDRESS", text, optional=True)))


def render(pieces) -> tuple[str, list[Mark]]:
    """A line or a cell: a string, a mark, or a list of strings and marks."""
    if isinstance(pieces, str):
        return pieces, []
    if isinstance(pieces, Mark):
        return pieces.text, [pieces]
    if isinstance(pieces, Same):
        return pieces.marks[0].text, list(pieces.marks)
    text, marks = [], []
    for piece in pieces:
        part, inner = render(piece)
        text.append(part)
        marks.extend(inner)
    return "".join(text), marks
