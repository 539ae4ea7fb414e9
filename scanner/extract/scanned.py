"""PDF pages without a text layer (scans) read by OCR: pdf.extract_pdf first,
then the pages that gave no text and hold an image are rendered with pdfium
(pypdfium2, a wheel; ~1,000 pages/s) at the resolution of their largest image
when that is 300-400 dpi, else at 300 dpi (Tesseract reads small print of a
200 dpi scan better at 300: the 6.5 pt labels of a card), and read by ocr.py,
within the page budget of Limits. Text pages are never OCR'd; a PDF whose scanned pages
give no text at all stays `no_text_layer`, as does every scan with OCR off."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from scanner.extract.base import Extraction, ExtractionError, Limits, NoTextLayer, TextUnit, text_unit
from scanner.extract.budget import Budget
from scanner.extract.kinds import reason
from scanner.extract.ocr import recognise
from scanner.extract.pdf import extract_pdf

MIN_DPI, MAX_DPI = 300, 400
_PAGE = re.compile(r"page(\d+):")


def _image_dpi(page: pdfium.PdfPage) -> float | None:
    """The resolution of the page's largest image as placed on it; None without images."""
    best: tuple[float, float] | None = None
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        left, _, right, _ = obj.get_bounds()
        pixels = obj.get_px_size()[0]
        if right > left and (best is None or right - left > best[0]):
            best = (right - left, pixels / ((right - left) / 72))
    return None if best is None else min(MAX_DPI, max(MIN_DPI, best[1]))


def _scanned_pages(document: pdfium.PdfDocument, text_pages: set[int]) -> list[tuple[int, float]]:
    """(1-based number, dpi to render at) of the pages without text that hold an image."""
    pages = []
    for index in range(len(document)):
        if index + 1 not in text_pages and (dpi := _image_dpi(document[index])) is not None:
            pages.append((index + 1, dpi))
    return pages


def _ocr_pages(data: bytes, text_pages: set[int], limits: Limits) -> tuple[list, int, int]:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise ExtractionError(cause=error, kind="pdf (pdfium)") from error
    try:
        scanned = _scanned_pages(document, text_pages)
        units = []
        for number, dpi in scanned[:limits.ocr_max_pages]:
            bitmap = document[number - 1].render(scale=dpi / 72, grayscale=True)
            text = recognise(bitmap.to_pil(), limits.ocr_max_pixels)
            if text:
                units.append(text_unit(text, f"page{number}(ocr):", ocr=True))
        return units, min(len(scanned), limits.ocr_max_pages), len(scanned)
    finally:
        document.close()


def _units(data: bytes, budget: Budget, extraction: Extraction) -> Iterator[TextUnit]:
    """The text pages as pdf.extract_pdf reads them, then the OCR'd ones; the
    extraction's count of OCR'd pages and unread note are set at the end."""
    limits, text_pages, no_text = budget.limits, set(), None
    try:
        for unit in extract_pdf(data, budget).units:
            if match := _PAGE.fullmatch(unit.location):
                text_pages.add(int(match.group(1)))
            yield unit
    except NoTextLayer as error:
        if not limits.ocr:
            raise
        no_text = error
    if not limits.ocr:
        return
    units, read, scanned = _ocr_pages(data, text_pages, limits)
    if no_text is not None and not units:
        if not scanned:  # drawn shapes only: nothing to OCR
            raise NoTextLayer(reason("no_scanned_image")) from no_text
        raise NoTextLayer(reason("ocr_no_text", pages=read))
    yield from units
    extraction.ocr_pages = read
    if read < scanned:
        extraction.unread = reason("ocr_budget", read=read, total=scanned)


def extract_pdf_or_scan(data: bytes, budget: Budget) -> Extraction:
    extraction = Extraction(format="pdf")
    extraction.units = _units(data, budget, extraction)
    return extraction
