"""Names of things that look like people's names in prose: what the sentence around
a candidate says it is, read from the text alone (cheap, after every tier).

- a thing's word right after it or ending it: 吉川弘文館から, 小美能号と, 李明博政権・,
  イシス神殿が, 第三東洋丸, …川堰 (not 館長, 校長: roles of people end in a further kanji);
- the tail of a place right before it: オクラホマ州エイダで (a town in a state);
- an event named after it: 戴潮春の乱, 甲申の変;
- a title: inside a quotation with a word for a work right before or after it
  (映画「風の谷の…」, 番組「…」, 「…」シリーズ, 藩校「…」). Quotations side by side
  are not enough: credits are written so too (「作曲…、編曲…」「…採譜…編曲」).
Word lists are data files (data/thing_after_name.txt, data/title_before_quote.txt).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from detectors.words import alternation

DATA = Path(__file__).resolve().parent / "data"
_KANJI = "\u4e00-\u9fff々"
_PLACE_TAIL = re.compile(f"[{_KANJI}ァ-ヶー][州県府市町村郡区]$")
# a kanji or two of the name may follow the candidate: 戴潮 in 戴潮春の乱
_EVENT_AFTER = re.compile(f"[{_KANJI}]{{0,2}}の[乱変役](?![{_KANJI}])")
# a prize named after someone, a word or two between (…個別賞, …記念杯)
_PRIZE_AFTER = re.compile(f"[{_KANJI}]{{0,3}}[賞杯](?![{_KANJI}])")
_OPENING, _CLOSING = "「『", "」』"
# What ends a ship, a building, a weir, a mountain, a pass, a station or a port read as
# a name (第三東洋丸, …弘文館, …川堰, …子岳); not 号, which ends common words run on after
# a name (番号, 記号), nor 湖, 寺, 宮, 城, which end given names and surnames (香奈湖, 小野寺).
_ENDING = re.compile("[丸館堰岳峠駅港]$")
QUOTE_REACH = 60  # characters searched for the brackets around a candidate


def _words(name: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    thing_after = re.compile(f"(?:{alternation(_words('thing_after_name'))})(?![{_KANJI}])")
    title_word = re.compile(f"(?:{alternation(_words('title_before_quote'))})(?![{_KANJI}])")
    title_before = re.compile(f"(?:{alternation(_words('title_before_quote'))})$")
    return thing_after, title_word, title_before


def names_a_thing_in_prose(text: str, start: int, end: int) -> bool:
    """Whether the candidate text[start:end] is part of the name of a thing, a
    place, an event or a work by what is written around it (see the module)."""
    thing_after = _patterns()[0]
    ends_as_a_thing = _ENDING.search(text, start + 1, end) is not None and not any(
        ch.isspace() for ch in text[start:end])  # not a span run on into a label: 小林 由美 個人番号
    return bool(thing_after.match(text, end) or ends_as_a_thing or _EVENT_AFTER.match(text, end) or _PRIZE_AFTER.match(text, end)
                or _PLACE_TAIL.search(text, max(0, start - 2), start) or in_a_title(text, start, end))


def in_a_title(text: str, start: int, end: int) -> bool:
    """A candidate inside 「…」 or 『…』 that is a title: a word for a work right
    before the opening bracket (番組「…」) or right after the closing one (「…」シリーズ)."""
    opening = max(text.rfind(mark, max(0, start - QUOTE_REACH), start) for mark in _OPENING)
    if opening < 0 or any(mark in text[opening + 1:start] for mark in _CLOSING):
        return False
    closing = min((i for i in (text.find(mark, end, end + QUOTE_REACH) for mark in _CLOSING) if i >= 0), default=-1)
    if closing < 0 or any(mark in text[end:closing] for mark in _OPENING):
        return False
    _, title_word, title_before = _patterns()
    return bool(title_before.search(text, max(0, opening - 8), opening) or title_word.match(text, closing + 1)
                or _run_on_in_quote(text, start, end, opening, closing))


_ROMAJI = re.compile("[A-Za-z][A-Za-z .'-]*")


def _run_on_in_quote(text: str, start: int, end: int, opening: int, closing: int) -> bool:
    """Romaji among more words of a quoted English title (「Lullaby for a …」). (A kanji
    name run on with more kanji in a quotation is as often a pen name or a credit,
    「…浩庵」, 「…採譜…編曲」, as a title: 2 names lost for 2 titles on half A.)"""
    return (_ROMAJI.fullmatch(text, start, end) is not None and _ROMAJI.fullmatch(text, opening + 1, closing) is not None
            and closing - opening - 1 > end - start)
