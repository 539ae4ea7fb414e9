"""Japanese, Chinese and Korean names whose given part the dictionary reads as a word,
where the sentence says they are people (issue 12, prose18).

A definition: an encyclopaedia's, a programme's or a staff page's first sentence of a person is
「<name>は、<where from>の<kind of person>。」 (…は、大阪府出身の俳人。, …は、日本の元
プロレスラー。). Pen names, stage names and many given names are common words (夕凪,
春雷, 夜光), so the tokenizer splits the name into a surname and a word and no tag
says person; the definition does. person_said reads the same definition for katakana
words; here the candidate is the whole run of the sentence's first words before
は、, read only when it begins with a surname of the lists and is no longer than a
name (up to eight characters of kanji and kana, no particle or mark inside).
Not a person: the run is said to be something else by the kind (a place, a company:
…の企業。 is no kind of person), a household (…家は、…の旧家。: person_said's
not-kinds), or it runs on with a company's or a place's word (…商店, …県).

A role or a kind of person right before, with の or ・ (会長の山根明を, 作曲家の森田春雷が,
社長の金載哲と): the run after it, up to a particle or a mark, is a surname of the lists
and a given part of one to three characters that ends as given names do (not 山田工業,
中野支店, 田中課長: person_words.NOT_GIVEN_NAMES, titles), or a Chinese or Korean surname
of one character and two more (金, 王 are words too, but not after 社長の). After a role
the given part must not be one common word (黒澤映画, 木村体制, 藤田時代 are the person's
film, regime, era): pen names that are (作曲家の森田春雷) are left to a definition.

A credit: the run before が and a share of a work's making (…が作詞、…が作曲を担当, …が小説、
…が挿絵を寄稿): a surname of the lists and a given part as above, which may be a word here
(森下夜光が作詞): a body is credited as 制作 or 製作, not for the words or the drawings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.jp.person_names import NameLists
from detectors.jp.person_said import defined_as_a_person, role_before
from detectors.jp.person_words import CJK_SURNAMES, GROUP_AND_PLACE_ENDS, NOT_GIVEN_NAMES, PROSE_TITLES, ROLE_NOUNS
from detectors.nlp import WordLookup

_KANJI = "\u4e00-\u9fff々"
# the run before は、 at a sentence's start: kanji first (a surname), then kanji or kana
_RUN = re.compile(rf"[{_KANJI}][{_KANJI}ぁ-ゖァ-ヶー]{{1,7}}$")
_SENTENCE_START = "。\n"
_LONGEST = 8  # characters of a name's run


def kanji_names_said(text: str, lists: NameLists, lookup: Callable[[str], WordLookup],
                     found: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """(start, end) of the names the three signs of the module find, not overlapping found."""
    spans = defined_kanji_names(text, lists, found) + named_after_a_role(text, lists, lookup, found)
    return sorted(set(spans + credited_names(text, lists, found)))


def defined_kanji_names(text: str, lists: NameLists, found: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """(start, end) of a name that begins its sentence and that the sentence defines as
    a kind of person (see the module), not overlapping what was found."""
    spans = []
    at = text.find("は、")
    while at > 0:
        start = _sentence_start(text, at)
        run = _RUN.search(text, start, at) if 0 <= start and at - start <= _LONGEST else None
        if run and run.start() == start and _a_name(run.group(), lists) and defined_as_a_person(text, start, at) \
                and not any(s < at and start < e for s, e, score in found if score >= 0.6):
            spans.append((start, at))
        at = text.find("は、", at + 2)
    return spans


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding at begins: after 。 or a line's end, or the text's start."""
    begin = max(0, at - _LONGEST - 1)  # a run longer than a name is never read
    found = max(text.rfind(mark, begin, at) for mark in _SENTENCE_START)
    return found + 1 if found >= 0 or begin == 0 else -1


def _a_name(run: str, lists: NameLists) -> bool:
    """A surname of the lists, then a given part of one to five characters, and no word of
    a body or a place at the end (…商店, …町)."""
    if run[-1] in GROUP_AND_PLACE_ENDS:
        return False
    return any(run[:n] in lists.surnames and 1 <= len(run) - n <= 5 for n in (1, 2, 3))


# a kanji run after の or ・ up to where a noun phrase ends
_AFTER_MARK = re.compile(rf"[の・]([{_KANJI}]{{2,6}})(?=[はがのにとをもやへ、。]|から|による|ら|たち)")


def named_after_a_role(text: str, lists: NameLists, lookup: Callable[[str], WordLookup],
                       found: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """(start, end) of a full name right after a role or a kind of person and の or ・
    (see the module), not overlapping what was found."""
    spans = []
    for match in _AFTER_MARK.finditer(text):
        start, end = match.span(1)
        run = match.group(1)
        given = _given_part(run, lists)
        if given and role_before(text, start) and not lookup(given).common and not lookup(run).place \
                and not any(s < end and start < e for s, e, score in found if score >= 0.6):
            spans.append((start, end))
    return spans


def _given_part(run: str, lists: NameLists) -> str:
    """What follows a surname of the lists (山根明: 明, 長谷仍花: 仍花) or a Chinese or
    Korean surname of one character (金載哲: 載哲), one to three characters that end as
    a given name does and are no title (not 山田工業, 田中課長); "" when the run is no
    surname and given part."""
    if len(run) == 3 and run[0] in CJK_SURNAMES:
        given = run[1:]
    else:
        given = next((run[n:] for n in (3, 2) if run[:n] in lists.surnames and 1 <= len(run) - n <= 3), "")
    if not given or run[-1] in NOT_GIVEN_NAMES or any(run[-n:] in _TITLE_ENDS for n in range(1, _TITLE_LONGEST + 1)):
        return ""
    return given


_TITLE_ENDS = frozenset(PROSE_TITLES | ROLE_NOUNS)
_TITLE_LONGEST = max(map(len, _TITLE_ENDS))


# a share of a work's making, then where the credit ends (…が作曲、…が作曲を担当, …が挿絵。)
_CREDITS = ("作詞", "作曲", "編曲", "作画", "脚本", "挿絵", "挿画", "原作", "演出", "振付", "監修", "翻訳", "小説", "漫画",
            "イラスト", "表紙イラスト", "表紙", "装画", "装丁", "主演", "撮影", "作詞・作曲")
_CREDIT = re.compile(f"が(?:{'|'.join(sorted(_CREDITS, key=len, reverse=True))})(?=[、。をで])")
_KANJI_RUN_BEFORE = re.compile(rf"(?<![{_KANJI}])[{_KANJI}]{{2,6}}$")


def credited_names(text: str, lists: NameLists, found: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """(start, end) of a full name credited with a share of a work (see the module),
    not overlapping what was found."""
    spans = []
    for credit in _CREDIT.finditer(text):
        run = _KANJI_RUN_BEFORE.search(text, max(0, credit.start() - 6), credit.start())
        if run and _given_part(run.group(), lists) \
                and not any(s < run.end() and run.start() < e for s, e, score in found if score >= 0.6):
            spans.append(run.span())
    return spans
