"""A surname alone in a diary, a mail or a record, where the sentence says it is a
person (issue 12, surnames17).

- After a role or a post, glued to it, after a space or after の, and before a
  particle, a mark or the line's end: 団長村雨から, コンマス 楊の提案, 担当の小野寺が,
  主将筧は, 担当 千葉 (a memo's heading); glued after a role that ends in a person's
  suffix (配達員三輪より, 介護士崔が, 薬剤師 真壁の, 運転手有馬から, 管理人三輪さん; people18b), not a
  count, a crowd or a body (全員, 定員, 三人, 法人). The word is a surname of the lists or of the
  dictionary, which elsewhere reads many as a place or a common word (若林, 筒井,
  大河内), a surname of one character of ONE_CHARACTER_SURNAMES (劉, 鄭, 橘) or a
  Vietnamese one in katakana (ブイ, ホー, レ).
- Before a post, as before a title (大河内団長から, 若林コンマスの): a surname of the lists.
- Addressed (様, さん, 氏, 君, 先生), or alone in a role's cell (担当: 湊): a surname of
  one character, Chinese, Korean or Japanese (周様は, 尹さん本人, 橘さんは, 湊 葵 様), or a
  short Vietnamese surname in katakana (ホー様は), which the rule that one character is
  no name (person.MIN_NAME_LENGTH) and the katakana lists leave out. One finder with two
  letter sets (revnames18): the Chinese and the Japanese ones were found by two.
Not a person: a place the sentence goes to or is at (部長の千葉への出張, 豊田に納品), a
word glued to more kanji or katakana (担当部署, 頑張さん), お孫さん (a prefix before),
a common word of one character (王様, 金さん, 高, 林: not in the sets).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.first_chars import finder_of, matches
from detectors.jp.person_circulated import circulated_surnames, stamped_surnames
from detectors.jp.person_column_headers import header_kind
from detectors.jp.person_log_cells import logged_surnames
from detectors.jp.person_names import NameLists
from detectors.jp.person_patterns import NOT_NAME_WORDS
from detectors.jp.person_prose import said_of_a_place
from detectors.jp.person_roles import dictionary_surname
from detectors.jp.person_words import ROLES_BEFORE, SHORT_VIETNAMESE_KANA, TITLES
from detectors.nlp import WordLookup
from detectors.words import alternation

_KANJI = "\u4e00-\u9fff々"
_KATAKANA = "ァ-ヶー"
# One-character surnames of China and Korea that are no Japanese word alone (not 王, 金,
# 高, 林, 馬, 石, 何, 許 — 許さん is "won't forgive" —, nor 孫: 孫様 is a grandchild in a
# care record as often as a person named Sun).
LONE_CJK_SURNAMES = frozenset(
    "劉周鄭崔尹趙陳楊李張呉徐胡朱郭韓朴姜蔡曹潘梁馮蕭彭呂蘇盧魏薛沈譚廖鄒邱黎龔謝董袁鄧賈閻鍾汪姚宋洪裵裴"
    "權権禹閔兪俞玄卞范邵郝覃邢蔣蒋肖曾嚴顧侯戴")
# Japanese surnames of one character that are no common word before さん or after a role's
# label (not 奥さん, 神様, 中さん, 金さん, 高, 長: a wife, a god, a word or a Korean name)
LONE_JAPANESE_SURNAMES = frozenset("橘湊堀林森岸杉柴榊椿楠榎秦舘塙巽乾佃堤梶菅辻迫峯峰嶋澤沖磯畑芝桂柏柳滝轟筧")  # 轟, 筧: people22
# One class, two letter sets (revnames18): a surname of one character, Chinese, Korean or Japanese
ONE_CHARACTER_SURNAMES = LONE_CJK_SURNAMES | LONE_JAPANESE_SURNAMES
_PARTICLE_OR_MARK = (r"(?=[のがはにともへをや、。，．,）)」』]|から|より|まで|さん|様|氏|君|先生|殿"
                     r"|[ \u3000]*(?:$|\n))")
_VALUE = rf"(?:([{_KANJI}]{{1,4}})|(?<![{_KATAKANA}])([{_KATAKANA}]{{1,5}})(?![{_KATAKANA}・=＝]))"
_AFTER_ROLE = re.compile(rf"(?:{alternation(ROLES_BEFORE)})(の|[ \u3000]|){_VALUE}{_PARTICLE_OR_MARK}", re.M)
_AFTER_ROLE_FINDER = finder_of(_AFTER_ROLE)
# a kanji apart from the kanji before it (頑張さん) and not after お (お孫さん); katakana
# apart from the katakana before it (ピーボー様)
# Posts that follow a surname as a title does (大河内団長から, 若林コンマスの); not 担当 (千葉担当:
# the one who covers Chiba) nor 組長 (山口組長).
POSTS_AFTER = frozenset({"団長", "副団長", "会長", "副会長", "部長", "副部長", "課長", "係長", "班長", "隊長", "座長",
                         "委員長", "議長", "理事長", "幹事長", "監督", "コーチ", "主将", "キャプテン", "コンマス", "師長",
                         "主任", "店長", "所長", "院長", "園長", "校長", "教頭", "知事",
                         # posts of a person only (prose18); not 大臣 (大蔵大臣), 市長 (a city before it),
                         # 記者 (朝日記者: a paper), 艦長 (長門艦長: a ship), each a surname of the lists too
                         "首相", "議員", "投手", "捕手", "弁護士", "博士", "准教授", "容疑者", "被告", "被告人"})
_POST = re.compile(rf"(?:{alternation(POSTS_AFTER)}){_PARTICLE_OR_MARK}", re.M)  # sought first: rarer than kanji
_RUN_BEFORE = re.compile(rf"(?<![{_KANJI}])[{_KANJI}]{{2,3}}$")


def lone_surnames(text: str, lists: NameLists, lookup: Callable[[str], WordLookup] | None) -> list[tuple[int, int]]:
    """(start, end) of the surnames alone a role before or an honorific after says
    are people (see the module)."""
    if lookup is None:
        return []
    found = {match.span(match.lastindex) for match in matches(_AFTER_ROLE, _AFTER_ROLE_FINDER, text)
             if _after_a_role(match, lists, lookup) and not said_of_a_place(text, match.end())}
    found |= set(_after_suffixed_roles(text, lists, lookup))
    found |= {run.span() for post in _POST.finditer(text) if (run := _RUN_BEFORE.search(text, max(0, post.start() - 3),
              post.start())) and run.group() in lists.surnames and not said_of_a_place(text, post.end())}
    return sorted(found | set(full_names_before_posts(text, lists)))


_NAME_RUN_BEFORE = re.compile(rf"(?<![{_KANJI}])[{_KANJI}]{{1,3}}[ \u3000]?[{_KANJI}]{{1,3}}$")


def full_names_before_posts(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of a full name glued to the post after it (五十嵐　葵班長が指導, 北条真琴隊長の号令: a drill's
    or a club's report, people19): a surname of the lists or the dictionary, then a given name of the lists."""
    found = []
    for post in _POST.finditer(text):
        run = _NAME_RUN_BEFORE.search(text, max(0, post.start() - 7), post.start())
        if run and any(_surname_then_given(run.group(), size, lists) for size in range(1, min(4, len(run.group()) - 1) + 1)):
            found.append(run.span())
    return found


def _surname_then_given(name: str, size: int, lists: NameLists) -> bool:
    """name[:size] a surname and the rest a given name; glued together (no space between), a surname of the
    lists of two characters at least (小学校長, 事業部長: a word's kanji read as names)."""
    surname, rest = name[:size], name[size:]
    given = rest.lstrip(" \u3000")
    if given == rest:
        return size >= 2 and surname in lists.surnames and given in lists.given_names
    return given in lists.given_names and (surname in lists.surnames or dictionary_surname(surname))


# Roles ending in a person's suffix (配達員, 介護士, 看護師, 運転手, 管理人), not a count, a crowd,
# a knack or a body (全員, 苦手, 三人, 法人)
ROLE_ENDS = frozenset("員士師手人")
NOT_ROLES = frozenset({"全員", "満員", "定員", "欠員", "人員", "動員", "増員", "減員", "総員", "上手", "下手", "苦手", "派手",
                       "大手", "入手", "着手", "拍手", "両手", "片手", "騎士", "紳士",
                       "個人", "法人", "一人", "二人", "三人", "何人", "数人", "十人", "百人", "千人", "万人", "各人"})
_GLUED_VALUE = re.compile(rf"(|[ \u3000]){_VALUE}{_PARTICLE_OR_MARK}", re.M)


def _after_suffixed_roles(text: str, lists: NameLists, lookup: Callable[[str], WordLookup]):
    """(start, end) of surnames after a role of kanji that ends in a person's suffix (see the module)."""
    for suffix in ROLE_ENDS:
        at = text.find(suffix, 1)
        while at > 0:
            if "\u4e00" <= text[at - 1] <= "\u9fff" and text[at - 1:at + 1] not in NOT_ROLES \
                    and (value := _GLUED_VALUE.match(text, at + 1)) and value.group(2) \
                    and _after_a_role(value, lists, lookup) and not said_of_a_place(text, value.end()) \
                    and _two_words(text, at + 1, value.end(2), lookup):
                yield value.span(2)
            at = text.find(suffix, at + 1)


def _two_words(text: str, start: int, end: int, lookup: Callable[[str], WordLookup]) -> bool:
    """The dictionary reads the role and the surname as two words: 選手権 is one (a championship)."""
    if not "\u4e00" <= text[start] <= "\u9fff":
        return True  # katakana after a kanji role
    first = max(0, start - 3)
    return start - first in lookup(text[first:end]).ends


def _after_a_role(match: re.Match, lists: NameLists, lookup: Callable[[str], WordLookup]) -> bool:
    """The word after a role is a surname (see the module); katakana never glued
    to a katakana role (コンマスブイ is one word: _VALUE's look-behind)."""
    kanji, katakana = match.group(2), match.group(3)
    if katakana:
        return katakana in SHORT_VIETNAMESE_KANA
    if len(kanji) == 1:  # 孫 only apart from the role or glued to it: 主任の孫 is the chief's grandchild
        return kanji in ONE_CHARACTER_SURNAMES or (kanji == "孫" and match.group(1) != "の")
    if kanji in NOT_NAME_WORDS or kanji in TITLES or kanji in ROLES_BEFORE:
        return False
    if match.string.startswith(("へ", "で"), match.end()) and lookup(kanji).place:
        return False  # 部長の千葉への出張, 担当の若林で開催: going to or being at the place
    return kanji in lists.surnames or (dictionary_surname(kanji) and not lookup(kanji).common)


# Surnames alone told by their own text, without a role's word before (names17b)
_KANJI_RUN_BEFORE = re.compile(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]{1,3}$")
_NAME_IN_BRACKETS = re.compile(r"[（(]([\u4e00-\u9fff々]{1,3})[ \u3000]?[\u4e00-\u9fff々ぁ-ゖ]{1,4}[）)]")


def surnames_restated(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of a surname alone whose full name follows it in brackets, the same
    surname of the lists first (乗務員 橘（橘 真由子）, 担当 小野寺（小野寺 拓真）; not 東京（東京都）):
    the bracket says who it is; one character too (the one exception to person.MIN_NAME_LENGTH). Sought from
    the bracket: a pattern opening with a kanji class is tried at every character."""
    spans = []
    for opening in ("（", "("):
        at = text.find(opening)
        while at > 0:
            run = _KANJI_RUN_BEFORE.search(text, max(0, at - 3), at)
            inner = _NAME_IN_BRACKETS.match(text, at)
            if run and inner and run.group() == inner.group(1) and run.group() in lists.surnames:
                spans.append(run.span())
            at = text.find(opening, at + 1)
    return spans


_ONE_CHARACTER = "".join(sorted(ONE_CHARACTER_SURNAMES))
_HONORIFIC = r"(?=[ \u3000]?(?:さん|様|氏|君|先生|殿|ちゃん|くん))"
# Addressed: the surname, perhaps a given name of one or two characters apart (湊 葵 様, 劉 偉さん, 陳 建華ちゃん:
# the given name a word too, people20), or a short
# Vietnamese surname in katakana apart from the katakana before it (ピーボー様 is no ボー)
_ADDRESSED = re.compile(rf"[{_ONE_CHARACTER}](?:[ \u3000][{_KANJI}]{{1,2}})?{_HONORIFIC}"
                        rf"|(?<![{_KATAKANA}・=＝])(?:{alternation(SHORT_VIETNAMESE_KANA)}){_HONORIFIC}")
_ADDRESSED_FINDER = finder_of(_ADDRESSED)  # tried only where a surname's first character stands
# a cell of one who is in charge or introduced someone, its value the surname alone (受入企業担当: 橘),
# perhaps after the section (担当：総務課 湊)
# …or one who helps, accompanies or leads a group (支援者: 塙, 付添人：堀, 班長: 林: a drill's or a care roster's) (people19)
_ROLE_CELL = re.compile(rf"(?:担当者?|紹介者|世話人|引率者?|責任者|連絡係|支援者|支援員|協力者|介助者|介護者|付添人|付添者|付き添い者?"
                        rf"|見守り者|誘導者|救護者|世話役|班長|組長|隊長|民生委員|ボランティア)[:：][ \u3000]?(?:[^\s:：]{{1,8}}[ \u3000])?"
                        rf"([{_ONE_CHARACTER}])(?=[\t\n]|$)",
                        re.MULTILINE)
# a kanji glued before it makes it a word's part (頑張さん, 大森さん), お or ご a word's prefix (お堀さん,
# お孫さん; not なお堀さんは, where お ends a word)
_NOT_BEFORE = re.compile(rf"[{_KANJI}{_KATAKANA}御]|(?<![ぁ-ゖ])[おご]")


def one_character_surnames(text: str) -> list[tuple[int, int]]:
    """(start, end) of a surname of one character (see ONE_CHARACTER_SURNAMES) or a short
    Vietnamese one in katakana addressed (橘さんは, 周様は, ホー様は) or alone in a role's cell
    (担当: 湊)."""
    spans = [m.span() for m in matches(_ADDRESSED, _ADDRESSED_FINDER, text)
             if m.group()[0] not in _ONE_CHARACTER or not _NOT_BEFORE.search(text, max(0, m.start() - 1), m.start())]
    return spans + [m.span(1) for m in _ROLE_CELL.finditer(text)] + _in_person_columns(text)


_ONE_CHARACTER_CELL = re.compile(rf": ([{_ONE_CHARACTER}])(?=\t)")  # a composed cell ends in a tab (not 対応者: 林 alone)


def _in_person_columns(text: str) -> list[tuple[int, int]]:
    """(start, end) of a table's cell that is a surname of one character alone under a person column's
    header (安否確認者: 堀, composed by detectors.fields): the header says it is a person (people19)."""
    spans = []
    for cell in _ONE_CHARACTER_CELL.finditer(text):
        header_start = max(text.rfind("\t", 0, cell.start()), text.rfind("\n", 0, cell.start())) + 1
        if header_kind(text[header_start:cell.start()].strip()) is True:
            spans.append(cell.span(1))
    return spans


def surnames_alone(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """The surnames alone told by their own text: restated in brackets, of one character, or
    before a seal's box or along a route of arrows (person_circulated), or after a log's label of who did it (person_log_cells)."""
    return (surnames_restated(text, lists) + one_character_surnames(text) + stamped_surnames(text, lists)
            + logged_surnames(text, lists) + circulated_surnames(text, lists))
