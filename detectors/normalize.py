"""NFKC normalisation with a map from normalised offsets back to the original.

NFKC folds full-width digits, letters, `－` and U+3000, but not the dashes that
Japanese text uses between digit groups (ー ‐ – — −), so those are folded here.
Normalisation is per character so that every output character knows its source.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# ー (katakana prolonged sound mark) is typed as a dash between digits, but is a
# letter in katakana words (マイナンバー): folded only next to a digit.
_CHOONPU = {"\u30fc", "\uff70"}
_EXTRA_FOLDS = {
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\u2043": "-", "\ufe63": "-",
    "\u00a0": " ",
}
_COMBINING_KANA = {"\u3099", "\u309a"}


@dataclass(frozen=True)
class Normalized:
    text: str
    origin: Sequence[int]  # origin[i] = index in the original of normalised char i
    original_length: int
    identity: bool = False  # every character normalised to one: offsets are the same

    def spans_from_original(self, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Original [start, end) spans as spans of the normalised text (each
        covering the characters normalised from the original span)."""
        if self.identity:
            return list(spans)
        return [(bisect.bisect_left(self.origin, start), bisect.bisect_left(self.origin, end)) for start, end in spans]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) span to the original text."""
        if start >= len(self.origin):
            return self.original_length, self.original_length
        last = self.origin[end - 1] if end > start else self.origin[start]
        return self.origin[start], last + 1


def _is_digit(ch: str) -> bool:
    return ch.isdigit() and unicodedata.normalize("NFKC", ch).isascii()


def _fold_char(ch: str, before: str, after: str) -> str:
    if ch == "\r":  # a line ends with \n alone: patterns and line rules look for it (mail, Windows text)
        return "" if after == "\n" else "\n"
    if ch in _CHOONPU:
        return "-" if _is_digit(before) or _is_digit(after) else unicodedata.normalize("NFKC", ch)
    if ch in _EXTRA_FOLDS:
        return _EXTRA_FOLDS[ch]
    return unicodedata.normalize("NFKC", ch)


# Characters NFKC leaves alone and no extra fold touches (ASCII, kana but ー,
# CJK unified ideographs, Japanese punctuation): copied in runs, not one by one.
_STABLE_RUN = re.compile(
    "[\u0020-\u007e\n\t\u3001-\u3003\u3005-\u3007\u300c-\u300f\u3010\u3011"
    "\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fd\u30fe\u4e00-\u9fff]+")


def normalize(text: str) -> Normalized:
    if text.isascii() and "\r" not in text:
        return Normalized(text, range(len(text)), len(text), identity=True)
    out: list[str] = []
    origin: list[int] = []
    index = 0
    for run in _STABLE_RUN.finditer(text):
        _fold_range(text, index, run.start(), out, origin)
        out.append(run.group())
        origin.extend(range(run.start(), run.end()))
        index = run.end()
    _fold_range(text, index, len(text), out, origin)
    normalized = "".join(out)
    if len(origin) == len(text) and origin == list(range(len(text))):  # one for one: no map needed
        return Normalized(normalized, range(len(text)), len(text), identity=True)
    return Normalized(normalized, tuple(origin), len(text))


def _fold_range(text: str, start: int, end: int, out: list[str], origin: list[int]) -> None:
    for index in range(start, end):
        ch = text[index]
        before = text[index - 1] if index else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        folded = _fold_char(ch, before, after)
        for piece in folded:
            if piece in _COMBINING_KANA and out and out[-1]:
                composed = unicodedata.normalize("NFC", out[-1][-1] + piece)
                if len(composed) == 1:
                    out[-1] = out[-1][:-1] + composed  # ﾊﾟ -> パ keeps the origin of ﾊ
                    continue
            out.append(piece)
            origin.append(index)


_NOT_ASCII_DIGITS = re.compile(r"[^0-9]+")


def digits_only(value: str) -> str:
    """The ASCII digits of value, in order (one substitution in C: a generator over
    its characters cost 40% more, and it runs for every number a scan finds)."""
    return _NOT_ASCII_DIGITS.sub("", value)
