"""Names in running text, from the dictionary's 人名 tags and what follows them.

In prose a name stands without 様 or a label: 「営業二課の小野寺は」, 「雄一が」,
「ゴルバチョフと」. What makes a tagged word a name there is that it ends a noun
phrase: a particle, a comma or a bracket right after it, or a role (監督, 大統領).
The same word before a noun names a thing (佐藤製作所, 熊井鉄鋼, ハドソン川).
Foreign names in katakana come in parts joined by ・ or = (ジョン・F・ケネディ): the
whole chain is judged, never one part of it (ウェイン in デトロイト・メトロポリタン・
ウェイン・カウンティ空港), and a chain that begins with a place is a team or a
company (ニューヨーク・ヤンキース).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from detectors.jp.base import starts_after
from detectors.jp.person_words import (CHAIN_THING_SUFFIXES, CHAIN_THING_WORDS, HONORIFICS, PLACE_ACTIONS,
                                      PLACE_FACILITIES, PHRASE_END_MARKS, PROSE_TITLES, ROLE_NOUNS,
                                      TITLES)
from detectors.legal_forms import COMPANY
from detectors.nlp import WordLookup
from detectors.words import alternation

PHRASE_END_TAGS = frozenset({"助詞", "助動詞", "接続詞"})

_KATAKANA = "ァ-ヶー"
# Parts joined by ・ or =, initials before or between them (H・R・ギーガー, ジョン・F・ケネディ).
_CHAIN = re.compile(starts_after("[A-Z]", "[A-Za-z0-9]") + rf"\.?[・=＝](?:[A-Z]\.?[・=＝])*[{_KATAKANA}]+"
                    rf"(?:[・=＝](?:[{_KATAKANA}]+|[A-Z]\.?))*|"
                    + starts_after(f"[{_KATAKANA}]", f"[{_KATAKANA}]") + rf"[{_KATAKANA}]*(?:[・=＝](?:[{_KATAKANA}]+|[A-Z]\.?))+")
_JOINED = re.compile(rf"[{_KATAKANA}・=＝]")
_IN_A_CHAIN = re.compile(rf"[{_KATAKANA}・=＝A-Z.]")
_KATAKANA_WORD = re.compile(rf"[{_KATAKANA}・=＝]+")  # one token may hold a whole chain (ネルソン・マンデラ)
_JOINERS = re.compile("[・=＝]")
_ADDRESSING = re.compile(f" ?(?:{alternation(HONORIFICS | TITLES)})")
_ROLE_WORDS = PROSE_TITLES | HONORIFICS | TITLES
# A role ends there: not 選手権, 王国, 公式.
_ROLE = (f"(?:[元前現副]?[\u4e00-\u9fff]{{0,2}}?(?:{alternation(_ROLE_WORDS)})(?![\u4e00-\u9fff]))")
# After a name: a mark, a role (上院議員, 元副会長) or a word that ends its phrase.
_MARK_OR_ROLE = re.compile(
    f"(?:{alternation(PHRASE_END_MARKS)}|作|役|家|一家|[0-9一二三四五六七八九十]+世|{_ROLE})")
# After a katakana chain, particles too: the chain ends where katakana ends.
_THING_AFTER = re.compile(alternation(CHAIN_THING_SUFFIXES))
_CHAIN_END = re.compile("(?:は|が|の|に|と|を|も|や|へ|から|より|まで|など|で|だ|です|および|及び|並びに|または|$|\\s)")


def addressed(text: str, end: int) -> bool:
    """A name followed by 様, さん or a job title (田中部長, 佐々木係長)."""
    return _ADDRESSING.match(text, end) is not None


_AFTER_A_ROLE = re.compile(f"(?:{alternation(ROLE_NOUNS)})の$")
_ROLE_REACH = max(len(role) for role in ROLE_NOUNS) + 1


def after_a_role(text: str, start: int) -> bool:
    """A role and の right before `start` (部長の, 作者の)."""
    return _AFTER_A_ROLE.search(text, max(0, start - _ROLE_REACH), start) is not None


_AS_A_PLACE = re.compile(f"(?:の(?:{alternation(PLACE_FACILITIES)})|(?:に|へ|で|から|まで)(?:{alternation(PLACE_ACTIONS)}))")


def said_of_a_place(text: str, end: int) -> bool:
    """What follows a lone surname says it is a place (川口の倉庫, 豊田に納品)."""
    return _AS_A_PLACE.match(text, end) is not None


_CASE_PARTICLE = re.compile("(?:は|が|も|を|に|と|から|より)")


def subject_or_object(text: str, end: int) -> bool:
    """A case particle after a word, read from the text (佐伯は, 長野が)."""
    return _CASE_PARTICLE.match(text, end) is not None


def ends_phrase(text: str, words, first: int, last: int) -> bool:
    """Whether the name tokens words[first..last] end a noun phrase: a particle or
    an auxiliary, a comma or bracket, or a role right after them (小野寺は,
    雄一が, 佐藤の, 川上監督), not a noun (佐藤製作所). A name that is the whole of
    a quotation (「大石恵三」) is the title of a work."""
    end = words[last].end
    if end == len(text) or text[end].isspace() or quoted_whole(text, words[first].start, end):
        return False  # a name at the end of a cell or line ends no phrase of prose
    after = words[last + 1] if last + 1 < len(words) else None
    return (after is not None and after.start == end and after.tag in PHRASE_END_TAGS) or bool(
        _MARK_OR_ROLE.match(text, end))


def in_a_longer_word(text: str, start: int, end: int) -> bool:
    """A katakana name glued to letters before it (JPモルガン) or to more katakana
    (ハーレーダビッドソン), or in parts joined by ・ or = (ジョン・スミス, ジョン・
    ゴールト線): part of a word, or a chain that katakana_chains judges as a whole."""
    if start and text[start - 1].isdigit():
        return True  # 1992年春 read as a given name 年春
    if not ("\u30a0" <= text[start] <= "\u30ff"):
        return False
    before = text[start - 1] if start else " "
    return bool(before.isascii() and before.isalnum() or _JOINED.match(before)
                or _JOINED.match(text[end] if end < len(text) else " ") or _JOINERS.search(text, start, end))


# a kind's word, then a short quotation of its name (紅白「夢千代」, 品種「春姫」): a nickname after a particle stays
_GLUED_IN_QUOTE = re.compile(r"[\u30a1-\u30fa\u30fc\u4e00-\u9fff々]「[\u3040-\u30ff\u4e00-\u9fff々]{1,5}$")


def quoted_whole(text: str, start: int, end: int) -> bool:
    """A name that is the whole of a quotation (「大石恵三」) is the title of a work; so is one that
    ends a short quotation, glued to the word before it, after a kind's word (紅白「夢千代」: a fish's name) (text26)."""
    return 0 < start and end < len(text) and text[end] == "」" and (
        text[start - 1] == "「" or _GLUED_IN_QUOTE.search(text, max(0, start - 7), start) is not None)


def chain_ends(text: str, end: int) -> bool:
    """A katakana chain ends a noun phrase at `end` (…・スミスは, …・スミス様)."""
    return _CHAIN_END.match(text, end) is not None or _MARK_OR_ROLE.match(text, end) is not None


def katakana_chains(text: str, words, name_tags: frozenset[str], place_tag: str) -> list[tuple[int, int]]:
    """(start, end) of katakana names in parts (ジョン・F・ケネディ, ル=グウィン): a
    chain with a part the dictionary tags as a name, not a thing (see
    names_a_thing), ending a noun phrase. Only chains around a tagged katakana
    name are read: names are few, katakana words many."""
    starts = [w.start for w in words]
    found = {}
    for word in words:
        if word.tag not in name_tags or not _KATAKANA_WORD.fullmatch(word.text):
            continue
        start, end = word.start, word.end
        while start and _IN_A_CHAIN.match(text[start - 1]):
            start -= 1
        while end < len(text) and _IN_A_CHAIN.match(text[end]):
            end += 1
        if start not in found and _JOINERS.search(text, start, end):
            chain = _CHAIN.match(text, start)
            found[start] = chain and chain.end() >= word.end and _chain_name(
                text, chain, words, starts, name_tags, place_tag)
    return [span for span in found.values() if span]


def _chain_name(text: str, chain: re.Match, words, starts: list[int], name_tags: frozenset[str],
                place_tag: str) -> tuple[int, int] | None:
    start, end = chain.span()
    inside = words[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
    names = sum(w.tag in name_tags for w in inside)
    if names_a_thing(chain.group(), inside, start, end, name_tags, place_tag) or beside_a_legal_form(text, start, end):
        return None
    if chain_ends(text, end) or (names >= 2 and not _THING_AFTER.match(text, end)):
        return start, end  # two names in parts are a person before most words (…・ジョージ挙国一致内閣)
    return None


_LEGAL_FORM_BEFORE = re.compile(f"(?:{COMPANY}) ?$")
_LEGAL_FORM_AFTER = re.compile(f" ?(?:{COMPANY})")


def beside_a_legal_form(text: str, start: int, end: int) -> bool:
    """A company's name: right after or before 株式会社 (株式会社リンクス・テック)."""
    return bool(_LEGAL_FORM_BEFORE.search(text, max(0, start - 6), start) or _LEGAL_FORM_AFTER.match(text, end))


# A part that ends in a long thing word is one too (…・オートモービルグループ).
_ARTICLES = frozenset({"ザ", "ジ", "オブ", "アンド", "エンド"})  # ザ・ドリフターズ: a band's name, addressed or not
_ENDS_WITH_A_THING = re.compile(f"[{_KATAKANA}](?:{alternation(w for w in CHAIN_THING_WORDS if len(w) >= 4)})$")


def names_a_thing(chain: str, words_inside, start: int, end: int, name_tags: frozenset[str], place_tag: str,
                  addressed: bool = False) -> bool:
    """A katakana chain that begins with a place and does not end with a name
    (ニューヨーク・ヤンキース, not ロッキー・ロメロ) or has a part naming a thing
    (リオ・ティント・グループ, …・オートモービルグループ): a team, a company, a place. Addressed
    (…さん, …様), a thing's word first is a given name of a land where it is one (シティ・アミナさん:
    Siti, people20); last it is the thing the chain names still (シティ・ホテル様)."""
    parts = _JOINERS.split(chain)
    if any((part in CHAIN_THING_WORDS or _ENDS_WITH_A_THING.search(part))
           and not (addressed and i == 0 < len(parts) - 1 and part not in _ARTICLES) for i, part in enumerate(parts)):
        return True
    return bool(words_inside) and words_inside[0].start == start and words_inside[0].tag == place_tag and not (
        words_inside[-1].end == end and words_inside[-1].tag in name_tags)


_UNKNOWN = rf"[{_KATAKANA}]{{2,}}(?:[・=＝](?:[{_KATAKANA}]+|[A-Z]\.?))*(?![{_KATAKANA}・=＝])"
_PARTICLE = "(?:は|が|の|に|と|を|も|や|へ|ら|、|。)"
_AND = "(?:と|や|、|および|及び)"
# Where the sentence says a katakana word is a person's name: a role after it
# (ハリルホジッチ監督), or a role and の before it and a particle after (新人のチュブコフは);
# each pattern begins with its first character (see starts_after).
_ROLE_AFTER = re.compile(starts_after(f"[{_KATAKANA}]", f"[{_KATAKANA}・=＝A-Za-z]")
                         + rf"[{_KATAKANA}]+(?:[・=＝](?:[{_KATAKANA}]+|[A-Z]\.?))*(?=[元前現副\u4e00-\u9fff])(?={_ROLE})")
_AFTER_NO = re.compile(rf"の({_UNKNOWN})(?={_PARTICLE})")
_LISTED_AFTER = re.compile(rf"{_AND}({_UNKNOWN})(?={_PARTICLE})")
_LISTED_BEFORE = re.compile(rf"(?<![{_KATAKANA}・=＝A-Za-z])({_UNKNOWN}){_AND}$")
_LISTED_REACH = 30


def unknown_katakana_names(text: str, lookup: Callable[[str], WordLookup],
                           found: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """(start, end) of katakana names the dictionary does not know (ハリルホジッチ,
    チュブコフ) where the sentence says they are people: a role after them
    (…監督, …中佐), a role and の before them (新人のチュブコフは), or a person's
    name they are listed with (ボニエとマリオ)."""
    names = sorted((start, end) for start, end, score in found if score >= 0.6)
    spans = [match.span() for match in _ROLE_AFTER.finditer(text)]
    spans += [match.span(1) for match in _AFTER_NO.finditer(text) if after_a_role(text, match.start(1))]
    for start, end in names:
        after = _LISTED_AFTER.match(text, end)
        before = _LISTED_BEFORE.search(text, max(0, start - _LISTED_REACH), start)
        spans += [m.span(1) for m in (after, before) if m]
    return sorted({(start, end) for start, end in spans
                   if not _overlaps(names, start, end) and lookup(text[start:end]).unknown})


def _overlaps(names: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(names, (end,))
    return any(s < end and start < e for s, e in names[max(0, i - 3):i])
