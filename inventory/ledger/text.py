"""Normalisation of ledger wording: full-width, spaces, and the ASCII hyphen
typed for ー in katakana (`メ-ル`, `デ-タ`, `ファイルサ-バ` in seed 004)."""

from __future__ import annotations

import re
import unicodedata

_KATAKANA = r"[\u30a1-\u30fa\u30fc]"
_HYPHEN_IN_KATAKANA = re.compile(rf"(?<={_KATAKANA})[-‐－―ｰ](?={_KATAKANA}|$|[.、・,\s])")
_SPACES = re.compile(r"[\s\u3000]+")


def normalize_words(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = _HYPHEN_IN_KATAKANA.sub("ー", text)
    return text.strip()


def compact(text: str) -> str:
    """For matching headers: no spaces at all."""
    return _SPACES.sub("", normalize_words(text))
