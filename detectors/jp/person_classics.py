"""Poets of the classics and emperors of history, named as a karuta club, a lecture's title or a
textbook names them (people23): 「持統天皇」の札, 読手: 在原業平, 記念講演「伊勢大輔の和歌を読む」.

- an emperor's or a princess's title glued after the name, when name and title are a poet's of the
  list (持統天皇, 式子内親王): an emperor's title alone does not say the emperor is dead (徳仁親王), and
  Wikipedia's NER set counts emperors of history as people (孝謙天皇: its PERSON must not fall);
- a name closed in a quote and then the card or the poem it names (「在原業平」の札, 『小野小町』の歌);
- a name as the subject of a title in quotes: its poems, its diary, its life (「…の和歌を読む」,
  「…の生涯」): a lecture or a book about a poet, not a record of a person;
- a poet of the classics by the list (data/classical_poets.txt); one that the name lists read as a
  surname and a given name of today (伊勢大輔, 小野小町) only written solid, as a poet's name is, and not
  in a column of people's names (氏名: 伊勢 大輔 is a member who bears it).

A dead figure of history is no personal information (個人情報保護法 第2条第1項: 生存する個人).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from detectors.jp.person_column_headers import header_kind
from detectors.jp.person_names import load_name_lists
from detectors.lines import composed_header
from detectors.words import KANJI_RANGE

_KANJI = KANJI_RANGE
_IMPERIAL_AFTER = re.compile(rf"(?:天皇|上皇|法皇|皇后|皇太后|中宮|親王|内親王|女院)(?![{_KANJI}])")
_CARD_AFTER = re.compile(r"[」』](?:の|が)?(?:札|取り札|取札|読み札|読札|歌|和歌|一首|句)")
_WORK_AFTER = re.compile(r"の(?:和歌|短歌|俳句|歌|句|恋歌|漢詩|日記|随筆|生涯|文学|世界|足跡|名歌|名句|歌枕)")
_OPEN_QUOTES = "「『"
_CLOSE_QUOTES = "」』"


@lru_cache(maxsize=1)
def _poets() -> frozenset[str]:
    path = Path(__file__).with_name("data") / "classical_poets.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def names_a_classic(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a poet of the classics or an emperor of history (see the module)."""
    title = _IMPERIAL_AFTER.match(text, end)
    if (title and text[start:title.end()] in _poets()) or _CARD_AFTER.match(text, end):
        return True
    if _WORK_AFTER.match(text, end) and _inside_quotes(text, start):
        return True
    name = text[start:end]
    if name not in _poets():
        return False
    return not _a_name_of_today(name) or not _in_a_name_column(text, start)


def _inside_quotes(text: str, start: int) -> bool:
    """An opening quote before start on its line, not closed before start."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    opened = max(before.rfind(quote) for quote in _OPEN_QUOTES)
    return opened >= 0 and not any(quote in before[opened:] for quote in _CLOSE_QUOTES)


def _in_a_name_column(text: str, start: int) -> bool:
    """A table's cell under a person column's header (氏名, 会員)."""
    if text[start - 2:start] != ": ":
        return False
    cell, colon = composed_header(text, start)
    return header_kind(text[cell:colon]) is True


def _a_name_of_today(name: str) -> bool:
    """伊勢大輔: a surname of the lists before a given name of the lists."""
    lists = load_name_lists()
    return any(name[:size] in lists.surnames and name[size:] in lists.given_names for size in range(1, len(name)))
