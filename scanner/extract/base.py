"""What every extractor returns, and the named errors that become object statuses."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from detectors.fields import FieldSpan, field_at
from scanner.limits import Limits  # noqa: F401 - extractors import their limits from here

T = TypeVar("T")


class ExtractionError(Exception):
    """The object could not be read; `status` is what the inventory records."""

    status = "unreadable"


class EncryptedObject(ExtractionError):
    status = "encrypted"


class NoTextLayer(ExtractionError):
    status = "no_text_layer"


class TooLarge(ExtractionError):
    status = "too_large"


class SkippedObject(ExtractionError):
    status = "skipped"


@dataclass(frozen=True)
class TextUnit:
    """A piece of text with where it was found.

    Plain text gives `L<line>` locations from `line_starts`; a table row gives
    cell locations from `spans` (see detectors.fields).
    """

    text: str
    location: str
    spans: tuple[FieldSpan, ...] = ()
    line_starts: tuple[int, ...] = ()
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
            line = bisect.bisect_right(self.line_starts, offset)
            return f"{self.location}L{line}" if self.location else f"L{line}"
        return self.location


BLOCK_CHARS = 20_000  # rows or paragraphs composed into one unit: fewer analyzer calls


def in_blocks(items: list[T], size: Callable[[T], int], limit: int = BLOCK_CHARS) -> Iterator[list[T]]:
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


def text_unit(text: str, location: str = "", ocr: bool = False) -> TextUnit:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    return TextUnit(text=text, location=location, line_starts=tuple(starts), ocr=ocr)


@dataclass(frozen=True)
class Child:
    """An object inside another: archive member, attachment, mailbox message."""

    name: str
    data: bytes | None
    kind: str  # member / attachment / message
    mtime: float | None = None
    error: ExtractionError | None = None  # known unreadable before extraction
    extraction: Extraction | None = None  # read already, without bytes of its own (a PST message)


@dataclass
class Extraction:
    format: str
    units: list[TextUnit] = field(default_factory=list)
    # a list, or an iterator for mailboxes read as a stream (PST): one child in memory at a time
    children: Iterable[Child] = field(default_factory=list)
    encoding: str | None = None
    ocr_pages: int = 0  # pages (or images) whose text was recognised by OCR
    unread: str | None = None  # what of a readable object was left unread (OCR page budget)
