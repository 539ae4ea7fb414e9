"""Names of a story's characters and of figures of history, told by the words around
them (issue 12, notpeople20): a film club's newsletter, a guide's report, a society's
bulletin or an essay names people no record of the organisation is about.

- a character: the role a story gives the name (…役, …を演じる, …に扮する, …の冒険, 主人公の…,
  …が主人公, 名探偵…, 登場人物の…, 劇中の…), or the name 活躍 in a sentence about a work (…が活躍する
  喜劇を上映, …の活躍を描く小説): a member 活躍 in a match or a show has no work's word
  beside (上映, 映画, 小説, 原作, 劇場版 …);
- a figure of history: a monument or a site named after the name (…の句碑, …の旧居,
  …の一夜城跡, …の銅像, …ゆかりの地, …ゆかりの石碑 (read26), 西郷隆盛像, …公, …翁, …の乱, …の時代に), what history
  says they did (…が詠んだ, …が築いた, …が開基), or the calling of history before it (俳人・…, 戦国武将の…,
  江戸時代の…), or a list of sites' column of the figure each is tied to (ゆかり: 二宮尊徳);
- the master of a school's lineage (師系：…, …に連なる, …の流れを汲む): a circle's roll names the
  figure it descends from, not a member (people24);
- a figure the dictionary holds whole (織田信長, 坂本龍馬, 弁慶: one Sudachi word tagged 人名-一般,
  no surname and given name of today) in a sentence that tells lore of the past or studies its
  papers (…をめぐる伝承, …の書状を扱う, …の奉納と伝わる) (names25).

A name with an honorific after it (…さん, …様, …先生) is someone the text addresses or
speaks of as a living person: it stays whatever follows. A dead figure of history is no
personal information either (個人情報保護法 第2条第1項: 生存する個人に関する情報).
"""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.jp.person_classics import names_a_classic
from detectors.lines import composed_header
from detectors.nlp import sudachi_dictionary
from detectors.words import alternation

_KANJI = "\u4e00-\u9fff々"
_HONORIFIC_AFTER = re.compile(r"[ \u3000]*(?:さん|様|さま|氏|先生|くん|君|ちゃん|殿)")
# the role a story gives the name, right after it (not 役員, 役所, 役場, 役職, 役割, 役立つ, 役目)
_ROLE_AFTER = re.compile(rf"(?:役(?![員所場職割立目{_KANJI}])|[ \u3000]?を演じ|[ \u3000]?に扮|の冒険|[ \u3000]?(?:が|は)主人公(?!を|役)"
                         r"|が登場する(?:映画|作品|物語|小説|漫画|マンガ|アニメ|ドラマ|シリーズ)|シリーズ)")
# the story's word right before the name: 主人公の…, 名探偵…, 登場人物・…, 劇中の…
_ROLE_BEFORE = re.compile(r"(?:主人公|登場人物|名探偵|劇中|作中)(?:の|・|、|[ \u3000])?[「『]?$")  # not 本日の主人公は…
_ACTIVE_AFTER = re.compile(r"[ \u3000]?(?:が|の)(?:大)?活躍")
# a work's word in the sentence of 活躍: a film, a play, a book
_WORK_WORDS = ("上映", "映画", "劇場版", "喜劇", "活劇", "時代劇", "名作", "原作", "物語", "小説", "短編", "長編", "漫画",
               "マンガ", "アニメ", "シリーズ", "探偵もの", "映像化")
_WORK = re.compile(rf"{alternation(_WORK_WORDS)}|ドラマ(?!チック)")
# a monument or a site after the name and の (or glued: 西郷隆盛像, 一茶翁, 家康公)
_SITES = ("句碑", "歌碑", "詩碑", "文学碑", "記念碑", "顕彰碑", "石碑", "墓所", "墓", "廟", "霊廟", "銅像", "石像", "胸像", "座像",
          "立像", "騎馬像", "生家", "生誕地", "旧居", "旧宅", "旧邸", "旧居跡", "終焉の地", "記念館", "文学館", "資料館",
          "城跡", "城址", "居城", "屋敷跡", "陣屋跡", "邸跡", "館跡", "本陣跡", "足跡")
_SITE_AFTER = re.compile(rf"(?:の[{_KANJI}]{{0,3}}(?:{alternation(_SITES)})"
                         rf"|[ \u3000]?(?:ゆかり|縁)の(?:地(?![元域区方])|寺|神社|史跡|名所|城|{alternation(_SITES)})|(?:像|公|翁)(?![{_KANJI}])"
                         rf"|の乱(?![{_KANJI}])|生誕の地"
                         r"|が(?:詠ん|詠まれ|築い|築城|開山|開基|建立|創建|眠る|祀られ))")
# history's calling of the name, right before it: 俳人・…, 戦国武将の…, 江戸時代の…
_CALLINGS = ("俳聖", "文豪", "武将", "戦国武将", "大名", "藩主", "将軍", "天皇", "皇帝", "偉人", "志士", "剣豪", "浮世絵師",
             "高僧", "禅僧", "茶聖", "画聖", "詩聖", "軍師")
# callings living people have too (a haiku club's member is a 俳人): only after an era (江戸時代の俳人 …)
_ERA_CALLINGS = ("俳人", "歌人", "詩人", "茶人", "絵師", "画家", "作家", "学者", "僧")
_ERAS = ("奈良", "平安", "鎌倉", "室町", "戦国", "安土桃山", "江戸", "幕末", "明治", "大正")
_SEPARATOR = "(?:の|・|、|[ \u3000])?"
_CALLING_BEFORE = re.compile(rf"(?:{alternation(_CALLINGS)}|(?:{alternation(_ERAS)})(?:時代)?の"
                             rf"(?:(?:{alternation(_ERA_CALLINGS + _CALLINGS)}){_SEPARATOR})?){_SEPARATOR}$")
# an era named after the figure (織田信長の時代に), unless a post stands before the name: 初代会長 山田 太郎の時代
# is a club's own past, its founder may be living
_ERA_AFTER = re.compile(r"の時代(?:に|の|から|まで|は)")
_POST_BEFORE = re.compile(r"(?:会長|社長|代表|理事長|校長|園長|院長|監督|店長|所長|組合長|委員長|部長|課長|前任|先代|初代|[二三四五六七八九十]代目)"
                          r"(?:の|・|[ \u3000])?$")
# a list of sites' column of the figure each is tied to
_FIGURES_HEADERS = frozenset({"ゆかり", "ゆかりの人物", "ゆかりの偉人", "縁の人物", "ゆかりの人", "関連人物", "関係人物", "偉人",
                              "歴史上の人物", "由来の人物", "ゆかりの武将", "ゆかりの文人"})
# a school's lineage: the master a poets' circle, a school of tea or of arts traces itself to (師系：…,
# …に連なる, …の流れを汲む, …門下の系譜): a figure the school is known by, no member of its roll (people24)
_LINEAGE_BEFORE = re.compile(r"(?:師系|師統|系譜|門流|流祖|宗祖|開祖|学統)[ \u3000]*[:：]?[ \u3000]*[「『]?$")
_LINEAGE_AFTER = re.compile(r"[」』]?(?:に連なる|に連なり|の流れを汲|の流れをくむ|の系譜|の門流|の系統を(?:継|引|受))")
_REACH = 12  # characters before a name where a story's or history's word stands
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# lore told of the past or its papers studied (not 歴史 nor 由来: Wikipedia's people stand beside them)
_LORE = re.compile("伝承|言い伝え|と伝わ|書状|古文書|史料|郷土史|地域史|奉納")  # not 伝説: 伝説の名投手 may live


def names_a_figure(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a story's character or a figure of history (see
    the module), not a person the organisation holds data on."""
    if _HONORIFIC_AFTER.match(text, end):
        return False
    if _ROLE_AFTER.match(text, end) or _SITE_AFTER.match(text, end) or _under_a_figures_header(text, start) \
            or names_a_classic(text, start, end):  # 持統天皇, 「在原業平」の札 (person_classics)
        return True
    reach = max(0, start - _REACH)
    reach = text.rfind("\n", reach, start) + 1 or reach  # the line's start when nearer (a bounded search)
    if _ERA_AFTER.match(text, end):
        return _POST_BEFORE.search(text, reach, start) is None
    if _ROLE_BEFORE.search(text, reach, start) or _CALLING_BEFORE.search(text, reach, start) \
            or _LINEAGE_BEFORE.search(text, reach, start) or _LINEAGE_AFTER.match(text, end):
        return True
    if _ACTIVE_AFTER.match(text, end) is not None and _in_a_sentence_of_a_work(text, start, end):
        return True
    return _in_a_sentence_of_lore(text, start, end) and _a_figure_of_the_dictionary(text[start:end])


def _under_a_figures_header(text: str, start: int) -> bool:
    """A table's cell under a header of the figure a place is tied to (見学地 | ゆかり: 二宮尊徳,
    史跡 | ゆかりの人物): a tour's or a guide's list of sites (people22)."""
    if text[start - 2:start] != ": ":
        return False
    cell, colon = composed_header(text, start)
    return text[cell:colon].strip() in _FIGURES_HEADERS


def _in_a_sentence_of_a_work(text: str, start: int, end: int) -> bool:
    """Whether the sentence around [start, end) speaks of a film, a play or a book."""
    return _WORK.search(text, *_sentence(text, start, end)) is not None


def _in_a_sentence_of_lore(text: str, start: int, end: int) -> bool:
    """Whether the sentence around [start, end) tells lore or studies the papers of the past."""
    return _tells_lore(text) and _LORE.search(text, *_sentence(text, start, end)) is not None


@lru_cache(maxsize=1)
def _tells_lore(text: str) -> bool:
    """A lore word anywhere in the text, asked once per text (most hold none: no sentence is read)."""
    return _LORE.search(text) is not None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around [start, end), 80 characters either side at most."""
    before = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 80), start)), default=max(0, start - 80))
    after = _SENTENCE_END.search(text, end)
    return before, after.start() if after else min(len(text), end + 80)


@lru_cache(maxsize=4096)
def _a_figure_of_the_dictionary(value: str) -> bool:
    """Whether Sudachi holds value whole as one person's name (人名-一般: 織田信長, 弁慶), a figure
    famous enough for the dictionary, not a surname or a given name of anyone."""
    return any(m.surface() == value and m.part_of_speech()[2:4] == ("人名", "一般")
               for m in sudachi_dictionary().lookup(value))
