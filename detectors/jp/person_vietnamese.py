"""Vietnamese names written with their marks, as a guest, a trainee or a client
writes their own (Nguyễn Thị Hằng, Đỗ Minh Châu, PHẠM VĂN ĐỨC), beside the
passport's bare capitals that person_romaji reads (NGUYEN THI HANG).

A name is told as there: a Vietnamese surname, then words that are syllables of
the language, read with the marks taken off (Đ as D), one of them at least marked.
Only a text holding a marked Latin letter is read at all: one scan of the others
(mail18b). French or Spanish words (Le Café, La Peña) fail the surname or the syllables.
"""

from __future__ import annotations

import re
import unicodedata

from detectors.jp.person_romaji import NOT_NAMES, VIETNAMESE_SYLLABLE
from detectors.jp.person_words import VIETNAMESE_SURNAMES

# a Latin letter with a mark: Vietnamese's own (ă ơ ư đ ạ ễ) or Latin-1's it shares (Võ Thành Long)
_MARKED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1ea0-\u1ef9]")
_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
# three or four words of Latin letters, not part of a longer run of them: two are a place
# as often as a name (Hà Nội, Hạ Long), and person_romaji asks three of the capitals too
_WORDS = re.compile(f"(?<![{_LETTER}])[{_LETTER}]{{1,7}}(?: [{_LETTER}]{{1,7}}){{2,3}}(?![{_LETTER}])")


def vietnamese_names(text: str):
    """(start, end) of Vietnamese names written with their marks."""
    if not _MARKED.search(text):
        return
    for match in _WORDS.finditer(text):
        if _MARKED.search(match.group()) and _is_a_name(match.group().split(" ")):
            yield match.span()


def _is_a_name(words: list[str]) -> bool:
    if not all(w[0].isupper() and (w[1:].islower() or w.isupper() or len(w) == 1) for w in words):
        return False  # Nguyễn Thị Mai or NGUYỄN THỊ MAI, not a sentence's words
    bare = [_bare(w) for w in words]
    return bare[0] in VIETNAMESE_SURNAMES and " ".join(bare) not in NOT_NAMES \
        and all(VIETNAMESE_SYLLABLE.fullmatch(w) for w in bare[1:])


def _bare(word: str) -> str:
    """The word in capitals without its marks: Nguyễn NGUYEN, Đức DUC."""
    plain = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).upper()
