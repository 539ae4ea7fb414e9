"""Names that stand for something other than a person of the organisation's records,
told by what is written right around them (issue 12, notpeople17: a club's pages, a
memo, minutes with no personal data):
- a composer by a work of theirs: the name, then の, a colon or a slash, then a form of
  music (ブラームスの交響曲第2番, ショパン：夜想曲, バッハ／ミサ曲ロ短調, シューベルトのピアノ五重奏曲);
- a scientist by a law or a theorem named after them (ピタゴラスの定理, ケプラーの第三法則,
  パスカルの原理, フェルマーの最終定理);
- a figure of history by an anniversary of their birth or death (ベートーヴェン生誕250年,
  シベリウスの没後七十年);
these three of a name in katakana only (a foreign figure's, one word or parted by ・): a name in
kanji before a work may be a pupil's in a recital's programme (山田 花子：ワルツ第7番);
- a berth, a gate or a lane numbered right before a katakana word (3番バース, 第2ゲイト):
  a place in a port or a hall, not a person;
- a name given by a faith (洗礼名ヨハネ, 霊名：マリア, クリスチャンネーム パウロ, ヨハネ（洗礼名）):
  a saint's name that countless believers share, said as part of the person's religion
  (reported as 要配慮 宗教), not the person's own name, which the record gives apart.
- a figure quoted or an author cited (names18): the name, then の and a saying of theirs
  (二宮尊徳の言葉, …の名言, …の教え — not 教え子), or の『 / 著『 and a title (司馬遼太郎の『坂の上の雲』),
  or a name that fills a 『』 alone (吉川英治の『宮本武蔵』: a work's title). A safety talk or a
  lesson plan quotes figures of history and cites books; an office's record of a person does not
  write its people so.
A credit (作曲：…, …作詞) is not among them: a company song's writer may be living, and
Wikipedia's credits name people. Nor a novel or a work in general (司馬遼太郎の小説):
prose names living authors so, and it is a person to daicho.
"""

from __future__ import annotations

import re

from detectors.words import alternation

_NUMBER = "[0-9０-９一二三四五六七八九十百千〇]"
_FORMS = ("交響曲", "協奏曲", "交響詩", "ソナタ", "ソナチネ", "組曲", "序曲", "変奏曲", "夜想曲", "ノクターン", "前奏曲",
          "プレリュード", "練習曲", "エチュード", "円舞曲", "ワルツ", "行進曲", "舞曲", "レクイエム", "鎮魂曲",
          "ミサ曲", "四重奏曲", "五重奏曲", "三重奏曲", "六重奏曲", "八重奏曲", "歌曲", "歌曲集", "カンタータ",
          "オラトリオ", "狂詩曲", "ラプソディー", "ラプソディ", "幻想曲", "即興曲", "マズルカ", "ポロネーズ",
          "スケルツォ", "セレナーデ", "セレナード", "小夜曲", "子守歌", "子守唄", "無言歌", "パルティータ",
          "フーガ", "トッカータ", "メヌエット", "ガヴォット", "歌劇", "オペラ", "オペレッタ", "バレエ音楽",
          "受難曲", "賛美歌", "聖歌", "弦楽セレナーデ")
_INSTRUMENTS = ("ピアノ", "ヴァイオリン", "バイオリン", "ヴィオラ", "チェロ", "フルート", "クラリネット", "オーボエ", "ホルン",
                "トランペット", "オルガン", "ギター", "ハープ", "弦楽", "管弦楽", "管楽", "木管", "金管", "無伴奏", "チェンバロ")
# the name, then の, a colon or a slash, then a form of music (an instrument or a number before it)
_WORK_AFTER = re.compile(rf"(?:の|[ 　]*[:：／/][ 　]*)(?:{alternation(_INSTRUMENTS)})?(?:{_NUMBER}{{1,2}}[つ台]?の)?"
                         rf"(?:{alternation(_FORMS)})")
# a law or a theorem: ピタゴラスの定理, ケプラーの第三法則, フェルマーの最終定理
_LAW_AFTER = re.compile(r"の(?:第.|最終|運動|小|大)?(?:定理|法則|原理|方程式|不等式|予想|公準|パラドックス|パラドクス)")
# an anniversary: 生誕250年, の没後100年, 生誕二百五十周年
_ANNIVERSARY_AFTER = re.compile(rf"の?(?:生誕|誕生|没後|歿後|逝去)[ 　]*{_NUMBER}{{1,5}}(?:周年|年)")
# a place numbered right before the word: 3番バース, 第2ゲイト, Ｃ-4番バース
_NUMBERED_BEFORE = re.compile(rf"(?:[0-9０-９]{{1,3}}番|第{_NUMBER}{{1,3}})$")
_KATAKANA = re.compile("[ァ-ヺー]+")
_FOREIGN = re.compile("[ァ-ヺー]+(?:[・＝=][ァ-ヺー]+)*")  # ブラームス, ヨハン・シュトラウス
_FAITH_NAME = "(?:洗礼名|霊名|聖名|教名|堅信名|修道名|クリスチャンネーム|クリスチャン・ネーム|ホーリーネーム)"
_FAITH_LABEL_BEFORE = re.compile(rf"{_FAITH_NAME}(?:は|[ 　]*[:：]?)[ 　]*[「『(（]?$")
_FAITH_LABEL_AFTER = re.compile(rf"[ 　]*[(（]{_FAITH_NAME}[)）]")
# a figure quoted or an author cited: the name, then の and a saying of theirs or a title
# in 『』 (二宮尊徳の言葉, 司馬遼太郎の『坂の上の雲』), or 著 before a title
# (not 教え子, 言葉遣い: a word goes on)
_CITED_AFTER = re.compile(r"(?:の(?:(?:言葉|名言|格言|教え|語録)(?![\u4e00-\u9fff々])|『)|著[『「])")
_REACH = 16  # characters before a name where a faith's label or a number stands


def not_a_records_person(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a composer by a work, a scientist by a law, a
    figure by an anniversary, a numbered place or a name given by a faith (see the
    module)."""
    if _FOREIGN.fullmatch(text, start, end) and (
            _WORK_AFTER.match(text, end) or _LAW_AFTER.match(text, end) or _ANNIVERSARY_AFTER.match(text, end)):
        return True
    if _CITED_AFTER.match(text, end) or (start > 0 and text[start - 1] == "『" and text.startswith("』", end)):
        return True  # 二宮尊徳の言葉, 吉川英治の『宮本武蔵』: a figure quoted, an author and a title
    reach = max(text.rfind("\n", 0, start) + 1, start - _REACH)
    if _KATAKANA.fullmatch(text, start, end) and _NUMBERED_BEFORE.search(text, reach, start):
        return True
    return bool(_FAITH_LABEL_BEFORE.search(text, reach, start) or _FAITH_LABEL_AFTER.match(text, end))
