"""PDF streams decoded within the file's Budget.

pdfminer decodes a stream whole when a page needs it (`zlib.decompress(data)`):
a 2 MB PDF with a flate bomb became 4.2 GB. Its decoders are replaced here by
ones that check as they go, against the budget of the PDF being read:
- Flate: inflated in checked steps; a damaged stream gives what was inflated
  before the damage (pdfminer's own retry feeds one byte at a time to a result
  it copies each time: quadratic);
- LZW: its decoder yields pieces, counted as they come (a 2 MB LZW stream can
  expand 2,500-fold);
- RunLength: its size is read off the run headers before it is decoded;
- CCITT fax: an image format, never text: not decoded.
The replacement is made once, at import: a PDF read with no budget active gets
one of the default limits.
"""

from __future__ import annotations

import contextlib
import contextvars
import io
import types
import zlib
from collections.abc import Iterator

import pdfminer.pdftypes as pdftypes
from pdfminer.lzw import LZWDecoder
from pdfminer.runlength import rldecode

from inventory.reasons import Reason
from scanner.extract.base import ExtractionError, TooLarge
from scanner.extract.budget import Budget

_active: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("pdf_budget", default=None)


@contextlib.contextmanager
def streams_within(budget: Budget) -> Iterator[None]:
    """Streams decoded in this block draw on budget."""
    token = _active.set(budget)
    try:
        yield
    finally:
        _active.reset(token)


def _budget() -> Budget:
    return _active.get() or Budget()


def _inflate(data: bytes) -> bytes:
    budget = _budget()
    return budget.inflate(data, "PDF stream", budget.limits.max_part)


def _lzw(data: bytes) -> bytes:
    budget, pieces, produced = _budget(), [], 0
    limit = min(budget.limits.max_part, budget.limits.max_expanded - budget.expanded)
    for piece in LZWDecoder(io.BytesIO(data)).run():
        produced += len(piece)
        if produced > limit:
            raise TooLarge(what="PDF stream", size=f"more than {limit}", limit=limit)
        budget.check_ratio("PDF stream", produced, len(data))
        pieces.append(piece)
    budget.spend(produced)
    return b"".join(pieces)


def runlength_size(data: bytes) -> int:
    """The decoded size of RunLength data, from its run headers alone."""
    size = position = 0
    while position < len(data) and data[position] != 128:
        length = data[position]
        size += length + 1 if length < 128 else 257 - length
        position += length + 2 if length < 128 else 2
    return size


def _runlength(data: bytes) -> bytes:
    budget = _budget()
    budget.take("PDF stream", runlength_size(data), len(data), budget.limits.max_part)
    return rldecode(data)


def _no_fax(data: bytes, params: object) -> bytes:
    raise ExtractionError(Reason.UNSUPPORTED, kind="CCITT fax image as page content")


pdftypes.zlib = types.SimpleNamespace(decompress=_inflate, decompressobj=zlib.decompressobj, error=zlib.error)
pdftypes.lzwdecode = _lzw
pdftypes.rldecode = _runlength
pdftypes.ccittfaxdecode = _no_fax
