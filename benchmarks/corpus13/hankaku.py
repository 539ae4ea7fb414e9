"""Full-width katakana to the half-width kana of host files and 全銀 transfer data."""

from __future__ import annotations

import unicodedata

_HALF = {unicodedata.normalize("NFKC", chr(code)): chr(code) for code in range(0xFF66, 0xFF9E)}
_MARKS = {"\u3099": "\uff9e", "\u309a": "\uff9f"}


def half_width(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if ch in _MARKS:
            out.append(_MARKS[ch])
        elif ch == "　":
            out.append(" ")
        else:
            out.append(_HALF.get(ch, ch))
    return "".join(out)
