"""Rare surnames where the layout says a person is meant (issue 12, person4): the
dictionary reads some surnames as common words (a mineral, a mountain), which no
name list holds; these shapes hold a name whatever its words.

- A salutation line: a line that is only a name and an honorific (…様, …さん, …殿),
  as a mail or a letter opens; not a post, a group or a household (担当者様, 総務部御中,
  社長様, 皆々様). The name may be in Latin letters, as a mail to a client from abroad opens
  (SILVA 様, Tran Anh さん; people18b): a short word in capitals is a surname of the lists
  (LE, NG, KIM), not an acronym (NTT 様, IBM 様); no firm's word (SUPPORT, JAPAN), nor a shop's
  kind (Atelier Shirotae 様, Salon Hanamizuki 様: the studio a customer writes to; people22).
- A surname and a given name of the lists apart, addressed (お客様の鞍馬 環様から) or
  in brackets at the end of a remark (…にお願いします（鞍馬 環）).
- At a line's start, a surname glued to a given name of the lists before a bracket,
  as a signature is written (鞍馬環（総務部）).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.addressed_posts import addressed_post
from detectors.jp.person_names import NameLists
from detectors.jp.person_patterns import NOT_NAME_WORDS, ROMAJI_NOT_NAMES_UPPER
from detectors.jp.person_roles import surname_and_given
from detectors.jp.person_foreign import NOT_PERSON_WORDS
from detectors.jp.person_words import CHINESE_SURNAMES, KOREAN_SURNAMES, TITLES, VIETNAMESE_SURNAMES
from detectors.nlp import WordLookup

_KANJI = "\u4e00-\u9fff々"
_SALUTATION = re.compile(rf"(?m)^[ \u3000]*([{_KANJI}]{{2,4}}(?:[ \u3000][{_KANJI}]{{1,4}})?)[ \u3000]*(?:様|さま|さん|殿)[、,]?[ \u3000]*\r?$")
# (the look-behind after the first kanji: a pattern opening with a class is searched fast)
_LATIN_SALUTATION = re.compile(r"(?m)^[ \u3000]*([A-Z][A-Za-z'-]{1,20}(?: [A-Z][A-Za-z'-]{1,20}){0,3})[ \u3000]*"
                               r"(?:様|さま|さん|殿)[、,]?[ \u3000]*\r?$")
_SPACED = re.compile(rf"([{_KANJI}](?<![{_KANJI}]{{2}})[{_KANJI}]{{1,3}})[ \u3000]([{_KANJI}]{{1,3}})(?:(?=様|さま|さん|殿)|(?=[）)]))")
_SIGNATURE = re.compile(rf"(?m)^([{_KANJI}]{{3,5}})(?=[（(])")
# Not a person: a post, a group, a household, everyone (担当者, 総務部, 山田家, 皆々)
_NOT_PERSON_END = frozenset("者部課室係社店会所院局家員中位")


def addressed_by_layout(text: str, lists: NameLists, lookup: Callable[[str], WordLookup] | None) -> list[tuple[int, int]]:
    """(start, end) of the names the shapes of the module hold."""
    if lookup is None:
        return []
    found = [m.span(1) for m in _SALUTATION.finditer(text) if _salutation_name(m.group(1))]
    found += [m.span(1) for m in _LATIN_SALUTATION.finditer(text) if _latin_name(m.group(1), lists)]
    found += [(m.start(1), m.end(2)) for m in _SPACED.finditer(text) if _spaced_name(text, m, lists)]
    return found + [m.span(1) for m in _SIGNATURE.finditer(text) if surname_and_given(m.group(1), lists, lookup)]


def _salutation_name(value: str) -> bool:
    words = value.split()
    return not (value[-1] in _NOT_PERSON_END or "皆" in value or any(w in NOT_NAME_WORDS for w in words)
                or any(value.endswith(title) for title in TITLES) or addressed_post(value))  # 施設長 様 (mail14)


def _latin_name(value: str, lists: NameLists) -> bool:
    """Each word has a vowel; a short word in capitals is a surname (LE, not NTT or IBM)."""
    words = value.split()
    return not any(word.upper() in NOT_PERSON_WORDS or word.upper() in ROMAJI_NOT_NAMES_UPPER for word in words) and all(
        word in SHORT_SURNAMES or word in lists.surname_romaji if len(word) <= 3 and word.isupper()
        else _VOWEL.search(word.upper()) for word in words)


_VOWEL = re.compile("[AEIOUY]")
SHORT_SURNAMES = VIETNAMESE_SURNAMES | CHINESE_SURNAMES | KOREAN_SURNAMES


def _spaced_name(text: str, match: re.Match, lists: NameLists) -> bool:
    """A given name of the lists after the space; in brackets, the whole of them (（鞍馬 環）)."""
    family, given = match.group(1), match.group(2)
    if given not in lists.given_names or given in TITLES or family[-1] in _NOT_PERSON_END:
        return False
    closed = text[match.end(2):match.end(2) + 1] in ("）", ")")
    return not closed or (match.start(1) > 0 and text[match.start(1) - 1] in ("（", "("))
