"""Katakana names the dictionary does not tag as names, where the sentence says the
word is a person (issue 12, wikirecall): ジョン・スミス is found by its tags, but most
foreign names in prose (クオレク, ギゾー, フラヴィオ・ポンテッロ) are unknown to the
dictionary or read as common nouns, and only what is said of them tells.

- What only a person has or does, right after it with its particle: a relative or a
  life event (…の妻, …の死後, …が死去, …と結婚, …に師事, …を逮捕, …が操縦する), a group
  of people or a surname (…兄弟, …夫妻, …両人, …姓), one listed among a kind of person
  (…などの経済学者, …らの画家), or a title only a person holds (…中佐, …大統領; person_prose
  reads titles after words the dictionary does not know at all); a title of nobility
  even after a place's name, which such a title is taken from (…伯爵, …公).
- A role or a kind of person right before it, with の, ・ or glued (経済学者の…,
  少年・…, 哲学者…, 教授…, MF…):
  the kinds are data (data/person_kind.txt) or kanji nouns ending as a kind of
  person does (…者, …家, …手, …員, …師, …士, …優, …官, …人, …将), not agents a
  company may be too (事業者, 開発者, 主催者).
- The topic of a sentence whose predicate is a person's life (…は…に埋葬された, …は
  …で学んだ, …は…会長を務めた) or that defines it as a kind of person (…は、ソ連の
  経済学者。, …は多作な作家だった。), with no other topic or subject before it.
  Predicates that companies, bodies and products take too are left out: …が述べた,
  …が加入し, …が脱退し, …と共演, …は…で生まれた, …は…を引退した, …の生涯, …の肖像.
Names of places (the dictionary's 地名) and kinds of person themselves (メンバー,
スタッフ) are never candidates. A role before it or a topic clause is not enough for
a word the dictionary knows as a common noun (ユニフォーム, ショー) or as a proper noun
that is no name (a brand, a work); a definition or a sign right after it is. Vetoes
of things (person_org, person_things) apply afterwards, as to every candidate.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from detectors.jp.base import starts_after
from detectors.jp.person_words import ROLE_NOUNS
from detectors.nlp import WordLookup
from detectors.words import alternation

_KATAKANA = "ァ-ヶー"
_KANJI = "\u4e00-\u9fff々"
_DATA = Path(__file__).resolve().parent / "data"
# particle -> what follows it only when what stands before the particle is a person
_PERSONAL = {
    "の": ("妻", "夫", "息子", "娘", "父", "母", "父親", "母親", "兄", "弟", "姉", "妹", "長男", "長女", "次男", "次女",
          "三男", "祖父", "祖母", "孫", "甥", "姪", "叔父", "伯父", "叔母", "伯母", "義父", "義母", "未亡人", "愛人",
          "恋人", "婚約者", "弟子", "師匠", "子供", "子孫", "遺族", "死後", "死去", "逝去", "葬儀", "遺体", "遺言",
          "生家", "生誕", "誕生日", "自伝", "退陣", "辞任", "即位", "暗殺", "婚約", "結婚", "離婚", "門下", "養子"),
    "が": ("死去", "逝去", "死亡", "亡くな", "結婚", "離婚", "婚約", "就任", "辞任", "退任", "即位", "退位", "失脚",
          "亡命", "戦死", "病死", "暗殺され", "処刑され", "逮捕され", "殺害され", "告白", "演じ", "出家", "留学", "師事",
          "主演", "操縦し", "操縦す", "考案し", "考案す", "発明し"),
    "と": ("結婚", "離婚", "婚約", "再婚", "交際", "対談", "共著", "死別", "離別"),
    "を": ("逮捕", "暗殺", "殺害", "処刑", "射殺", "任命", "解任", "指名", "起用", "招聘", "擁立", "養子に", "妻に",
          "娶", "首領に", "師と"),
    "に": ("師事", "嫁い", "嫁ぎ", "弟子入り", "求婚", "暗殺され", "殺害され", "射殺され", "見出され"),
}
_GROUPS = ("兄弟", "姉妹", "夫妻", "親子", "父子", "母子", "本人", "自身", "両人", "両名", "両氏", "姓",
           "亡き後", "亡きあと", "亡き今", "没後")  # only a person dies (prose18)
# titles only a person holds (not 社長, 監督, 代表: a company's or a team's too)
_TITLES = ("首相", "大統領", "副大統領", "博士", "夫人", "容疑者", "被告", "被告人", "元帥", "提督", "大将", "中将",
           "少将", "大佐", "中佐", "少佐", "大尉", "中尉", "少尉", "軍曹", "外相", "蔵相", "法相", "国防相", "枢機卿",
           "司教", "司祭", "神父", "牧師", "教皇", "皇帝", "上院議員", "下院議員", "国務長官", "書記長", "総書記",
           "知事")  # (prose18) not 州知事: the word before it is the state
# titles of nobility, which a person takes from a place (…公, …伯爵 after a city): a place before them is a person
_NOBLE = ("公爵", "侯爵", "伯爵", "子爵", "男爵", "大公", "辺境伯", "公", "卿")
_NOBLE_AFTER = re.compile(f"(?:{alternation(_NOBLE)})(?![{_KANJI}])")


def _after() -> str:
    """One alternative per particle; a word ending in kanji runs on into no further kanji
    (…の妻, not …の妻子; …を首領に選んだ may)."""
    parts = []
    for particle, words in _PERSONAL.items():
        kanji_end = [w for w in words if re.match(f"[{_KANJI}]", w[-1])]
        kana_end = [w for w in words if w not in kanji_end]
        parts.append(f"{particle}(?:(?:{alternation(kanji_end)})(?![{_KANJI}])"
                     + (f"|{alternation(kana_end)}" if kana_end else "") + ")")
    titles = alternation(_TITLES + _NOBLE)
    return "|".join(parts) + f"|(?:{alternation(_GROUPS)}|[元前現副]?(?:{titles}))(?![{_KANJI}])"


_AFTER = re.compile(_after())
# what may follow a candidate that any sign reads: a particle, a mark, a group's or a title's
# first character (a cheap filter before the signs; most katakana words are followed by none)
_NEXT = "".join(sorted(set("はがのにとをもやへ、。元前現副など") | {w[0] for w in _GROUPS + _TITLES + _NOBLE}))
# a kanji noun that ends as a kind of person does (経済学者, 作家, 歌手, 議員, 俳人)
_NOT_KINDS = ("大手", "国家", "一家", "王家", "旧家", "名家", "本家", "分家", "実家", "生家", "民家", "商家", "人家",
              "法人", "定員", "人員", "満員", "全員", "動員", "器官", "上手", "下手", "派手", "切手", "山手", "人手",
              # agents a company or a body may be too (…の事業者に選ばれた, 開発者の…)
              "業者", "運営者", "開発者", "製造者", "販売者", "提供者", "発行者", "主催者", "管理者", "出資者", "所有者",
              "保有者", "受託者", "落札者", "契約者", "加盟者", "出展者", "出品者", "権利者")
_NOT_KIND = "".join(f"(?<!{word})" for word in _NOT_KINDS)
_KIND_ENDING = f"(?:[{_KANJI}]+[者家手員師士優官人将]{_NOT_KIND}|[{_KATAKANA}]{{2}}人)"  # a people: ロシア人
# glued to the name with nothing between, only the endings that introduce a person (哲学者…,
# ロシア人…, 作家…, 歌手…, 俳優…), not a company's word that ends so (大将ダイニング…)
_KIND_GLUED = f"(?:[{_KANJI}]+[者家手優人]{_NOT_KIND}|[{_KATAKANA}]{{2}}人)"
_PARTICLE = re.compile("(?:は|が|の|に|と|を|も|や|へ|、|。)")

# A katakana word or chain not glued to katakana before it nor a part of a chain (…・スミス);
# one with letters glued before it is a name only after a role written so (MFロリック・カナ,
# not JPモルガン); one after a kanji word and ・ may be (少年・…).
_CANDIDATE = re.compile(starts_after(f"[{_KATAKANA}]", f"[{_KATAKANA}=＝]", f"[{_KATAKANA}A-Za-z0-9.]・")
                        + rf"[{_KATAKANA}]+(?:[・=＝](?:[{_KATAKANA}]{{2,}}|[A-Z]\.?))*(?![{_KATAKANA}・=＝A-Za-z])"
                        + f"(?=[{_NEXT}])")


@lru_cache(maxsize=1)
def _kinds() -> tuple[frozenset[str], re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    lines = (_DATA / "person_kind.txt").read_text(encoding="utf-8").splitlines()
    listed = frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    kind = f"(?:{alternation(listed)}|{_KIND_ENDING})"
    before = re.compile(f"(?:(?:{alternation(listed | ROLE_NOUNS)})[の・]?|{_KIND_ENDING}[の・]|{_KIND_GLUED})$")
    defined = re.compile(f"{kind}(?:である|であった|だった|です|でした)?。$")
    becomes = re.compile(f"(?:{alternation(listed)})(?:に就任|に選ばれ|に選出され|に任命され|になっ|に転身|を務め)")
    # listed as one of a kind of person: …などの経済学者, …らの画家, …といった作家
    among = re.compile(f"(?:など|ら|といった)の?{kind}")
    return listed, before, defined, becomes, among


# a person's life or words, as the predicate of the clause the candidate is the topic of
_LIFE = ("卒業し", "死去", "逝去", "亡くな", "埋葬され", "葬られ", "結婚し", "離婚し", "婚約し", "就任し", "辞任し",
         "退任し", "即位し", "退位し", "師事し", "学ん", "学ぶ", "留学し", "入学し", "出家し", "戦死", "病死", "暗殺され",
         "処刑され", "逮捕され", "亡命し", "回想し")
_TOPIC = re.compile("は、?[^。\nはが「」]{0,60}?(?:" + alternation(_LIFE) + ")")
_CLAUSE = re.compile("は、?[^。\nはが「」]{0,50}")
_STOP = re.compile("[。\n]")
_TOPIC_REACH = 20  # characters from the sentence's start to the topic


def _first_topic(text: str, start: int) -> bool:
    """Nothing before the candidate in its sentence but a short adverbial (1821年に,
    しかし、, ロンドンに帰還した): no other topic or subject, not a thing's (…の)."""
    begin = max(0, start - _TOPIC_REACH)
    stop = max(text.rfind("。", begin, start), text.rfind("\n", begin, start))
    if stop < 0 and begin > 0:
        return False
    prefix = text[stop + 1:start]
    return not prefix.endswith("の") and not any(ch in prefix for ch in "はがを「")


def _topic_of_a_life(text: str, start: int, end: int) -> bool:
    """…は…で学んだ, …は…に埋葬された, …は…会員に選ばれた (see the module)."""
    if not text.startswith("は", end) or not _first_topic(text, start):
        return False
    clause = _CLAUSE.match(text, end)
    return _TOPIC.match(text, end) is not None or (
        clause is not None and _kinds()[3].search(text, end, clause.end()) is not None)


def defined_as_a_person(text: str, start: int, end: int) -> bool:
    """A sentence that begins with the candidate and ends in a kind of person
    (…は、ソ連の経済学者。, …は多作で多才な作家だった。)."""
    if not text.startswith("は", end) or not _first_topic(text, start):
        return False
    stop = _STOP.search(text, end)
    return stop is not None and text[stop.start()] == "。" and _kinds()[2].search(
        text, end, stop.end()) is not None


def role_before(text: str, start: int) -> bool:
    """A role or a kind of person right before, with の or glued (作家の…, 教授…, MF…)."""
    return _kinds()[1].search(text, max(0, start - 12), start) is not None


def said_to_be_people(text: str, lookup: Callable[[str], WordLookup], found: list[tuple[int, int, float]],
                      places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of katakana words and chains, not among found nor places (the
    dictionary's 地名), that the sentence says are people (see the module)."""
    taken = sorted((start, end) for start, end, score in found if score >= 0.6)
    places = sorted(places)
    spans = []
    for match in _CANDIDATE.finditer(text):
        start, end = match.span()
        if _overlaps(taken, start, end) or match.group() in _kinds()[0] or len(match.group()) < 2:
            continue
        noble = _NOBLE_AFTER.match(text, end) is not None  # a city then 伯爵: the place is the title's
        if not noble and _overlaps(places, start, end):
            continue
        glued = start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()
        role = role_before(text, start) and _PARTICLE.match(text, end) is not None
        if glued and not role:
            continue
        strong = (_AFTER.match(text, end) is not None or _kinds()[4].match(text, end) is not None
                  or defined_as_a_person(text, start, end))
        if not (strong or role or text.startswith("は", end)):
            continue
        parts = [lookup(part) for part in re.split("[・=＝]", match.group()) if part]
        if (noble or not any(part.place for part in parts)) and (
                strong or (_may_be_a_name(parts) and (role or _topic_of_a_life(text, start, end)))):
            spans.append((start, end))
    return spans


def _may_be_a_name(parts: list[WordLookup]) -> bool:
    """A chain not all of common words (クリスマス・メッセージ), with no part the
    dictionary knows as one proper noun that is no name (a brand, a work, a group)."""
    known_things = any(len(p.ends) == 1 and not (p.unknown or p.common or p.name) for p in parts)
    return not known_things and not all(p.common for p in parts)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (end,))
    return any(s < end and start < e for s, e in spans[max(0, i - 3):i])
