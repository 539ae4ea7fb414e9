"""What every extractor returns, and the named errors that become object statuses."""

from __future__ import annotations

import bisect
import contextlib
import re
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from detectors.fields import FieldSpan, field_at
from inventory.reasons import Reason
from reports.catalogue import t
from scanner.limits import Limits  # noqa: F401 - extractors import their limits from here
from scanner.redact import library_message

T = TypeVar("T")
STORED_LANG = "en"  # the language of stored reasons (as scanner.extract.kinds)


class ExtractionError(Exception):
    """The object could not be read; `status` is what the inventory records,
    `reason` the code of why, `params` the numbers and names of our own phrase
    (or `text`, a sentence the caller made), `library` the sanitised message of
    the library that failed (if one did)."""

    status = "unreadable"
    default_reason = Reason.CORRUPT

    def __init__(self, reason: Reason | str | None = None, cause: BaseException | None = None, *,
                 text: str | None = None, **params: object) -> None:
        if isinstance(reason, str) and not isinstance(reason, Reason):
            reason, text = None, reason  # a sentence made by the caller (the catalogue's reasons)
        self.reason = reason or self.default_reason
        self.params, self.text = params, text
        self.library = library_message(cause) if cause is not None else ""
        super().__init__(self.message())

    def message(self, lang: str = STORED_LANG) -> str:
        text = self.text if self.text is not None else t(f"reason.code.{self.reason.value}", lang, **self.params)
        return f"{text} ({self.library})" if self.library else text


class EncryptedObject(ExtractionError):
    status = "encrypted"
    default_reason = Reason.ENCRYPTED


class NoTextLayer(ExtractionError):
    status = "no_text_layer"
    default_reason = Reason.NO_TEXT_LAYER


class TooLarge(ExtractionError):
    status = "too_large"
    default_reason = Reason.TOO_LARGE


class SkippedObject(ExtractionError):
    status = "skipped"
    default_reason = Reason.UNSUPPORTED


# What parsers of untrusted bytes raise besides their own exceptions (found by
# fuzzing them, tests/scanner/test_fuzz_extractors.py): each extractor turns
# these and its library's own into an ExtractionError.
PARSER_ERRORS = (ValueError, LookupError, TypeError, AttributeError, AssertionError, EOFError, ArithmeticError,
                 RecursionError, NotImplementedError, struct.error, zlib.error)


@contextlib.contextmanager
def library_errors(kind: str, *own: type[BaseException]) -> Iterator[None]:
    """What a library raises on a broken file (own: its exception classes) as an
    ExtractionError naming the format."""
    try:
        yield
    except (*own, *PARSER_ERRORS) as error:
        raise ExtractionError(cause=error, kind=kind) from error


@dataclass(frozen=True)
class TextUnit:
    """A piece of text with where it was found.

    Plain text gives `L<line>` locations from `line_starts` (the unit's first
    line is line `first_line` of its text); a table row gives cell locations
    from `spans` (see detectors.fields). The first `overlap` characters repeat
    the end of the unit before (scanner.extract.long_text).
    """

    text: str
    location: str
    spans: tuple[FieldSpan, ...] = ()
    line_starts: tuple[int, ...] = ()
    first_line: int = 1
    overlap: int = 0
    ocr: bool = False  # text recognised in an image: findings marked, lower confidence

    def labels(self) -> list[tuple[int, int]]:
        """The spans between values: labels composed before cells (with their
        separators), in order; none for text without value spans."""
        labels, position = [], 0
        for span in self.spans:
            if span.start > position:
                labels.append((position, span.start))
            position = span.end
        if self.spans and position < len(self.text):
            labels.append((position, len(self.text)))
        return labels

    def locate(self, offset: int) -> str:
        if self.spans:
            span = field_at(self.spans, offset)
            return span.location if span else self.location
        if self.line_starts:
            line = self.first_line - 1 + bisect.bisect_right(self.line_starts, offset)
            return f"{self.location}L{line}" if self.location else f"L{line}"
        return self.location


BLOCK_CHARS = 20_000  # rows or paragraphs composed into one unit: fewer analyzer calls


def in_blocks(items: Iterable[T], size: Callable[[T], int], limit: int = BLOCK_CHARS) -> Iterator[list[T]]:
    """Consecutive items grouped until their size reaches limit."""
    block: list[T] = []
    total = 0
    for item in items:
        block.append(item)
        total += size(item)
        if total >= limit:
            yield block
            block, total = [], 0
    if block:
        yield block


_NEWLINE = re.compile("\n")


def line_starts(text: str) -> tuple[int, ...]:
    return (0, *(match.end() for match in _NEWLINE.finditer(text)))


def text_unit(text: str, location: str = "", ocr: bool = False) -> TextUnit:
    """A short text (a header, a page, a frame) as one unit; long text: long_text.text_units."""
    return TextUnit(text=text, location=location, line_starts=line_starts(text), ocr=ocr)


@dataclass(frozen=True)
class Child:
    """An object inside another: archive member, attachment, mailbox message."""

    name: str
    data: bytes | None
    kind: str  # member / attachment / message
    mtime: float | None = None
    error: ExtractionError | None = None  # known unreadable before extraction
    extraction: Extraction | None = None  # read already, without bytes of its own (a PST message)
    segment: str | None = None  # its location segment, when the reader structures it (a PST message:
    # folder path!index, names escaped); else one is made from name (inventory.uris)


@dataclass
class Extraction:
    """Units and children may be generators, read once, in order: a long file or
    a large archive is then never held whole. An ExtractionError raised while
    they are read is the object's status (what was found before it is kept)."""

    format: str
    units: Iterable[TextUnit] = field(default_factory=list)
    children: Iterable[Child] = field(default_factory=list)
    encoding: str | None = None
    ocr_pages: int = 0  # pages (or images) whose text was recognised by OCR
    unread: str | None = None  # what of a readable object was left unread (OCR page budget)
