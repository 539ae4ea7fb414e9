"""Choose the extractor for an object by its content first, its name second
(see sniff.py: names lie).

Extractor modules are imported on first use: a rescan that reads nothing should
not pay for importing pdfminer, openpyxl and extract-msg.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import PurePosixPath

from inventory.reasons import Reason
from scanner.extract.base import Extraction, SkippedObject
from scanner.extract.budget import Budget
from scanner.extract.formats import NEW_FORMATS, TAKES_LIMITS
from scanner.extract.sniff import Sniffed, sniff
from scanner.redact import sanitise

Extractor = Callable[[bytes], Extraction]

_PLAIN = (".txt", ".log", ".md", ".json", ".xml", ".ini", ".conf", ".yaml", ".yml", ".sql")

# suffix -> (module, function, keyword arguments)
EXTRACTORS: dict[str, tuple[str, str, dict]] = {
    **{suffix: ("text", "extract_plain", {}) for suffix in _PLAIN},
    ".csv": ("text", "extract_delimited", {"delimiter": ","}),
    ".tsv": ("text", "extract_delimited", {"delimiter": "\t"}),
    ".html": ("text", "extract_html", {}), ".htm": ("text", "extract_html", {}),
    ".docx": ("docx", "extract_docx", {}), ".docm": ("docx", "extract_docx", {}),
    ".xlsx": ("xlsx", "extract_xlsx", {}), ".xlsm": ("xlsx", "extract_xlsx", {}),
    ".xls": ("xls", "extract_xls", {}),
    ".pptx": ("pptx", "extract_pptx", {}), ".pptm": ("pptx", "extract_pptx", {}),
    ".pdf": ("pdf", "extract_pdf", {}),
    ".eml": ("eml", "extract_eml", {}),
    ".msg": ("msg", "extract_msg_file", {}),
    ".mbox": ("mbox", "extract_mbox", {}),
    ".zip": ("archive", "extract_zip", {}),
    **NEW_FORMATS,
}
# Readers of what expands (ZIP, Office parts, PDF streams): they take the file's
# Budget (scanner.extract.budget), shared with everything inside the file.
_EXPANDING = frozenset(("archive", "docx", "pptx", "xlsx", "odf", "pdf", "scanned"))


def suffix_of(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).suffix.lower()


def format_of(name: str, data: bytes, is_mail: bool = False) -> Sniffed:
    """The key of the extractor that reads this object, or why none does."""
    if is_mail:
        return Sniffed(".eml")
    return sniff(data, suffix_of(name), EXTRACTORS.keys())


def extract(name: str, data: bytes, budget: Budget, is_mail: bool = False) -> Extraction:
    """Extract text units and children, or raise an ExtractionError subclass."""
    sniffed = format_of(name, data, is_mail)
    if sniffed.kind is None:
        if sniffed.reason:
            raise SkippedObject(Reason.BINARY, text=sniffed.reason)
        raise SkippedObject(kind=sanitise(suffix_of(name)) or "(none)")
    module, function, options = EXTRACTORS[sniffed.kind]
    extractor = getattr(importlib.import_module(f"scanner.extract.{module}"), function)
    if module in _EXPANDING:
        return extractor(data, budget, **options)
    if sniffed.kind in TAKES_LIMITS:
        return extractor(data, budget.limits, **options)
    return extractor(data, **options)
