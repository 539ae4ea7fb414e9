"""PDF with pdfminer.six, page by page. A PDF with no text on any page is a
scanned image: recorded as no_text_layer, never as "no personal data".

Text boxes are read in the order of their position on the page (top to bottom,
left to right: boxes_flow=None), not by pdfminer's default box grouping, which
reads a form's whole label column before its value column (so 注文番号 and
個人番号 lose their values) and costs half the extraction time on pages whose
lines are boxes of their own.

Streams are decoded within the file's budget (scanner.extract.pdf_streams), and
a page may lay out at most Limits.max_page_chars characters: a form drawn a
million times over is a few bytes of content and gigabytes of laid-out text.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from pdfminer.converter import TextConverter
from pdfminer.layout import LAParams
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.psparser import PSException

from inventory.reasons import Reason
from scanner.extract.base import (
    PARSER_ERRORS, EncryptedObject, Extraction, ExtractionError, NoTextLayer, TextUnit, TooLarge, text_unit,
)
from scanner.extract.budget import Budget
from scanner.extract.pdf_streams import streams_within

LAYOUT = LAParams(boxes_flow=None)
# What pdfminer raises on a broken file: its own exceptions (PSException) and Python's.
_BROKEN = (PSException, *PARSER_ERRORS)


class _PageText(TextConverter):
    """pdfminer's text converter, counting the characters a page lays out."""

    def __init__(self, resources: PDFResourceManager, out: io.StringIO, limit: int) -> None:
        super().__init__(resources, out, laparams=LAYOUT)
        self.chars, self.limit = 0, limit

    def render_char(self, *args, **kwargs) -> float:
        self.chars += 1
        if self.chars > self.limit:
            raise TooLarge(Reason.TOO_MANY, what="characters on one page", count=f"more than {self.limit}",
                           limit=self.limit)
        return super().render_char(*args, **kwargs)


def _page_texts(data: bytes, budget: Budget) -> Iterator[str]:
    resources = PDFResourceManager()
    for page in PDFPage.get_pages(io.BytesIO(data)):
        out = io.StringIO()
        device = _PageText(resources, out, budget.limits.max_page_chars)
        PDFPageInterpreter(resources, device).process_page(page)
        device.close()
        yield out.getvalue()


def _units(data: bytes, budget: Budget) -> Iterator[TextUnit]:
    pages = with_text = 0
    try:
        with streams_within(budget):
            for pages, text in enumerate(_page_texts(data, budget), start=1):
                if text.strip():
                    with_text += 1
                    yield text_unit(text, f"page{pages}:")
    except (PDFPasswordIncorrect, PDFEncryptionError) as error:
        raise EncryptedObject(cause=error, kind="pdf") from error
    except _BROKEN as error:
        raise ExtractionError(cause=error, kind="pdf") from error
    if not with_text:
        raise NoTextLayer(pages=pages)


def extract_pdf(data: bytes, budget: Budget) -> Extraction:
    return Extraction(format="pdf", units=_units(data, budget))
