"""Goods, shops, companies and mascots called by a person's name (issue 12, names5): the name
is the thing's, not someone's.

- A shop, a salon, a bar or an eatery: a word for one (data/shop_words.txt) right
  before the name, a space or ・ between or none (カットハウス 健, スナック 由美,
  割烹・幸子), or the name beginning with it. A katakana word must stand as a word
  (メンバー 健 is no バー).
- Goods: a given name alone glued to a word that describes the thing (洗浄太郎, 節水くん)
  or to a doubled sound (らくらく太郎, 楽々一郎, ぽかぽかちゃん); the word before it is one the
  dictionary knows as a common noun, never an unknown one (a rare surname: 德永千尋). A blank
  between, or a katakana word or letters before, when that word names a kind of thing (the
  dictionary's 普通名詞-一般, no word for a person, not a time, no surname: 純米 多恵, スタウト源太,
  メロン 汐里, IPA美空 — a brewery's or a shop's goods; not 来週 太郎が, 児童 陽向, 四方 加奈), in a
  sentence, and only as what the sentence says is liked or ordered (…は純米 多恵です, …を): at a field's
  start (連絡先：岩清水 朋美) the word is a rare surname, and a subject (ラビット美兎が王座を獲得: a ring
  name) is someone doing a thing (names25).
- A company: a legal form right before or after the name, a space between or
  none (株式会社 中川設計, 山本工務店（株）), as in a 氏名又は名称 cell.
- A mascot: the name followed by くん or ちゃん with a word for a character
  (キャラクター, マスコット, ゆるキャラ, 着ぐるみ) a little before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from detectors.jp.person_names import NameLists
from detectors.jp.person_roles import dictionary_surname
from detectors.legal_forms import LEGAL_FORMS
from detectors.jp.person_words import ROLE_NOUNS, ROLES_BEFORE
from detectors.nlp import WordLookup, sudachi_dictionary
from detectors.words import alternation

_DATA = Path(__file__).resolve().parent / "data"
_KANJI = "\u4e00-\u9fff々"
_MASCOT_WORDS = re.compile("キャラ|マスコット|着ぐるみ|きぐるみ")
_MASCOT_REACH = 40  # characters before the name
_CUTE = re.compile("くん|ちゃん|君")
_DOUBLED = re.compile(rf"([ぁ-ゖァ-ヶ]{{2}})\1$|(?<![{_KANJI}])[{_KANJI}]々$")  # らくらく, 楽々
_GLUED_WORD = re.compile(rf"[{_KANJI}]{{2,4}}$")
_SHOP_REACH = 16
# the last character of a word for a kind of person or a relation (長男, 次女, 画家, 社員, 選手)
_PERSON_ENDS = frozenset("男女子兄弟姉妹父母祖孫息嫁婿夫妻長員者家手師士優官人将主王帝公卿氏君様殿生")
# a form opening the name (株式会社 中川設計), not one closing the firm before a person (三葉工機(株) 松永 修平)
_FORM_BEFORE = re.compile(f"(?<![^\\s:：,、\t])(?:{alternation(LEGAL_FORMS)})[ \u3000]?$")
_FORM_AFTER = re.compile(f"[ \u3000]?(?:{alternation(LEGAL_FORMS)})")


@lru_cache(maxsize=1)
def _shops() -> tuple[re.Pattern, re.Pattern]:
    lines = (_DATA / "shop_words.txt").read_text(encoding="utf-8").splitlines()
    words = alternation(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    before = re.compile(rf"(?<![ァ-ヶー])(?:{words})[ \u3000・]?$")
    return before, re.compile(f"(?:{words})")


def named_like_a_person(text: str, start: int, end: int, lists: NameLists,
                        lookup: Callable[[str], WordLookup] | None) -> bool:
    """Whether the name text[start:end] names a shop, goods or a mascot (see the module)."""
    if _FORM_BEFORE.search(text, max(0, start - 10), start) or _FORM_AFTER.match(text, end):
        return True  # 株式会社 中川設計 in a 氏名又は名称 cell
    before, starting = _shops()
    word = starting.match(text, start)
    if word and _shop_word_alone(text, start, word.end()):
        return True
    if before.search(text, max(0, start - _SHOP_REACH), start):
        return True
    if _CUTE.match(text, end) and _MASCOT_WORDS.search(text, max(0, start - _MASCOT_REACH), start):
        return True
    given = text[start:end]
    return given in lists.given_names and given not in lists.surnames and (
        _glued_to_a_thing(text, start, lookup) or (_after_a_kind_of_thing(text, start, lists.surnames)
                                                   and _PREDICATE_AFTER.match(text, end) is not None))


def _shop_word_alone(text: str, start: int, end: int) -> bool:
    """The shop word from start to end is a word of its own: not the tail of a katakana
    word before it, nor the head of one after it (パブロ, バーバラ, エステバン are names)."""
    return not (start and re.match("[ァ-ヶー]", text[start - 1])) and not re.match("[ァ-ヶー]", text[end:end + 1])


def _glued_to_a_thing(text: str, start: int, lookup: Callable[[str], WordLookup] | None) -> bool:
    """洗浄太郎, らくらく太郎: the name glued to a common noun or a doubled sound."""
    head = text[max(0, start - 4):start]
    if not head or head[-1] in " \u3000\t\n":
        return False
    if _DOUBLED.search(head):
        return True
    word = _GLUED_WORD.search(head)
    if word is None or lookup is None or start - len(word.group()) > 0 and re.match(
            f"[{_KANJI}]", text[start - len(word.group()) - 1]):
        return False
    if word.group()[-1] in _PERSON_ENDS:
        return False  # 長男太郎, 画家一郎: a kind of person before the name
    read = lookup(word.group())
    return read.common and not read.unknown


# what the sentence says of goods it names: what one likes or orders (…は純米 多恵です, …を), a list's item,
# a cell's or a line's end; a subject (ラビット美兎が王座を獲得: a ring name doing a thing) is someone
_PREDICATE_AFTER = re.compile(r"(?:です|でした|だ|を|や|など|[\t\n]|$)")
# the word right before a given name (a blank between at most): kanji, katakana, or capital letters
_WORD_BEFORE = re.compile(rf"(?<![{_KANJI}ァ-ヶーA-Za-z])([{_KANJI}]{{2,4}}|[ァ-ヶー]{{2,8}}|[A-Z]{{2,5}})[ \u3000]?$")
# words for people the dictionary files as common nouns of things (児童, ママ, メンバー)
_PEOPLE_WORDS = ROLES_BEFORE | ROLE_NOUNS | frozenset({
    "児童", "生徒", "園児", "学生", "友達", "仲間", "ママ", "パパ", "メンバー", "ゲスト", "オーナー", "ファン", "ドライバー"})


def _after_a_kind_of_thing(text: str, start: int, surnames: frozenset[str]) -> bool:
    """純米 多恵, スタウト源太, IPA美空: the given name after a word for a kind of goods (see the module)."""
    before = _WORD_BEFORE.search(text, max(0, start - 10), start)
    if before is None:
        return False
    word = before.group(1)
    if before.start() == 0 or text[before.start() - 1] in " \u3000\t\n:：":
        return False  # a field's value (連絡先：岩清水 朋美): a rare surname read as a word, and the name
    if word.isascii():
        return True  # IPA美空, DX太郎: a model's or a style's letters
    if word in _PEOPLE_WORDS or word[-1] in _PERSON_ENDS or word[-1] in "童徒児友":
        return False
    # a surname read as a common noun is the name's own (四方 加奈, 氷室 静香, 岩清水 朋美)
    return _a_thing_noun(word) and word not in surnames and not dictionary_surname(word)


@lru_cache(maxsize=1)
def _tokenizer():
    return sudachi_dictionary().create()


@lru_cache(maxsize=4096)
def _a_thing_noun(word: str) -> bool:
    """One word, a common noun of things (名詞-普通名詞-一般): not a time (来週: 副詞可能), an act
    (担当: サ変可能) or a name."""
    morphemes = _tokenizer().tokenize(word)
    return len(morphemes) == 1 and morphemes[0].part_of_speech()[:3] == ("名詞", "普通名詞", "一般")
