"""Organisations, teams, works, products and places read as people in prose: what
the sentence says the candidate is or does, and the same candidate said so elsewhere
in the text.

- A predicate only a thing takes, with its particle: a destination one joins
  (…に移籍, …に入団, …に所属), a group formed, bought or left (…を結成, …を買収,
  …を脱退), a work appeared in or a product released (…に出演, …を発売, …が発売),
  a place settled in or its parts (…に移住, …の首都), what a company has (…の本社,
  …の傘下, a band's player: …のギタリスト), or a word glued to it (…社, …製, …チーム). A person joins, forms and
  leaves: 山田が移籍 is a person's move, …に移籍 a team's name. Predicates said of
  people too are left out (…の監督による, …の社長としての, …が運営する).
- What kind of thing the sentence says it is: the last noun of a definition that
  begins with it (…は、アメリカのロックバンド。), a kind it is called (…というバンド),
  or a kind of thing right before it (ロックバンド・…, 試験艦…); the kinds are data
  (data/thing_category.txt), none a word for a person (選手, 作家).
- A katakana chain of common nouns before の (トップ・ギアの撮影), by the dictionary.
- What the sentence has it do or own as a company, a team, a party, a product or a
  site (person_trade: …の代表取締役, …へ移籍, …から出馬, …を卒業, 子会社だった…).
- One sense per text: a writer uses a name in one sense. A katakana candidate said
  to be a thing in one sentence of a text is not a person in another
  (ヴィンセントに移籍 … ヴィンセントの新作).
Read from the text alone, after every tier (cheap: a few matches after each
candidate, and a search of the text for each distinct katakana one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from detectors.jp.person_trade import TIMES, traded
from detectors.nlp import WordLookup
from detectors.words import KANJI_RANGE, alternation

# split and stripped per phrase: compiled once, not looked up in re's cache each call
_JOINERS = re.compile("[・=＝]")

_KANJI = KANJI_RANGE
# particle -> predicates that make what stands before the particle an organisation,
# a work, a product, a place or an event: a person is not joined, released,
# broadcast, appeared in, won in or settled in (…に移籍, …を発売, …に出演, …で優勝,
# …に移住, …の首都); a count of times or a while may come between (…に3度ノミネート)
_PREDICATES = {
    "に": ("改称", "社名変更", "移籍", "入団", "加入", "所属", "在籍", "入社", "就職", "入部", "入学", "吸収", "合併",
          "ノミネート", "出演", "出場", "参戦", "掲載", "連載", "収録", "搭載", "登場", "移住", "上陸", "侵攻", "位置",
          "所在", "本社", "拠点", "駐屯", "寄港", "入港", "生まれ"),
    "を": ("受賞", "結成", "設立", "創業", "創立", "買収", "退団", "脱退", "退社", "離脱", "解散", "傘下", "発売", "開発",
          "製造", "生産", "販売", "搭載", "導入", "運用", "配備", "リリース", "出版", "刊行", "放送", "上演", "公開",
          "建造", "建設", "占領", "統治"),
    # not what a person does too: …が解散を命じた, …が買収, …が開業した医院, …が運営するブログ
    "が": ("倒産", "上場", "発売", "開館", "開通", "竣工", "閉館", "廃止", "放送され", "公開され", "刊行され", "出版され",
          "開発され", "建造され"),
    "で": ("優勝", "放送", "連載", "生まれ", "開催"),
    # not …から独立 (持ちかけられ), …の監督 (による): said of people too
    "から": ("発売", "デビュー", "出版", "刊行"),
    # a body formed, re-formed or renamed (…として再編, …に改称, …と合併); not …として独立 or …に改名,
    # which a person does too
    "として": ("再編", "改組", "発足", "設立", "創立", "法人化", "分社化", "上場"),
    "と": ("合併", "経営統合", "改称"),
    # not what a person has or is too: …の社長としての, …の後継, …のマシン, …の政府
    "の": ("本社", "本拠", "傘下", "子会社", "親会社", "創業者", "創設者", "従業員", "製品", "ブランド", "工場", "店舗",
          "メンバー", "所属選手", "主人公", "作者", "著者", "続編", "登場人物", "首都", "州都", "人口", "住民", "市長", "領土",
          "国境", "郊外", "近郊", "沿岸", "南部", "北部", "東部", "西部", "中心部", "国王"),
}
_GLUED = ("社", "製", "チーム")
# no further kanji: not …の社員番号, …社長, …製作所
_ORGANISATION_AFTER = re.compile(
    "(?:" + "|".join(f"{particle}{TIMES}(?:{alternation(words)})" for particle, words in _PREDICATES.items())
    + f"|{alternation(_GLUED)})(?![{_KANJI}])")
_DATA = Path(__file__).resolve().parent / "data"


# a band's player, whose name may be glued after the role (…のギタリスト島原…)
_PLAYER_AFTER = re.compile("の(?:" + alternation(("ギタリスト", "ベーシスト", "ドラマー", "キーボーディスト", "ボーカリスト",
                                                "ヴォーカリスト")) + ")")


def said_of_an_organisation(text: str, end: int) -> bool:
    """What follows a candidate ending at `end` makes it an organisation."""
    return _ORGANISATION_AFTER.match(text, end) is not None or _PLAYER_AFTER.match(text, end) is not None


_COPULA = re.compile("(?:である|であった|です|だ)$")


@lru_cache(maxsize=1)
def _kinds() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    lines = (_DATA / "thing_category.txt").read_text(encoding="utf-8").splitlines()
    kinds = alternation(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    return (re.compile(f"(?:{kinds})$"), re.compile(f"(?:{kinds})・?$"),
            re.compile(f"(?:という|と呼ばれる|なる)(?:名前?の)?(?:{kinds})"))


def defined_as_a_thing(text: str, start: int, end: int) -> bool:
    """A sentence that begins with the candidate and defines it as a kind of thing
    (…は、アメリカ合衆国出身のロックバンド。, …とは、…の施設である。), or a kind
    the candidate is called right after it (…というバンド, …なる団体)."""
    if _kinds()[2].match(text, end):
        return True  # …というバンド, …と呼ばれる施設
    if (start and text[start - 1] not in "\n。") or not (text.startswith("は", end) or text.startswith("とは", end)):
        return False
    stop, line_end = text.find("。", end), text.find("\n", end)
    if stop < 0 or 0 <= line_end < stop:
        return False
    return _kinds()[0].search(_COPULA.sub("", text[end:stop])) is not None


def kind_ends_at(text: str, lo: int, hi: int) -> bool:
    """Whether a kind of thing (data/thing_category.txt) ends text[lo:hi] (子会社, バンド)."""
    return _kinds()[0].search(text, lo, hi) is not None


def after_a_kind_of_thing(text: str, start: int, end: int) -> bool:
    """A kind of thing written right before the candidate, or as a part of its chain
    before the name (ロックバンド・…, 試験艦…, …メタルバンド・…)."""
    parts = _JOINERS.split(text[start:end])[:-1]
    return _kinds()[1].search(text, max(0, start - 8), start) is not None or any(
        _kinds()[0].search(part) for part in parts)


def said_to_be_a_thing(text: str, start: int, end: int, lookup: Callable[[str], WordLookup] | None = None) -> bool:
    """Any of this module's signs at one mention (see the module); with the engine's
    lookup, a chain of common nouns before の too (トップ・ギアの撮影)."""
    return (said_of_an_organisation(text, end) or defined_as_a_thing(text, start, end)
            or after_a_kind_of_thing(text, start, end) or traded(text, start, end, kind_ends_at)
            or (lookup is not None and text.startswith("の", end) and common_words_only(text[start:end], lookup)))


def common_words_only(value: str, lookup: Callable[[str], WordLookup]) -> bool:
    """A katakana chain each part of which the dictionary knows as a common noun
    (トップ・ギア, ウェスタン・デジタル): a name made of words, not a person's."""
    parts = _JOINERS.split(value)
    return len(parts) > 1 and all(part and lookup(part).common for part in parts)


_IN_A_WORD = re.compile(f"[{_KANJI}ァ-ヶーA-Za-z0-9・=＝]")
_KATAKANA_NAME = re.compile("[ァ-ヶー・=＝]+")


def things_in_text(text: str, spans: list[tuple[int, int]],
                   lookup: Callable[[str], WordLookup] | None = None) -> set[str]:
    """The candidates (texts of spans) said to be things at one of their mentions:
    the spans themselves, and, for katakana names (a company or a band named after
    someone), any other mention of them in text that is a whole word."""
    starts: dict[str, set[int]] = {}
    for start, end in spans:
        starts.setdefault(text[start:end], set()).add(start)
    found = set()
    for value, own in starts.items():
        if any(said_to_be_a_thing(text, start, start + len(value), lookup) for start in own) or (
                _KATAKANA_NAME.fullmatch(value) and _said_elsewhere(text, value, own, lookup)):
            found.add(value)
    return found


def _said_elsewhere(text: str, value: str, own: set[int], lookup: Callable[[str], WordLookup] | None) -> bool:
    position = text.find(value)
    while position >= 0:
        end = position + len(value)
        whole = not (position and _IN_A_WORD.match(text[position - 1]))
        if position not in own and whole and said_to_be_a_thing(text, position, end, lookup):
            return True
        position = text.find(value, end)
    return False
