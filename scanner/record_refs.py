"""Which record a finding belongs to, from where it stands in its text unit.

A record is the stretch of a document that speaks of one person, or of a list
of people one line each: a table row (a key/value form is decided later, from
what its rows hold: scanner.subjects), a paragraph block of a letter or a mail
body (lines between blank lines; in Word, paragraphs without an empty one
between them), an address of a mail header. Each finding gets a
(group, block, line) of locations (a table's group starts `t:`, a mail
header's `h:`); scanner.subjects decides how far a record
reaches from them.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from detectors.fields import FieldSpan
from scanner.extract.base import TextUnit

# The header unit of a message (scanner.extract.eml, msg): one record per address.
HEADER_LOCATION = "header:"
_BLANK_LINES = re.compile(r"\n[ \t\r\u3000]*\n")
_TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")
_ADDRESS_CUTS = re.compile(r'\n|,(?=(?:[^"]*"[^"]*")*[^"]*$)(?![^<]*>)')

Ref = tuple[str, str, str]


def _header_cuts(text: str) -> list[int]:
    """Starts of the addresses of a header block: each line, and each item of a
    list of addresses (commas outside quotes and angle brackets)."""
    return [0] + [m.end() for m in _ADDRESS_CUTS.finditer(text)]


def _paragraph_blocks(spans: tuple[FieldSpan, ...]) -> dict[int, int]:
    """Block number of each paragraph span (by its start): a block ends where the
    paragraph numbers jump (an empty paragraph stood between) or the part changes."""
    blocks, block, previous = {}, 0, (None, -1)
    for span in spans:
        match = _TRAILING_NUMBER.match(span.location)
        current = (match.group(1), int(match.group(2))) if match else (span.location, -1)
        if current[0] != previous[0] or current[1] != previous[1] + 1:
            block += 1
        blocks[span.start] = block
        previous = current
    return blocks


class RecordRefs:
    """The (group, block, line) of an offset of one text unit. What a kind of unit
    needs is worked out on its first finding: most units have none."""

    def __init__(self, index: int, unit: TextUnit) -> None:
        self.group = f"u{index}"
        self.unit = unit
        self.header = unit.location.startswith(HEADER_LOCATION)

    @cached_property
    def _cuts(self) -> list[int]:
        return _header_cuts(self.unit.text)

    @cached_property
    def _paragraphs(self) -> dict[int, int]:
        return _paragraph_blocks(self.unit.spans)

    @cached_property
    def _blocks(self) -> list[int]:
        return [0] + [m.end() for m in _BLANK_LINES.finditer(self.unit.text)]

    @cached_property
    def _lines(self) -> list[int]:
        return list(self.unit.line_starts) or [0]

    def of(self, span: FieldSpan | None, offset: int) -> Ref:
        if span is not None and span.record:  # a table row
            table = span.record.rpartition("!")[0]
            return f"t:{table}", span.record, span.record
        if self.header:
            item = f"h{bisect.bisect_right(self._cuts, offset)}"
            return f"h:{self.group}", item, item
        if span is not None:  # a paragraph of a document
            return self.group, f"b{self._paragraphs.get(span.start, 0)}", span.location
        block = bisect.bisect_right(self._blocks, offset)
        return self.group, f"b{block}", f"L{bisect.bisect_right(self._lines, offset)}"
