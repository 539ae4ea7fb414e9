"""The pieces of corpus 9: a planted value (Mark), where it lies in a document
(Item), a generated file (Doc), and the text of a line or cell built from strings
and marks."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mark:
    """A value written into a document: personal data to find, a look-alike
    (negative, with its kind) or an optional value."""

    entity_type: str
    text: str
    negative: bool = False
    kind: str | None = None
    optional: bool = False
    date: str | None = None
    category: str | None = None
    also: Mark | None = None  # the same text labelled a second way (a 本籍: also an optional address)


@dataclass(frozen=True)
class Item:
    path: str  # the object: the file, `x.zip!m.csv`, `x.mbox!2`, `x.eml!a.xlsx`
    location: str | None
    mark: Mark


@dataclass
class Doc:
    path: str
    data: bytes
    items: list[Item] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.items


def v(entity_type: str, text: str, **extra) -> Mark:
    return Mark(entity_type, text, **extra)


def no(entity_type: str, text: str, kind: str) -> Mark:
    """A look-alike: reads like entity_type, is not personal data."""
    return Mark(entity_type, text, negative=True, kind=kind)


def care(category: str, text: str) -> Mark:
    """要配慮 information about a person, as its writer put it."""
    return Mark("SENSITIVE", text, category=category)


def honseki(text: str) -> Mark:
    """A 本籍: 要配慮 (社会的身分); reported as an address it counts neither way."""
    return Mark("SENSITIVE", text, category="本籍", also=Mark("ADDRESS", text, optional=True))


def parts(piece) -> list:
    """A line or cell as a list of strings and marks."""
    if piece is None:
        return []
    if isinstance(piece, (str, Mark)):
        return [piece]
    out = []
    for p in piece:
        out.extend(parts(p))
    return out


def text_of(piece) -> str:
    return "".join(p.text if isinstance(p, Mark) else p for p in parts(piece))


def marks_of(piece) -> list[Mark]:
    found = []
    for p in parts(piece):
        while isinstance(p, Mark):
            found.append(p)
            p = p.also
    return found
