"""Choose the extractor for an object by its name (and magic bytes where names lie).

Extractor modules are imported on first use: a rescan that reads nothing should
not pay for importing pdfminer, openpyxl and extract-msg.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import PurePosixPath

from scanner.extract.base import Extraction, SkippedObject
from scanner.extract.budget import Budget
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
}
# Extractors of containers: they also take the file's Budget (scanner.extract.budget).
_EXPANDING = {"archive", "docx", "pptx", "xlsx", "pdf"}

_MAGIC: tuple[tuple[bytes, str], ...] = ((b"%PDF-", ".pdf"),)


def format_of(name: str, data: bytes, is_mail: bool = False) -> str | None:
    """The suffix whose extractor reads this object, or None if none does."""
    if is_mail:
        return ".eml"
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    if suffix in EXTRACTORS:
        return suffix
    for magic, magic_suffix in _MAGIC:
        if data.startswith(magic):
            return magic_suffix
    if not suffix:
        return ".txt"  # README and the like: text if it decodes as text
    return None


def extract(name: str, data: bytes, budget: Budget, is_mail: bool = False) -> Extraction:
    """Extract text units and children, or raise an ExtractionError subclass."""
    kind = format_of(name, data, is_mail)
    if kind is None:
        raise SkippedObject(kind=sanitise(PurePosixPath(name).suffix.lower()) or "(none)")
    module, function, options = EXTRACTORS[kind]
    extractor = getattr(importlib.import_module(f"scanner.extract.{module}"), function)
    if module in _EXPANDING:
        return extractor(data, budget, **options)
    return extractor(data, **options)
