"""Choose the extractor for an object by its name (and magic bytes where names lie)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import PurePosixPath

from scanner.extract.archive import extract_zip
from scanner.extract.base import Extraction, Limits, SkippedObject
from scanner.extract.docx import extract_docx
from scanner.extract.eml import extract_eml
from scanner.extract.mbox import extract_mbox
from scanner.extract.msg import extract_msg_file
from scanner.extract.pdf import extract_pdf
from scanner.extract.pptx import extract_pptx
from scanner.extract.text import extract_delimited, extract_html, extract_plain
from scanner.extract.xls import extract_xls
from scanner.extract.xlsx import extract_xlsx

Extractor = Callable[[bytes], Extraction]

_PLAIN = (".txt", ".log", ".md", ".json", ".xml", ".ini", ".conf", ".yaml", ".yml", ".sql")

EXTRACTORS: dict[str, Extractor] = {
    **{suffix: extract_plain for suffix in _PLAIN},
    ".csv": partial(extract_delimited, delimiter=","),
    ".tsv": partial(extract_delimited, delimiter="\t"),
    ".html": extract_html, ".htm": extract_html,
    ".docx": extract_docx, ".docm": extract_docx,
    ".xlsx": extract_xlsx, ".xlsm": extract_xlsx,
    ".xls": extract_xls,
    ".pptx": extract_pptx, ".pptm": extract_pptx,
    ".pdf": extract_pdf,
    ".eml": extract_eml,
    ".msg": extract_msg_file,
    ".mbox": extract_mbox,
}

_MAGIC: tuple[tuple[bytes, str], ...] = ((b"%PDF-", ".pdf"),)


def format_of(name: str, data: bytes, is_mail: bool = False) -> str | None:
    """The suffix whose extractor reads this object, or None if none does."""
    if is_mail:
        return ".eml"
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    if suffix in EXTRACTORS or suffix == ".zip":
        return suffix
    for magic, magic_suffix in _MAGIC:
        if data.startswith(magic):
            return magic_suffix
    if not suffix:
        return ".txt"  # README, Maildir-less mail spools: text if it decodes as text
    return None


def extract(name: str, data: bytes, limits: Limits, is_mail: bool = False) -> Extraction:
    """Extract text units and children, or raise an ExtractionError subclass."""
    kind = format_of(name, data, is_mail)
    if kind is None:
        raise SkippedObject(f"unsupported format {PurePosixPath(name).suffix.lower()}")
    if kind == ".zip":
        return extract_zip(data, limits)
    return EXTRACTORS[kind](data)
