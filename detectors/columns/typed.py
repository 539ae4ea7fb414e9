"""A headerless column's cell as a hand typed it: full-width digits and blanks, a
bracket around the number (（1234567）). The column's other values say what it holds;
the cell's dress does not change that."""

from __future__ import annotations

import unicodedata

_BRACKETS = "()[]「」【】〔〕"  # after NFKC: （）［］ fold to ()[]


def cell_number(value: str) -> str:
    """The cell's text NFKC-folded, stripped of blanks and of brackets around it."""
    value = value.strip()
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value)
    return value.strip(_BRACKETS).strip()
