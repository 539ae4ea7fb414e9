"""A surname of one character alone after a log's or a form's label of who did it
(issue 12, leftovers20): 記入：塙, 担当：関, 確認者：林, 受付 森, 点検者：原 10:00 異常なし —
whoever writes the log, a work sheet or a check list, the label says the one character
after it is a person who wrote, checked, took or handled it.

The label is a doer's word (担当, 係, 記入, 記録, 作成, 確認, 点検, 入力, 対応, 受付, 承認, 報告, 立会, 実施,
起案, 決裁, 受領, 発信, 聴取, 巡回, 処理, 当番), with 者 or 人 after it or not, then a colon or a
blank; the value is a surname of one character of the name lists standing alone: the line's or
the cell's end, or a blank then the rest of the log line (a time, a remark). Not a word of one
character these labels also take (確認：済, 対応：中, 受付：東 — a desk —, 担当：前, 記入：新):
CHARACTER_WORDS. Which surnames of one character are common words elsewhere (林, 森, 原) does
not matter here: after such a label the word stands where a person is written.
"""

from __future__ import annotations

import re

from detectors.first_chars import finder_of, matches
from detectors.jp.person_names import NameLists

DOERS = ("担当", "係", "記入", "記録", "作成", "確認", "点検", "入力", "対応", "受付", "承認", "報告", "立会", "立ち会い", "実施",
         "起案", "決裁", "受領", "発信", "聴取", "巡回", "処理", "検査", "検収", "検印", "査閲", "回収", "配布", "搬出",
         "引継", "引継ぎ", "申送り", "申し送り", "当番", "当直", "日直", "宿直", "記載", "清掃", "施錠", "開錠", "解錠")
# one character a doer's label takes that is no person: a state, a direction, a desk, a time
CHARACTER_WORDS = frozenset("済未了中前後今新旧所見長東西南北上下左右内外正副可否有無要不良優秀高低大小金")
_KANJI = "\u4e00-\u9fff々"
_LABELLED = re.compile(rf"(?<![{_KANJI}])(?:{'|'.join(DOERS)})(?:者|人)?(?:[:：][ \u3000]?|[ \u3000])"
                       rf"([{_KANJI}])(?=[ \u3000]|[\t\n]|$)", re.MULTILINE)
_LABELLED_FINDER = finder_of(_LABELLED)  # tried only where a doer's word starts


def logged_surnames(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of a surname of one character alone after a doer's label (see the module)."""
    return [match.span(1) for match in matches(_LABELLED, _LABELLED_FINDER, text)
            if match.group(1) in lists.surnames and match.group(1) not in CHARACTER_WORDS]
