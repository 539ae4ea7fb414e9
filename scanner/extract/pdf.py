"""PDF with pdfminer.six, page by page. A PDF with no text on any page is a
scanned image: recorded as no_text_layer, never as "no personal data".

Text boxes are read in the order of their position on the page (top to bottom,
left to right: boxes_flow=None), not by pdfminer's default box grouping, which
reads a form's whole label column before its value column (so 注文番号 and
個人番号 lose their values) and costs half the extraction time on pages whose
lines are boxes of their own."""

from __future__ import annotations

import io

from pdfminer.converter import TextConverter
from pdfminer.layout import LAParams
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException

from scanner.extract.base import EncryptedObject, Extraction, ExtractionError, NoTextLayer, text_unit


LAYOUT = LAParams(boxes_flow=None)


def _page_texts(data: bytes) -> list[str]:
    resources = PDFResourceManager()
    texts = []
    for page in PDFPage.get_pages(io.BytesIO(data)):
        out = io.StringIO()
        device = TextConverter(resources, out, laparams=LAYOUT)
        PDFPageInterpreter(resources, device).process_page(page)
        device.close()
        texts.append(out.getvalue())
    return texts


def extract_pdf(data: bytes) -> Extraction:
    try:
        pages = _page_texts(data)
    except (PDFPasswordIncorrect, PDFEncryptionError) as error:
        raise EncryptedObject(cause=error, kind="pdf") from error
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as error:
        raise ExtractionError(cause=error, kind="pdf") from error
    if not any(page.strip() for page in pages):
        raise NoTextLayer(pages=len(pages))
    units = [text_unit(text, f"page{n}:") for n, text in enumerate(pages, start=1) if text.strip()]
    return Extraction(format="pdf", units=units)
