"""Vietnamese names written with their tone marks (people18b): Nguyễn Thị Mai, Trần Văn Đức,
LÊ QUỐC BẢO, as a guest, a trainee or a client writes their own name in a booking, a form
or a mail. The marks say the words are Vietnamese; the name is told by its parts, as
person_romaji tells NGUYEN VAN HUNG: a Vietnamese surname, then one to three syllables
of the language. Texts without a Vietnamese letter are never searched (the gate).
"""

from __future__ import annotations

import re
import unicodedata

from detectors.jp.person_romaji import VIETNAMESE_SYLLABLE
from detectors.jp.person_words import VIETNAMESE_SURNAMES

# letters only Vietnamese (and a few other languages) writes: ă â đ ê ô ơ ư and the
# Latin Extended Additional block of letters with two marks (ạ ả ấ … ỹ)
_MARKED = "ĂăÂâĐđÊêÔôƠơƯư\u1ea0-\u1ef9"
_GATE = re.compile(f"[{_MARKED}]")
_LETTERS = f"A-Za-zÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĨĩŨũ{_MARKED}"
_NAME = re.compile(f"(?<![{_LETTERS}])[A-ZĐÀ-ÝĂÂÊÔƠƯ\u1ea0-\u1ef9][{_LETTERS}]{{0,6}}"
                   f"(?: [A-ZĐÀ-ÝĂÂÊÔƠƯ\u1ea0-\u1ef9][{_LETTERS}]{{0,6}}){{1,3}}(?![{_LETTERS}])")


def marked_vietnamese_names(text: str):
    """(start, end) of Vietnamese names with tone marks (see the module)."""
    if not _GATE.search(text):
        return
    for match in _NAME.finditer(text):
        if _GATE.search(match.group()):
            first, *rest = _unmarked(match.group()).split(" ")
            if first in VIETNAMESE_SURNAMES and all(VIETNAMESE_SYLLABLE.fullmatch(word) for word in rest):
                yield match.span()


def _unmarked(name: str) -> str:
    """NGUYEN THI MAI of Nguyễn Thị Mai: the marks dropped, đ read as d, in capitals."""
    plain = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).upper()
