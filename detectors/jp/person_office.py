"""Names in office prose and mail (issue 12, names3): the habits of minutes, daily
reports and interview notes that the other tiers miss.

- Speakers at line starts in minutes typed by a note-taker: 佐伯：…, 【佐伯】…,
  （佐伯）…, ・佐伯）…, 佐伯より、… A surname of the lists alone is rarely a name
  to the tokenizer (平塚 is a city, 小寺 a temple), so the form is only trusted where
  the text is such a transcript: two lines or more start so.
- A surname the tokenizer reads as a place or a word before a given name it found
  (三好　健太郎: only 健太郎 tagged): the listed surname joins the name.
- A listed surname, a space (half or full width), a listed given name: 三好　美咲 in
  an appraisal's 対象：, 真鍋 恵美 under a mail's signature, though the tags know neither.
- What stands in brackets right after a name as its reading or other script:
  王 麗華（おう れいか）, Rajesh Kumar（ラジェシュ・クマール）, and the reverse
  (マリア・サントス（Maria Santos）): kana of two parts, or two or three capitalised
  words, the whole bracket.
- A name of two or three capitalised words, or a listed surname in katakana, with
  an honorific (Nguyen Van Minhさん, ミヨシ様より折返し): the dictionary need not know it.
- A shop or café called after its owner (和田屋さん, カフェ・オオツカさん, 喫茶 大塚): a
  name ending as a shop does, or with a kind of shop right before it, is a thing.
- Romaji with the surname in capitals and the given name capitalised, either order
  (ASANO Emi, Emi ASANO), both parts in the romaji lists.
"""

from __future__ import annotations

import re

from detectors.jp.person_names import NameLists
from detectors.jp.person_romaji import DESK_WORDS, HEPBURN
from detectors.jp.person_words import NOT_GIVEN_NAMES

_KANJI = "\u4e00-\u9fff々"
_MARK = r"(?:[・\-－＊*]\s*)?"
_SAID = "(?:補足|報告|連絡|説明|回答|共有|提案|質問|発言|依頼)"
# line-start speaker forms; group 1 is the surname
_SPEAKER = re.compile(rf"^{_MARK}(?:【([{_KANJI}]{{2,3}})】|[（(]([{_KANJI}]{{2,3}})[）)]|([{_KANJI}]{{2,3}})"
                      rf"(?:\s*[：:](?![0-9０-９])|[）)]|より(?:[、，,]|{_SAID})))", re.MULTILINE)
MIN_SPEAKER_LINES = 2
_SURNAME_BEFORE = re.compile(rf"(?<![{_KANJI}])([{_KANJI}]{{2,3}})[ \u3000]?$")
_GIVEN_AFTER = re.compile(rf"[ \u3000]?([{_KANJI}]{{1,3}})(?![{_KANJI}])")
# (?<![K])([K]{2,3}) written with the look-behind after the first kanji, so the pattern opens with a class
_SPACED = re.compile(rf"([{_KANJI}](?<![{_KANJI}][{_KANJI}])[{_KANJI}]{{1,2}})[ \u3000]([{_KANJI}]{{1,3}})(?![{_KANJI}])")
_WORDS_NOT_GIVEN = frozenset({"記", "済", "等", "大", "明日", "以上", "以下", "一同", "他"})
_HONORIFIC = "(?=さん|様|氏)"
_LATIN_ADDRESSED = re.compile(rf"(?<![A-Za-z])[A-Z][a-z]{{1,15}}(?: [A-Z][a-z]{{1,15}}){{1,2}}{_HONORIFIC}")
_KANA_ADDRESSED = re.compile(rf"(?<![ァ-ヺー・])[ァ-ヺー]{{2,8}}{_HONORIFIC}")
# Hints: what a match of the look-behind patterns must hold, searched first. A pattern that
# opens with a look-behind is tried at every position; one that opens with a class is not.
_LATIN_ADDRESSED_HINT = re.compile(rf"[a-z]{_HONORIFIC}")
_KANA_ADDRESSED_HINT = re.compile(rf"[ァ-ヺー]{_HONORIFIC}")  # a match starts at most 7 before it
_SHOP_END = re.compile(r"(?:屋|堂|亭|舗|店|商会)$")
_SHOP_BEFORE = re.compile(r"(?:カフェ|喫茶|サロン|ベーカリー|クリーニング|ショップ|スタジオ|ホテル|旅館|レストラン|ストア|"
                          r"ブティック|フラワー|パティスリー|美容室|理容|居酒屋|ラーメン|食堂|書店|酒店|薬局|工務店|不動産)"
                          r"[・ \u3000]?")
_SHOP_BEFORE_END = re.compile(_SHOP_BEFORE.pattern + r"\Z")  # searched up to a name's start
_KANA_PART = "[ぁ-ゖァ-ヺー]{1,12}"
_LATIN_NAME = r"[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2}"
# a passport's spelling in capitals after the kanji name (瀬尾　広大（SEO KODAI）: people18b)
_CAPS_NAME = r"[A-Z]{2,15}(?: [A-Z]{2,15}){1,2}"
_BRACKETED = re.compile(rf"(?:さん|様|氏|君)?[（(](?:({_KANA_PART}(?:[ \u3000・]{_KANA_PART}){{1,2}})|({_LATIN_NAME}|{_CAPS_NAME}))[）)]")
_LATIN_BEFORE_BRACKET = re.compile(rf"(?<![A-Za-z])({_LATIN_NAME})[（(]")
_LATIN_BEFORE_BRACKET_HINT = re.compile(r"[a-z][（(]")
_MIXED_CASE = re.compile(r"(?<![A-Za-z])(?:([A-Z]{2,12}) ([A-Z][a-z]{1,11})|([A-Z][a-z]{1,11}) ([A-Z]{2,12}))(?![A-Za-z])")
_MIXED_CASE_HINT = re.compile(r"[A-Z](?:[A-Z]+ [A-Z][a-z]|[a-z]+ [A-Z]{2})")  # where the first match can start


def speaker_surnames(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """Listed surnames that open lines as speakers, where two lines or more do."""
    spans = []
    for match in _SPEAKER.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g))
        if match.group(group) in lists.surnames:
            spans.append(match.span(group))
    return spans if len(spans) >= MIN_SPEAKER_LINES else []


def with_surnames_before(text: str, names: list[tuple[int, int]], lists: NameLists) -> dict:
    """{given name's span: full name's span} where a listed surname stands right
    before a listed given name found alone (三好　健太郎)."""
    joined = {}
    for start, end in names:
        if text[start:end] not in lists.given_names:
            continue
        before = _SURNAME_BEFORE.search(text, max(0, start - 4), start)
        if before and before.group(1) in lists.surnames:
            joined[(start, end)] = (before.start(1), end)
    return joined


def with_given_names_after(text: str, names: list[tuple[int, int]], lists: NameLists) -> dict:
    """{surname's span: full name's span} where a listed given name the tags miss
    follows a listed surname found alone (対象：三好　美咲)."""
    joined = {}
    for start, end in names:
        after = _GIVEN_AFTER.match(text, end) if text[start:end] in lists.surnames else None
        if after and after.group(1) in lists.given_names:
            joined[(start, end)] = (start, after.end(1))
    return joined


def spaced_names(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """A listed surname, one space, a listed given name that is no common word."""
    spans = []
    for match in _SPACED.finditer(text):
        family, given = match.group(1), match.group(2)
        if family in lists.surnames and given in lists.given_names and given not in _WORDS_NOT_GIVEN \
                and given not in NOT_GIVEN_NAMES:
            spans.append(match.span())
    return spans


def addressed_forms(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """Nguyen Van Minhさん, ミヨシ様: romaji in words, a listed surname in katakana."""
    if "さん" not in text and "様" not in text and "氏" not in text:
        return []  # both patterns end in an honorific; spare their scan of every position
    spans = [m.span() for m in _LATIN_ADDRESSED.finditer(text)] if _LATIN_ADDRESSED_HINT.search(text) else []
    hint = _KANA_ADDRESSED_HINT.search(text)
    kana = _KANA_ADDRESSED.finditer(text, max(0, hint.start() - 7)) if hint else ()
    return spans + [m.span() for m in kana if m.group() in lists.surname_kana]


def a_shop(text: str, start: int, end: int, surnames: frozenset[str] = frozenset()) -> bool:
    """和田屋さん, カフェ・オオツカさん, 喫茶 大塚: a shop called after its owner; not a
    common surname that ends as a shop's name does (二階堂, 土屋, 守屋)."""
    name = text[start:end]
    if (_SHOP_END.search(name) and name not in surnames) or _SHOP_BEFORE.match(name):
        return True
    return _SHOP_BEFORE_END.search(text, max(0, start - 7), start) is not None


def bracketed_forms(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Readings and other scripts in brackets right after a name, and a romaji name
    right before a bracket holding a name (Rajesh Kumar（ラジェシュ・クマール）)."""
    if "(" not in text and "（" not in text:
        return []  # every form ends in a bracket
    ends = {end for _, end in names}
    starts = {start for start, _ in names}
    spans = []
    for end in sorted(ends):
        match = _BRACKETED.match(text, end)
        if match:
            spans.append(match.span(1) if match.group(1) else match.span(2))
    for match in _LATIN_BEFORE_BRACKET.finditer(text) if _LATIN_BEFORE_BRACKET_HINT.search(text) else ():
        inner = _BRACKETED.match(text, match.end(1))
        if inner and inner.group(1) and ("・" in inner.group(1) or inner.start(1) in starts):
            spans += [match.span(1), inner.span(1)]
    return spans


def mixed_case_romaji(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """ASANO Emi, Emi ASANO: a surname in capitals beside a listed given name, the surname
    listed or, beside a given name of three letters or more, a word of Japanese syllables
    the lists lack (AMEMIYA Chikage, people20). Candidates overlap (Dear HATANAKA Saori:
    Dear HATANAKA is tried first), so a rejected one moves on by one word, not past itself."""
    spans = []
    hint = _MIXED_CASE_HINT.search(text)
    match = _MIXED_CASE.search(text, hint.start()) if hint else None
    while match:
        surname, given = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        if given.upper() in lists.given_romaji and _a_surname_in_capitals(surname, given, lists):
            spans.append(match.span())
            match = _MIXED_CASE.search(text, match.end())
        else:
            match = _MIXED_CASE.search(text, match.start() + match.group().index(" ") + 1)
    return spans


def _a_surname_in_capitals(surname: str, given: str, lists: NameLists) -> bool:
    return surname in lists.surname_romaji or (
        len(given) >= 3 and len(surname) >= 4 and HEPBURN.fullmatch(surname) is not None and surname not in DESK_WORDS)
