"""Names written in ways the other tiers miss (issue 12, names5):

- a Chinese or Korean name in kanji with its reading in brackets right after it
  (王建国（ワン ジェングオ）, 李 美英（イ ミヨン）): the reading says the kanji are a
  name even when they are also a word (建国); both are reported;
- a name in passport capitals, surname first, addressed in prose
  (PERERA NIMALさん, SANTOSO BUDI様): an honorific right after two or three words
  in capitals, none of them a word of a company's name (JAPAN, TRADING);
- a surname and a given name in hiragana (山﨑ゆうと, 邉見 あかり, 一ノ瀬みのりは): the
  surname in the lists or the dictionary, the hiragana a given name's reading in the
  lists, ending where a name ends (an honorific, a field's end, punctuation, or a
  particle after a given name of three characters or more).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.jp.base import starts_after
from detectors.jp.person_names import NameLists
from detectors.jp.person_roles import dictionary_surname
from detectors.jp.person_words import CJK_SURNAMES

_KANJI = "\u4e00-\u9fff\uf900-\ufaff々\U00020000-\U0002a6df"  # with 﨑 (U+FA11) and 𠮷
_READING = r"[（(]([ァ-ヶー]{1,8}[ \u3000・][ァ-ヶー]{1,8})[）)]"
_CJK_WITH_READING = re.compile(starts_after(f"[{CJK_SURNAMES}]", f"[{_KANJI}]") + rf" ?[{_KANJI}]{{1,2}}(?={_READING})")
_READING_AT = re.compile(_READING)
_HONORIFIC = r"(?=さん|様|氏|殿|君|くん|ちゃん)"
_CAPS = re.compile(starts_after("[A-Z]", "[A-Za-z]") + rf"[A-Z]{{1,15}}(?: [A-Z]{{2,16}}){{1,2}} ?{_HONORIFIC}")
# words of a firm's or a place's name written in capitals before 様 (ABC TRADING様)
_NOT_NAME_WORDS = frozenset({"CO", "LTD", "INC", "CORP", "CORPORATION", "COMPANY", "JAPAN", "TRADING", "GROUP", "SHOP",
                             "STORE", "HOTEL", "CLUB", "TEAM", "SYSTEM", "SYSTEMS", "SERVICE", "SERVICES", "HOLDINGS",
                             "INTERNATIONAL", "OFFICE", "DESIGN", "STUDIO", "LLC", "KK", "THE", "AND", "OF"})
# a surname of one to three kanji, a small kana inside some (三ツ矢, 一ノ瀬, 八ヶ代), then hiragana
_HIRAGANA_GIVEN = re.compile(starts_after(f"[{_KANJI}]", f"[{_KANJI}]") + rf"(?:[{_KANJI}]|[ツケノヶ](?=[{_KANJI}])){{1,3}}"
                             r"[ \u3000]?([ぁ-ゖ]{2,5})")
# where a given name in hiragana ends: an honorific, a field's end, punctuation
_NAME_END = re.compile(r"さん|様|氏|くん|ちゃん|殿|$|[\s、。，,．.（(）)・：:」』]", re.MULTILINE)
# or a particle before other than hiragana (ひなたは休み, ひなたと南雲): hiragana after it
# may be the name's own (…あかねの, …しのぶが); three characters at least, fewer are words
_PARTICLE_END = re.compile(r"[はがとにをもへ](?![ぁ-ゖ])")


def written_names(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of the names of the module's three kinds."""
    spans = list(_with_readings(text))
    if " " in text:
        spans += [m.span() for m in _CAPS.finditer(text) if not set(m.group().split()) & _NOT_NAME_WORDS]
    if re.search("[ぁ-ゖ]", text):
        spans += list(_hiragana_given(text, lists))
    return spans


def _with_readings(text: str) -> Iterator[tuple[int, int]]:
    if "（" not in text and "(" not in text:
        return
    for match in _CJK_WITH_READING.finditer(text):
        reading = _READING_AT.match(text, match.end())
        yield match.span()
        yield reading.span(1)


# hiragana after a surname that read as a given name but are an honorific or particles (佐藤さん: サン)
_NOT_GIVEN = ("さん", "さま", "くん", "ちゃん", "どの", "たち", "ども", "から", "まで", "より", "など", "です", "とも", "にも",
              "では", "には", "へは", "とは", "のみ", "だけ", "ほか")


def _hiragana_given(text: str, lists: NameLists) -> Iterator[tuple[int, int]]:
    for match in _HIRAGANA_GIVEN.finditer(text):
        end = _given_end(text, match.start(1), match.end(1), lists)
        if end is None:
            continue
        surname = text[match.start():match.start(1)].rstrip(" \u3000")
        if surname in lists.surnames or dictionary_surname(surname):
            yield match.start(), end


def _given_end(text: str, start: int, end: int, lists: NameLists) -> int | None:
    """The end of the longest given name of the lists in the hiragana text[start:end]
    that ends where a name ends (さん, punctuation; a particle after three characters)."""
    for stop in range(end, start + 1, -1):
        given = text[start:stop]
        if given.startswith(_NOT_GIVEN) or _katakana(given) not in lists.given_kana:
            continue
        if _NAME_END.match(text, stop) or (stop - start >= 3 and _PARTICLE_END.match(text, stop)):
            return stop
    return None


def _katakana(hiragana: str) -> str:
    return "".join(chr(ord(c) + 0x60) for c in hiragana)
