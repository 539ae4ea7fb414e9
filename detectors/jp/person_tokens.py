"""PERSON's first tier: names from the dictionary's tags (GiNZA's Sudachi,
名詞-固有名詞-人名-姓/名/一般, and 地名 for surnames it reads as places).

A run of name tokens is a name when it has a surname and a given name (山田 太郎,
ヤマダ タロウ), when someone addresses it (鈴木様, 田中部長), when a given name
follows the surname (勅使河原 煌星, 早川漣, see person_kanji), or when it ends a
noun phrase in prose (小野寺は, 雄一が, see person_prose). A surname alone
elsewhere waits for context (a 氏名 column); a surname before a company's or a
place's word (山田製作所, 山田町) is not a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from detectors.jp.person_kanji import given_name_end
from detectors.jp.person_names import NameLists
from detectors.jp.person_prose import (addressed, after_a_role, ends_phrase, in_a_longer_word, said_of_a_place,
                                       subject_or_object)
from detectors.jp.person_words import HONORIFICS, TITLES
from detectors.nlp import WordLookup, sudachi_dictionary

SURNAME, GIVEN, NAME = "名詞-固有名詞-人名-姓", "名詞-固有名詞-人名-名", "名詞-固有名詞-人名-一般"
PLACE = "名詞-固有名詞-地名-一般"
NAME_TAGS = frozenset({SURNAME, GIVEN, NAME})
ORGANISATION_WORDS = frozenset({
    "製作所", "商事", "工業", "株式会社", "有限会社", "銀行", "病院", "医院", "大学", "学校", "支店", "本店", "商店",
    "建設", "産業", "電機", "物産", "事務所", "法律事務所", "記念", "財団", "会", "邸", "駅", "町", "市", "区", "県",
    "通り", "港", "寺", "城", "公園", "神社", "駅前", "町民", "市民", "村", "郡", "高校", "中学", "小学校", "大学院", "学園",
    "研究所", "記念館", "美術館", "博物館", "ゼミ", "ゼミナール", "賞", "杯", "組", "地区"})
# After a surname and a space, a short word of kanji/kana is the given name even when
# the dictionary does not know it (煌星, 心愛).
# (今泉 誠です。: the name ends before です, a mail's self-introduction)
_GIVEN_AFTER_SPACE = re.compile(r" +([\u3040-\u30ff\u4e00-\u9fff々]{1,4}?)(?=$|[ \t\n、。,:：(（様さ殿君]|です|でした)")
# a form's next label after a name, not its given name (氏名 千葉 湊 フリガナ チバ ミナト)
_FORM_LABELS = frozenset({"フリガナ", "ふりがな", "カナ", "かな", "ヨミ", "氏名", "性別", "年齢", "住所", "電話", "職業", "続柄"})
# …名簿, …一覧, …寺報, …会誌: the title of a list or a bulletin after a name (西光寺 門徒名簿)
_DOCUMENT_ENDS = frozenset("簿覧報誌帳票")
# …and a given name of the lists before a particle (大久保 学から電話, 原 翼より入電)
_LISTED_GIVEN_AFTER_SPACE = re.compile(r" +([\u4e00-\u9fff々]{1,3}?)(?=から|より|が|は|へ|に|と|の|も|を)")
_GLUED = re.compile(r"[A-Za-z0-9\u30a1-\u30fa\u4e00-\u9fff々]")
_SHORT_KANJI = re.compile(r"[\u4e00-\u9fff々]{1,3}")
# a council's or a committee's member as its minutes address them (尾崎委員, 松浦議員), not 委員会, 委員長
_COUNCIL_TITLE = re.compile(r"(?:委員|議員)(?![\u4e00-\u9fff々])")
_KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]+")
_KANA_WORD = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]+")
_READING_AFTER = re.compile(r" [\u3041-\u3096\u30a1-\u30fa\u30fc]+ [\u3041-\u3096\u30a1-\u30fa\u30fc]+(?:$|[\t\n ])")
# a blank and the next field's value, a number or a date, after a name that opens a line (榊 晴美 0952-75-…)
# or an era's letter or first kanji then its year (湊 透 H10.11.8生, 氷室 伊織 平17.03.12生: a roster's birth date, text26)
_VALUE_AFTER = re.compile(r" {1,3}(?:[0-9]|令和|平成|昭和|大正|[MTSHR明大昭平令][0-9])")
PLAIN_NOUN_LENGTH = 3  # characters of a common noun read as no given name (公民館, 主遣い; not 一颯)
Found = tuple[int, int, float]  # start, end, score


def tagged_names(words, text: str, names: NameLists, not_names: frozenset[str],
                 lookup: Callable[[str], WordLookup] | None = None) -> list[Found]:
    """Names from the tagged tokens `words` (morphemes in order, spaces left out);
    not_names: words that label a name rather than being one (担当, 氏名); lookup:
    the engine's dictionary look-up of a candidate, when there is one."""
    found = []
    for first, last in _runs(words, text):
        before = words[first - 1].text if first else ""
        after = words[last + 1].text if last + 1 < len(words) else ""
        if before in ("株式会社", "有限会社") or after in ORGANISATION_WORDS or (
                first == last and words[first].text in not_names):
            continue
        if not in_a_longer_word(text, words[first].start, words[last].end):
            name = _run_name(words, first, last, text, names, lookup)
            if name:
                found.append(name)
    found += [name for i, word in enumerate(words) if word.tag == PLACE
              and (name := _place_name(words, i, text, names))]
    return found


def _joined(text: str, left, right) -> bool:
    """Two tokens of one name: nothing, or spaces, between them (not a tab or a
    line break, which end a cell or a row)."""
    return not text[left.end:right.start].strip(" ")


def _reading_after(words, first: int, last: int, text: str) -> bool:
    """The token after words[first..last] starts the reading of the name they spell,
    after a space: katakana after a word that is not (堀 あかね ホリ アカネ), or kana
    after a surname and a given name (原田 健二 はらだ けんじ; not 原田 ひとみ)."""
    left, right = words[last], words[last + 1]
    if right.start == left.end or not _KANA_WORD.fullmatch(right.text):
        return False
    if _KATAKANA_WORD.fullmatch(right.text) and not _KATAKANA_WORD.fullmatch(left.text):
        return True
    tags = {w.tag for w in words[first:last + 1]}
    return SURNAME in tags and GIVEN in tags and not _KANA_WORD.fullmatch(words[first].text)


def _runs(words, text: str) -> list[tuple[int, int]]:
    """Runs of name-tagged tokens (spaces between them dropped): [first, last] indexes."""
    runs, i = [], 0
    while i < len(words):
        if words[i].tag in NAME_TAGS:
            j = i
            while j + 1 < len(words) and _joined(text, words[j], words[j + 1]) and not _reading_after(
                    words, i, j, text) and (words[j + 1].tag in NAME_TAGS or (
                    words[j + 1].text == "・" and j + 2 < len(words) and words[j + 2].tag in NAME_TAGS)):
                j += 1
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    return runs


def _run_name(words, first: int, last: int, text: str, names: NameLists,
              lookup: Callable[[str], WordLookup] | None) -> Found | None:
    start, end = words[first].start, words[last].end
    tags = {w.tag for w in words[first:last + 1]}
    after = words[last + 1] if last + 1 < len(words) else None
    given = _given_after_space(text, end, names) if tags == {SURNAME} else None
    if given and given.group(1) not in HONORIFICS | TITLES | _FORM_LABELS and given.group(1)[-1] not in _DOCUMENT_ENDS \
            and not (end - start >= 2 and _a_common_word(given.group(1), names, lookup)):
        return start, given.end(1), 0.7  # 勅使河原 煌星, 大久保 学から
    if given and first and _given_glued_after(text, words[first - 1], words[first], names):
        return words[first - 1].start, end, 0.6  # ■蔵本美空　面談日: no 面談日 as a given name, and 美空 is one
    if last > first and (SURNAME in tags or NAME in tags):
        return start, _whole_given(text, words[last], names), 0.7  # 姓+名, or a foreign name in parts
    if tags == {GIVEN} and first and _surname_before(text, words[first - 1], words[first], names):
        return words[first - 1].start, end, 0.6  # 林 真由美, 中野慎司, 成田 啓介様 (the surname read as a noun or place)
    if addressed(text, end) or (tags == {SURNAME} and text[start:end] in names.surnames and _COUNCIL_TITLE.match(text, end)):
        return start, end, 0.6  # 鈴木様, 田中部長, 尾崎委員 (a surname of the lists: not 欧州委員, people24)
    if tags == {SURNAME} and (given_end := given_name_end(text, end, after, names, lookup)):
        return start, given_end, 0.6  # 早川漣と, 岡本吾市が
    if tags == {SURNAME} and first and words[first - 1].tag == PLACE and words[first - 1].end == start:
        return None  # glued to a place before it: part of a longer place's name (…郡舟場, …牛舟場)
    if ends_phrase(text, words, first, last) and not (tags == {SURNAME} and said_of_a_place(text, end)):
        return start, end, 0.6  # 小野寺は, 雄一が (prose), not 川口の倉庫
    if tags == {SURNAME} and not _GLUED.match(text, end):
        return start, end, 0.25  # a surname alone: context decides; not glued to a word (熊井鉄鋼, 松原IC)
    return None


def _a_common_word(word: str, names: NameLists, lookup: Callable[[str], WordLookup] | None) -> bool:
    """A word after a surname of two characters or more and a space that the dictionary knows only as a
    common noun (every reading 普通名詞: an action 出航, 欠席; a place 公民館; a part 主遣い) and the lists
    (70,000 given names) hold as no given name: what the line says next (千代丸　出航 2025年…: a boat's
    name, then its sailing; 鈴木 欠席; 佐倉 公民館: a hall by its town), not the rest of a name; a given
    name the lists lack is no word of the dictionary (煌星) or one of two kanji (一颯). A surname of one character keeps
    it: a Chinese given name is often such a word (陳 建国) (people24, text26)."""
    return lookup is not None and len(word) >= 2 and word not in names.given_names and _a_plain_noun(word)


@lru_cache(maxsize=4096)
def _a_plain_noun(word: str) -> bool:
    """Every reading a サ変 noun, or, for a word of three characters or more, any common noun: a rare
    word of two kanji is as often a given name the lists lack (一颯 is a common noun of the dictionary)."""
    readings = sudachi_dictionary().lookup(word)
    kinds = ("サ変可能",) if len(word) < PLAIN_NOUN_LENGTH else ("サ変可能", "一般", "副詞可能", "助数詞可能")
    return bool(readings) and all(m.surface() == word and m.part_of_speech()[:2] == ("名詞", "普通名詞")
                                  and m.part_of_speech()[2] in kinds for m in readings)


def _given_glued_after(text: str, word, surname, names: NameLists) -> bool:
    """A word the tags read as a surname that the lists hold as a given name, glued after a short
    kanji word that opens its field, the tags' common noun (■蔵本美空: 蔵本 a noun, 美空 a given name)."""
    return (word.end == surname.start and word.tag not in NAME_TAGS and surname.text in names.given_names
            and _SHORT_KANJI.fullmatch(word.text) is not None
            and (word.start == 0 or _GLUED.match(text, word.start - 1) is None))


def _whole_given(text: str, given, names: NameLists) -> int:
    """The end of a given name the tokenizer cut short (小林 健|二(自宅)): a kanji or
    two more that make a given name of the lists and end the word."""
    for extra in (2, 1):
        longer = text[given.start:given.end + extra]
        if (given.tag == GIVEN and len(longer) == given.end + extra - given.start and longer in names.given_names
                and _SHORT_KANJI.fullmatch(text, given.end, given.end + extra)
                and not _SHORT_KANJI.match(text, given.end + extra)):
            return given.end + extra
    return given.end


def _given_after_space(text: str, end: int, names: NameLists) -> re.Match | None:
    given = _GIVEN_AFTER_SPACE.match(text, end)
    if given is None and (listed := _LISTED_GIVEN_AFTER_SPACE.match(text, end)) and listed.group(1) in names.given_names:
        return listed
    return given


def _place_name(words, i: int, text: str, names: NameLists) -> Found | None:
    """A surname the dictionary reads as a place: addressed (岡田課長), before a given
    name of the lists (梶原一騎の), or after a role in prose (部長の佐伯は). Its
    neighbours are not tokenized (places are many): the text after it decides."""
    place = words[i]
    if addressed(text, place.end) or (place.text in names.surnames and _COUNCIL_TITLE.match(text, place.end)):
        return place.start, place.end, 0.6  # 岡田課長, 尾崎委員
    if place.text not in names.surnames:
        return None
    if given_end := given_name_end(text, place.end, None, names):
        return place.start, given_end, 0.6
    if after_a_role(text, place.start) and subject_or_object(text, place.end):
        return place.start, place.end, 0.6
    return None


def _surname_before(text: str, word, given, names: NameLists) -> bool:
    """The word before a given name is its surname, read as a common noun or a
    place: joined to it and a common surname (中野慎司), or a short kanji word and a
    space at the start of a field (林 真由美), or of a line that goes on with a number or a date."""
    if word.end == given.start and word.text in names.surnames:
        return True
    field_start = word.start == 0 or text[word.start - 1] in "\t\n"
    field_end = (given.end == len(text) or text[given.end] in "\t\n" or addressed(text, given.end)
                 or _READING_AFTER.match(text, given.end) is not None  # 東 悠真 アズマ ユウマ
                 or _VALUE_AFTER.match(text, given.end) is not None)  # 榊 晴美 0952-…: a roster's line (names25)
    return (field_start and field_end and (len(given.text) >= 2 or word.text in names.surnames)
            and text[word.end:given.start] in (" ", "  ")
            and _SHORT_KANJI.fullmatch(word.text) is not None)
