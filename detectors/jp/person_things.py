"""Names of things that look like people's names in prose: what the sentence around
a candidate says it is, read from the text alone (cheap, after every tier).

- a thing's word right after it or ending it: 吉川弘文館から, 小美能号と, 李明博政権・,
  イシス神殿が, 第三東洋丸, …川堰 (not 館長, 校長: roles of people end in a further kanji);
- the tail of a place right before it: オクラホマ州エイダで (a town in a state);
- an event named after it: 戴潮春の乱, 甲申の変;
- an address begun before it: 静岡県富士宮市上条原 (not 市上条原);
- a title: inside a quotation with a word for a work or an episode's number right
  before or after it (映画「風の谷の…」, 番組「…」, 「…」シリーズ, 藩校「…」, 第3話「…」),
  or listed with other quotations as a list of works (「…」や「…」などで). Quotations
  side by side are not enough: credits are written so too (「作曲…、編曲…」「…採譜…編曲」).
Word lists are data files (data/thing_after_name.txt, data/title_before_quote.txt).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from detectors.jp.person_words import HONORIFICS, PROSE_TITLES, TITLES
from detectors.words import alternation

DATA = Path(__file__).resolve().parent / "data"
_KANJI = "\u4e00-\u9fff々"
_PLACE_TAIL = re.compile(f"[{_KANJI}ァ-ヶー][州県府市町村郡区]$")
# a kanji or two of the name may follow the candidate: 戴潮 in 戴潮春の乱
_EVENT_AFTER = re.compile(f"[{_KANJI}]{{0,2}}の[乱変役](?![{_KANJI}])")
# a prize named after someone, a word or two between (…個別賞, …記念杯)
_PRIZE_AFTER = re.compile(f"[{_KANJI}]{{0,3}}[賞杯](?![{_KANJI}])")
_OPENING, _CLOSING = "「『", "」』"
# What ends a ship or a boat (丸木舟), a building, a weir, a mountain, a pass, a station or a port read as
# a name (第三東洋丸, …弘文館, …川堰, …子岳); not 号, which ends common words run on after
# a name (番号, 記号), nor 湖, 寺, 宮, 城, which end given names and surnames (香奈湖, 小野寺).
_ENDING = re.compile("[丸館堰岳峠駅港舟船艦]$")
QUOTE_REACH = 60  # characters searched for the brackets around a candidate
# An address begun with a prefecture runs on into the candidate: 静岡県富士宮市上条原 read as 市上条原.
_ADDRESS_BEFORE = re.compile(f"[都道府県][{_KANJI}ァ-ヶー]{{1,6}}$")
_ADDRESS_UNITS = "市町村郡区"
# An episode or a volume numbered right before or after a quotation: 第3話「…」, 「…」第2巻.
_NUMBERED_BEFORE = re.compile("[0-9０-９一二三四五六七八九十百]+[話巻]$")
_NUMBERED_AFTER = re.compile("第?[0-9０-９一二三四五六七八九十百]+[話巻部]")
# Quotations listed with や, と or 、 and closed by など or といった are titles (「…」や「…」などで).
_QUOTE_JOINER = re.compile("(?:や|と|、|・)[「『]")
_LIST_CLOSER = re.compile("(?:など|等|といった)")
# a name addressed inside a quotation is spoken, not a title (「…選手、出るぞ」、「…」といった)
_ADDRESSED = re.compile(alternation(HONORIFICS | TITLES | PROSE_TITLES))


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
                or _PLACE_TAIL.search(text, max(0, start - 2), start) or in_an_address(text, start)
                or in_a_title(text, start, end))


def in_an_address(text: str, start: int) -> bool:
    """A candidate that begins with the unit of an address begun before it (静岡県富士宮|市上条原)."""
    return text[start] in _ADDRESS_UNITS and _ADDRESS_BEFORE.search(text, max(0, start - 8), start) is not None


def in_a_title(text: str, start: int, end: int) -> bool:
    """A candidate inside 「…」 or 『…』 that is a title: a word for a work right
    before the opening bracket (番組「…」) or right after the closing one (「…」シリーズ)."""
    opening = max(text.rfind(mark, max(0, start - QUOTE_REACH), start) for mark in _OPENING)
    if opening < 0 or any(mark in text[opening + 1:start] for mark in _CLOSING):
        return False
    closing = _closing_after(text, end)
    if closing < 0 or any(mark in text[end:closing] for mark in _OPENING):
        return False
    _, title_word, title_before = _patterns()
    return bool(title_before.search(text, max(0, opening - 8), opening) or title_word.match(text, closing + 1)
                or _NUMBERED_BEFORE.search(text, max(0, opening - 6), opening)
                or _NUMBERED_AFTER.match(text, closing + 1)
                or (_listed_titles(text, opening, closing) and not _ADDRESSED.match(text, end))
                or _run_on_in_quote(text, start, end, opening, closing))


def _listed_titles(text: str, opening: int, closing: int) -> bool:
    """A quotation among others joined by や, と or 、 whose list ends in など or といった
    (「…」や「…」などで, 「…」、「…」といった雑誌): titles of works, not names. (A credit
    holds its roles inside one quotation: 「作曲…、編曲…」.)"""
    count, first, last = 1, opening, closing
    while joined := _QUOTE_JOINER.match(text, last + 1):  # the quotations after this one
        following = _closing_after(text, joined.end())
        if following < 0:
            break
        count, last = count + 1, following
    while first > 1 and text[first - 1] in "や、と・" and text[first - 2] in _CLOSING:  # and before it
        previous = max(text.rfind(mark, max(0, first - 2 - QUOTE_REACH), first - 2) for mark in _OPENING)
        if previous < 0:
            break
        count, first = count + 1, previous
    return count >= 2 and _LIST_CLOSER.match(text, last + 1) is not None


def _closing_after(text: str, position: int) -> int:
    """The first closing bracket within reach after position, or -1."""
    return min((i for i in (text.find(mark, position, position + QUOTE_REACH) for mark in _CLOSING) if i >= 0),
               default=-1)


_ROMAJI = re.compile("[A-Za-z][A-Za-z .'-]*")


def _run_on_in_quote(text: str, start: int, end: int, opening: int, closing: int) -> bool:
    """Romaji among more words of a quoted English title (「Lullaby for a …」). (A kanji
    name run on with more kanji in a quotation is as often a pen name or a credit,
    「…浩庵」, 「…採譜…編曲」, as a title: 2 names lost for 2 titles on half A.)"""
    return (_ROMAJI.fullmatch(text, start, end) is not None and _ROMAJI.fullmatch(text, opening + 1, closing) is not None
            and closing - opening - 1 > end - start)
