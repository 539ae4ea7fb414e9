"""A piece in a programme's line, before its performer's role, and a mount in a stable's line,
before its rider's (issue 12, people24).

A recital's, a folk-song society's or a choir's programme writes each number on a line: the
piece first, then the performer's part and a colon, then who performs it (黒田節　唄：…,
荒城の月　独唱：…, 春の海／箏：…, 越天楽　笛：…). What stands at the line's start before that
part is the piece — a song named like a person (黒田節, 佐渡おけさ, 千代田節) is still the
song — and the name after the colon is the performer, read by the other tiers as ever.
A stable's or a harbour's note writes a line the same way: the mount or the craft, a colon, then
who rides or steers it (キタノマサオ：騎乗 真壁　一輝, 第二清丸：操船 …): a horse named like a person
(キタノ・マサオ) is still the horse.
"""

from __future__ import annotations

import re

from detectors.words import alternation

# a performer's part in a programme (a part a person plays, not a work's credit: 作詞, 作曲 name
# authors, who may be living, and are read as people)
_PARTS = ("唄", "歌", "独唱", "合唱", "斉唱", "重唱", "歌唱", "演奏", "伴奏", "独奏", "三味線", "三絃", "三弦", "尺八", "笛",
          "篠笛", "横笛", "太鼓", "鳴物", "囃子", "お囃子", "踊り", "踊", "舞", "舞踊", "語り", "朗読", "吟詠", "詩吟",
          "指揮", "奏者", "演者", "出演", "箏", "琴", "ピアノ", "ヴァイオリン", "バイオリン", "ギター", "チェロ", "フルート")
# who rides, steers or drives what the line opens with (キタノマサオ：騎乗 真壁, 第二清丸：操船 …): a mount or a craft
_HANDS = ("騎乗", "鞍上", "騎手", "操縦", "操船", "運転", "乗り手")
_PART_AFTER = re.compile(rf"(?:[ \u3000]+|[ \u3000]*[／/][ \u3000]*)(?:{alternation(_PARTS)})[ \u3000]*[:：]"
                         rf"|[ \u3000]*[:：][ \u3000]*(?:{alternation(_HANDS)})[ \u3000:：]")
_LINE_HEAD = re.compile(r"[ \u3000]*(?:[・●○◆◇■□♪\-*]|[0-9０-９]{1,2}[.．)）、]|第?[0-9０-９一二三四五六七八九十]{1,2}番?)?[ \u3000]*$")


def a_programmes_piece(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens a programme's line (a bullet or a number before it at
    most) and a performer's part and a colon follow it, or a colon and a rider's part: the piece
    or the mount, not a person."""
    if not _PART_AFTER.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _LINE_HEAD.fullmatch(text, line_start, start) is not None
