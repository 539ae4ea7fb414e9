"""Names in the cells of a table's person columns.

A table's cells reach the recognizer as `header: value` fields separated by tabs,
one row a line (detectors.fields). A column is a person column when its header
ends with a person's role and, optionally, the part of the name it holds
(来訪者, 面会者, 口座名義(カナ), 来訪者 氏名, お名前（カナ）, 氏名(英字), 世帯主, 故人);
a header naming something of that person (来訪者会社名, 担当者電話, 会員番号) is not.
Under an unknown header (ご署名, 同行), a column is a person column when most of
its cells in the block hold a name the other tiers found (column statistics).

In a person column a cell's name is what is left once a company or department
before it (「(株)アオバ設計 田中様」), a company in brackets after it, an honorific
and 「他2名」 are taken off: the person, not the company. What is left must look
like a name: kanji or kana words (half- or full-width), or romaji in capitals or
title case in either order (NGUYEN THI LAN, Maria Cruz); never a company, a
department, a place's or a building's name, a number, or a common word (営業, 未定).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterator

from detectors.jp.person_column_headers import BRACKETS as _BRACKETS
from detectors.jp.person_column_headers import header_kind
from detectors.jp.person_kanji import cjk_full_name
from detectors.jp.person_names import SOLID_READING, NameLists, katakana, load_name_lists
from detectors.jp.person_patterns import NOT_NAME_WORDS, ORGANISATION_MARKERS, ROMAJI_NOT_NAMES
from detectors.jp.person_premises import a_facility_and_its_nickname, a_facility_word, place_like_given_name
from detectors.jp.person_roles import dictionary_surname, surname_and_given
from detectors.jp.person_words import TITLES
from detectors.legal_forms import COMPANY
from detectors.nlp import WordLookup
from detectors.words import words_pattern

# split and stripped per phrase: compiled once, not looked up in re's cache each call
_SPACES_AND_DOTS = re.compile(r"[\s・]")
_NAME_WORDS = re.compile(r"[ \u3000・]")

# `header: value` as detectors.fields composes a cell; the header has no tab, line break or colon.
_CELL = re.compile(r"(?:^|(?<=[\t\n]))([^\t\n:]{1,40}): ([^\t\n]*)")
_HONORIFIC_END = re.compile(r"\s*(?:様|さま|さん|殿|氏|君|くん|先生)\s*$")
_PARTY_END = re.compile(r"\s*(?:ご|御)?一行(?:様)?\s*$")
_TITLE_END = re.compile(rf"\s*(?:{words_pattern(tuple(TITLES)).pattern})\s*$")  # 山田部長: the person
_OTHERS_END = re.compile(r"\s*(?:他|ほか|外)\s*[0-9０-９一二三四五六七八九十]+\s*名\s*$")
_LEGAL_FORM = re.compile(COMPANY + "|御中")
# a department, or a body named by its kind before a post (商工会 経営指導員, 中小企業相談所 相談員)
_DEPARTMENT = re.compile(r"^[\u4e00-\u9fff]{2,}(?:部|課|室|係|科|局|班|センター|所|会|組合)$")
_KANA_KANJI_WORD = r"[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30fa\u30fc\uff66-\uff9f]"
_JAPANESE_NAME = re.compile(rf"{_KANA_KANJI_WORD}{{1,8}}(?:(?:[ \u3000]{{1,2}}|・){_KANA_KANJI_WORD}{{1,8}}){{0,2}}")
_ROMAJI_WORD = r"(?:[A-Z][A-Z'-]{1,14}|[A-Z][a-z'-]{1,14})"
_ROMAJI_NAME = re.compile(rf"{_ROMAJI_WORD}(?:,? {_ROMAJI_WORD}){{1,3}}")
_SEPARATORS = re.compile(r"\s*(?:[、，,/／]|様方|方(?=\s))\s*")  # 田中様方 山田太郎: two people
_SEPARATORS_LATIN = re.compile(r"\s*[;/]\s*")
_LONG_BRACKET = re.compile(r"\s*[(（](?![^)）]{0,12}[)）])")  # not closed within a legal form's or a reading's length
_NEXT_LABEL = re.compile(r"\s+[^\s:：()（）]{1,8}[:：]")
# a form's value that goes on after the name with the person's birth, age or sex, a space between
_BIRTH_OR_AGE_AFTER = re.compile(r"\s+(?:(?:明治|大正|昭和|平成|令和|[MTSHR])\s?[0-9元]{1,2}[年./]|(?:19|20)[0-9]{2}[年./-]"
                                 r"|[0-9]{1,3}\s?[歳才]|[男女]性?(?:\s|$))")
# Place and group suffixes: a cell ending so is not a person (大和市, 品川駅, 総務課)
# and a household (山田家); not 村, 町, 寺, 部, 所: 北村, 小野寺, 阿部, 田所 end so
_NOT_A_NAME_END = frozenset("市区郡県都府駅店園館社会課係家")
_ONE_JAPANESE_WORD = re.compile(rf"{_KANA_KANJI_WORD}+")
_SHORT_KANJI_WORD = re.compile(r"[\u4e00-\u9fff々]{2,3}")
_GIVEN_REST = re.compile(r"[\u4e00-\u9fff々]{0,3}")
_HIRAGANA = re.compile(r"[ぁ-ゖー]{2,}")
_READING = re.compile(r"フリガナ|ふりがな|カナ|かな|ヨミ|ヨミガナ")
_KATAKANA_WORD = re.compile(r"[ァ-ヶー]{6,12}")
_KANA_READING = re.compile(r"[ぁ-ゖー]{3,16}")  # hiragana: a firm's reading is written in katakana
_READING_HEADER = re.compile(r"フリガナ|ふりがな|カナ|かな|ヨミ|よみ|読み")
# a rare surname's reading (three kana or more) before a given name's of two: no small kana in it, which
# the words of places write (チョウメイ) more often than surnames the lists miss
_SMALL_KANA = re.compile(r"[ァィゥェォッャュョヮ]")
# Chinese and Korean surnames that are Japanese words too, before a given name of two kanji (何雪梅, 全志勲)
_WORD_SURNAME_NAME = re.compile(r"[何全于包甘牛左常付][\u4e00-\u9fff]{2}")
_FOREIGN_KANA = re.compile(r"[ァ-ヶー]{2,12}(?:[ \u3000・][ァ-ヶー]{2,12}){2,3}")
MIN_CELLS = 3  # an unknown header's column is judged on at least this many cells
NAME_SHARE = 0.6  # …of which at least this share hold a name the other tiers found


def cells(text: str) -> Iterator[tuple[str, int, int]]:
    """(header, start, end) of each composed cell's value."""
    for match in _CELL.finditer(text):
        if match.group(2).strip():
            yield match.group(1).strip(), match.start(2), match.end(2)


def names_in_cell(text: str, start: int, end: int, judge: NameJudge,
                  found: list[tuple[int, int]] = (), reading: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the people a person column's cell names; found: names the
    other tiers found, which with the lists' surnames tell a company without a
    legal form before the name (大和ビルサービス 宮崎様)."""
    people = []
    position = start
    cell = text[start:end]
    # SURNAME, GIVEN is one name in Latin letters (a passport's order); 、 and / part names
    for part in (_SEPARATORS_LATIN if cell.isascii() else _SEPARATORS).split(cell):
        part_start = text.index(part, position, end) if part else position
        position = part_start + len(part)
        span = _person_part(part)
        if span is None or a_facility_and_its_nickname(part):  # 第二保育園 すみれ
            continue
        found_here = [(s - part_start, e - part_start) for s, e in found]
        span = (_name_start(part, span, found_here, judge), span[1])
        whole = any(s <= span[0] and span[1] <= e for s, e in found_here)  # another tier found just this
        # under a reading's header (ふりがな, よみ) a word of hiragana alone is the row's person's reading (births19);
        # a surname alone the dictionary knows, though it reads it as a place or a word (播磨, 帯刀):
        # the column's header says its cells are people (避難支援者: 播磨) (people19)
        if _is_a_name(part[span[0]:span[1]], lambda word: whole or (reading and _KANA_READING.fullmatch(word) is not None)
                      or judge.known(word) or dictionary_surname(word)):
            people.append((part_start + span[0], part_start + span[1]))
    return people


def _name_start(part: str, span: tuple[int, int], found: list[tuple[int, int]], judge: NameJudge) -> int:
    """Where the name starts in a cell of words: at a later word where another tier
    found a name or that starts with a surname, when the first word is neither
    (大和ビルサービス 宮崎 様)."""
    start, end = span
    first_end = part.find(" ", start, end)
    if _FOREIGN_KANA.fullmatch(part, start, end):  # ソウザ ガブリエル シルバ: a foreign name in parts
        return start
    first = part[start:first_end]
    # 東 喜久子, 長谷部 聡子: a surname of the lists on its own, or a short kanji word the
    # dictionary reads as a name or does not know (not 総務 北村)
    # ふじさわ ゆうと: a word of hiragana is a name's first part, not a company before one
    if first_end < 0 or _HIRAGANA.fullmatch(first) or any(s < first_end and e > start for s, e in found) or judge.starts_with_surname(
            first) or first in judge.lists.surnames or (_SHORT_KANJI_WORD.fullmatch(first) and judge.known(first)):
        return start
    later = [s for s, _ in found if first_end < s < end and part[s - 1].isspace()]
    later += [m.start() for m in re.finditer(r"(?<= )\S+", part[:end]) if m.start() > first_end
              and judge.starts_with_surname(m.group())]
    return min(later, default=start)


def _person_part(cell: str) -> tuple[int, int] | None:
    """The span of cell left once organisations, brackets, honorifics and 「他2名」 are off."""
    if "御中" in cell:
        return None
    start, end = 0, len(cell)
    party = _PARTY_END.search(cell)
    if party:  # 青葉運輸 ご一行: a company's party; 田中様ご一行: 田中's
        if not _HONORIFIC_END.search(cell, 0, party.start()):
            return None
        end = party.start()
    bracket = _BRACKETS.search(cell)
    if bracket and bracket.start() > 0 and not _LEGAL_FORM.fullmatch(bracket.group()):
        end = bracket.start()  # 田中太郎（アオバ設計）
    # what a form's line goes on with after the name (people24): the person's birth or age (SILVA LUCAS
    # S40.12.23生), a long bracket of the person's particulars (筧 瑞穂（S31.10.14生、免許 …）), the next label
    # (王 秀英 住所：…)
    for pattern in (_BIRTH_OR_AGE_AFTER, _LONG_BRACKET, _NEXT_LABEL):
        tail = pattern.search(cell, start, end)
        if tail and tail.start() - start >= 2:
            end = tail.start()
    for pattern in (_OTHERS_END, _HONORIFIC_END, _TITLE_END):
        match = pattern.search(cell, start, end)
        if match and match.start() - start >= 2:
            end = match.start()
    words = cell[start:end].split()
    # (株)アオバ設計 田中, 総務課 田中; 窓口 コンシェルジュ 轟: a post a staff column names is no part of the name
    while len(words) > 1 and (_an_organisation(words[0]) or header_kind(words[0]) is True):
        start = cell.index(words[0], start) + len(words[0])
        words = words[1:]
    while start < end and cell[start].isspace():
        start += 1
    return (start, end) if end > start else None


def _an_organisation(word: str) -> bool:
    # 長谷部, 日下部: surnames of the lists that end as a department does
    return bool(_LEGAL_FORM.search(word) or (_DEPARTMENT.match(word) and word not in load_name_lists().surnames)
                or any(marker in word for marker in ORGANISATION_MARKERS) or a_facility_word(word))


def _is_a_name(value: str, known: Callable[[str], bool]) -> bool:
    if _ROMAJI_NAME.fullmatch(value):
        return not any(word.strip(",") in ROMAJI_NOT_NAMES for word in value.split())
    if not (_JAPANESE_NAME.fullmatch(value) or _KATAKANA_WORD.fullmatch(value)) or len(_SPACES_AND_DOTS.sub("", value)) < 2:
        return False
    words = _NAME_WORDS.split(value)
    place_end = value[-1] in _NOT_A_NAME_END and not place_like_given_name(value, load_name_lists())  # 川越都
    if _an_organisation(value) or place_end or any(w in NOT_NAME_WORDS for w in words):
        return False
    return len(words) > 1 or known(value)


class NameJudge:
    """The dictionary's and the name lists' say on the words of a cell."""

    def __init__(self, lookup: Callable[[str], WordLookup] | None, lists: NameLists) -> None:
        self.lookup = lookup
        self.lists = lists

    def known(self, word: str) -> bool:
        """A word without a space is a name when it starts with a surname of the
        lists (安田, 小山蒼空, ヤスダマサキ) or the dictionary reads it as one name or
        does not know it (a rare name), or it is a Chinese or Korean full name (周子軒:
        person_kanji.cjk_full_name); not a common word or compound (営業, 正会員)."""
        if self.lookup is None or self.starts_with_surname(word) or self._kana_name(word) or surname_and_given(
                word, self.lists, self.lookup) or _WORD_SURNAME_NAME.fullmatch(word) or cjk_full_name(
                word, self.lookup):
            return True  # 鞍馬慧: a rare surname glued to a given name of the lists (person_roles)
        read = self.lookup(word)
        return read.name or read.unknown

    def a_name_value(self, value: str) -> bool:
        """A field's whole value, unless one word of Japanese script that is no name
        (正会員, 山田家)."""
        if place_like_given_name(value, self.lists):
            return True  # 川越都
        if a_facility_and_its_nickname(value):
            return False  # 放課後児童クラブ ひまわり
        return not _ONE_JAPANESE_WORD.fullmatch(value) or (value[-1] not in _NOT_A_NAME_END and self.known(value))

    def starts_with_surname(self, word: str) -> bool:
        """安田, 小山蒼空: a surname of the lists alone or before a given name's
        few kanji (not 大和ビルサービス: a surname before a company's word)."""
        if word[:1] in self.lists.surnames and word[1:] in self.lists.given_names:
            return True  # 堀蒼空: a surname of one character before a given name of the lists
        return any(word[:size] in self.lists.surnames and _GIVEN_REST.fullmatch(word[size:])
                   for size in range(2, min(4, len(word)) + 1))

    def _kana_name(self, word: str) -> bool:
        """ヤスダマサキ: a surname's reading of the lists, then nothing or a given name's;
        a reading in hiragana (やすだまさき, a ふりがな column's) is read as the same, from three kana
        (not あり, すみ: words a cell says) (births19)."""
        word = unicodedata.normalize("NFKC", word)
        word = katakana(word) if len(word) >= 3 else word
        if any(word[:size] in self.lists.surname_kana and (size == len(word) or word[size:] in self.lists.given_kana)
               for size in range(2, min(7, len(word)) + 1)):
            return True
        if SOLID_READING.fullmatch(word) and len(word) >= 5 and word[-2:] in self.lists.given_kana \
                and not _SMALL_KANA.search(word, 0, len(word) - 2):
            return True  # スワベレン: a rare surname (no long-vowel mark, no small ャュョッ: not ﾁｮｳﾒｲ) before two kana
        # テシガハラショウゴ: a rare surname's reading (three kana or more) glued to a given name's of the lists
        return _KATAKANA_WORD.fullmatch(word) is not None and any(
            word[-size:] in self.lists.given_kana for size in range(3, len(word) - 2))


def column_names(text: str, found: list[tuple[int, int]], judge: NameJudge) -> list[tuple[int, int]]:
    """Names in the person columns of a composed table, in text order; found: the
    (start, end) of the names the other tiers found, for the columns whose header
    says nothing and for the company before a name."""
    by_header: dict[str, list[tuple[int, int]]] = {}
    for header, start, end in cells(text):
        by_header.setdefault(header, []).append((start, end))
    found = sorted(found)
    starts = [s for s, _ in found]
    results = []
    people = any(header_kind(header) for header in by_header)
    for header, spans in by_header.items():
        kind = header_kind(header)
        if kind is None and people and _READING.fullmatch(unicodedata.normalize("NFKC", header).strip()):
            kind = True  # カナ beside 氏名: the reading of each row's person
        if kind is False:  # a column that holds no names: its cells are not read
            continue
        reading = bool(kind and _READING_HEADER.search(unicodedata.normalize("NFKC", header)))
        inside = [found_inside(found, starts, start, end) for start, end in spans]
        if kind is None and not names_column(inside):
            continue
        for (start, end), names in zip(spans, inside):
            results += names_in_cell(text, start, end, judge, names, reading)
    return sorted(results)


def found_inside(found: list[tuple[int, int]], starts: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """The names of found (sorted; starts: their starts) that lie within start-end."""
    first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [(s, e) for s, e in found[first:last] if e <= end]


def names_column(inside: list[list[tuple[int, int]]]) -> bool:
    """Most cells of a column (inside: the names found in each) hold a name."""
    return len(inside) >= MIN_CELLS and sum(bool(names) for names in inside) >= NAME_SHARE * len(inside)
