"""Names in capitals, as passports, residence cards and visa forms write them:
SURNAME GIVEN (NAKAMURA KENJI, TRAN THI HOA, WANG XIAOMING, KIM MINJUN).

Capitals are also headings, brands and places (TOKYO JAPAN, HONDA CIVIC, ITO EN),
so a name is told by its parts: a Japanese surname and given name from the name
lists (either order), or a Vietnamese, Chinese or Korean surname followed by
parts that are syllables of that language.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.jp.base import starts_after
from detectors.jp.person_names import NameLists
from detectors.jp.person_words import CHINESE_SURNAMES, KOREAN_SURNAMES, VIETNAMESE_SURNAMES
from detectors.nlp import WordLookup

# Two to four words in capitals, not part of a longer run of capitals; a word in small letters may
# stand before, a greeting's (Chao WANG JINGYI-san, Dear KIM MINJUN, Hello TRAN THI HOA) (people23)
CAPS_NAME = re.compile(starts_after("[A-Z]", "[A-Za-z0-9&]", "[A-Z0-9] ")
                       + r"[A-Z]{1,11}(?:,? [A-Z][A-Z-]{0,11}){1,3}(?![A-Za-z0-9])(?! [A-Z0-9&])")
NOT_NAMES = frozenset({"HO CHI MINH"})  # a city
VIETNAMESE_SYLLABLE = re.compile(r"(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDGHKLMNPRSTVX])?[AEIOUY]{1,3}(?:NG|NH|CH|[CMNPT])?")
_PINYIN_SYLLABLE = r"(?:ZH|CH|SH|[BPMFDTNLGKHJQXRZCSYW])?[AEIOUV]{1,3}(?:NG|N|R)?"
_PINYIN = re.compile(f"(?:{_PINYIN_SYLLABLE}){{1,2}}")
_KOREAN_SYLLABLE = r"(?:[BCDGHJKMNPRSTWY]{1,2})?[AEIOUWY]{1,3}(?:NG|[NMLKPT])?"
_KOREAN = re.compile(f"{_KOREAN_SYLLABLE}(?:-?{_KOREAN_SYLLABLE})?")


# Two or three capitalised words, then Japanese that ends the phrase (Peter Brauerが).
PROSE_ROMAJI = re.compile(starts_after("[A-Z]", "[A-Za-z.]", "[A-Za-z.] ")
                          + r"[a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2}(?=[はがのにとをもや、。（(]|から|など|氏|さん|様)")


def romaji_in_prose(text: str, lookup: Callable[[str], WordLookup]):
    """(start, end) of romaji names in Japanese prose whose first word the
    dictionary knows as a given name (William Normarkと), not titles or brands
    (Grab Taxiなど, Amazon Glacierを)."""
    for match in PROSE_ROMAJI.finditer(text):
        if lookup(match.group().split(" ")[0]).name:
            yield match.span()


def caps_names(text: str, lists: NameLists):
    """(start, end) of names written in capitals."""
    for match in CAPS_NAME.finditer(text):
        parts = re.split(r",? ", match.group())
        if caps_are_a_name(parts, lists) or (_DISPLAY_NAME.match(text, match.end()) and a_display_name(parts, lists)):
            yield match.span()


# a mail header's display name right before its address (To: MISUMI KIKUKO <kikuko8@…>) (shipyard19)
_DISPLAY_NAME = re.compile(r" *<[^<>@\s]{1,64}@")
HEPBURN = re.compile(r"(?:(?:[KGSZTDNHBPMR]Y?|SH|CH|TS|J|F|Y|W)?[AIUEO]|N)+")
# a firm's or a desk's word in romaji (SATO KIKAKU, HONSHA SOMU): no person's display name
DESK_WORDS = frozenset({"KIKAKU", "SHOJI", "SHOUJI", "SANGYO", "SANGYOU", "KOGYO", "KOUGYOU", "SHOKAI", "BUSSAN",
                         "KENSETSU", "KOMUTEN", "SHOTEN", "YAKKYOKU", "JIMUSHO", "HONSHA", "SHITEN", "SOMU", "SOUMU",
                         "JINJI", "EIGYO", "EIGYOU", "KEIRI", "UKETSUKE", "MADOGUCHI", "KAI", "KUMIAI", "DENKI", "UNYU"})


def a_display_name(parts: list[str], lists: NameLists) -> bool:
    """Two words of Japanese syllables, one of them a surname or a given name of the lists: the
    address's owner, where the other part is one the lists lack (MISUMI of MISUMI KIKUKO)."""
    return len(parts) == 2 and all(HEPBURN.fullmatch(p) and p not in DESK_WORDS for p in parts) and any(
        p in lists.surname_romaji or p in lists.given_romaji for p in parts)


# A Chinese, Korean or Vietnamese surname in a mailbox's local part, alone (wang_yuxuan, kim.minjun) or
# glued to the given name's syllables (liujingyi, parkjieun, phamminhtuan, lethimai) (contacts22)
_GLUED_GIVEN = ((CHINESE_SURNAMES, re.compile(f"(?:{_PINYIN_SYLLABLE}){{1,2}}")), (KOREAN_SURNAMES, _KOREAN),
                (VIETNAMESE_SURNAMES, re.compile(f"(?:{VIETNAMESE_SYLLABLE.pattern}){{1,3}}")))
_LONGEST_SURNAME, _LONGEST_GLUED = 6, 14


def abroad_name(word: str) -> bool:
    """A lower-case word of a local part is a Chinese, Korean or Vietnamese name (see above)."""
    upper = word.upper()
    if len(upper) > _LONGEST_GLUED:
        return False
    for surnames, given in _GLUED_GIVEN:
        if upper in surnames or any(upper[:cut] in surnames and given.fullmatch(upper, cut)
                                    for cut in range(2, min(_LONGEST_SURNAME, len(upper) - 2) + 1)):
            return True
    return False


def caps_are_a_name(parts: list[str], lists: NameLists) -> bool:
    first, rest = parts[0], parts[1:]
    if " ".join(parts) in NOT_NAMES:
        return False
    if len(parts) == 2 and min(len(p) for p in parts) >= 3 and lists.romaji_pair(first, rest[0]):
        return True
    if first in VIETNAMESE_SURNAMES and len(parts) >= 3 and all(VIETNAMESE_SYLLABLE.fullmatch(p) for p in rest):
        return True
    if len(parts) > 3 or (len(first) <= 2 and len("".join(rest)) < 4):
        return False  # LI NA is a name, HE WON and OH NO are not
    if first in CHINESE_SURNAMES and all(_PINYIN.fullmatch(p) for p in rest):
        return True
    return first in KOREAN_SURNAMES and all(_KOREAN.fullmatch(p) for p in rest)

