"""A form's worked example is nobody's data (issue 12, own9: files with no personal data).

Forms, manuals and templates show how to fill a field with made-up values: a block
headed 【記入例】, 記載例 or 【見本】 (山田 太郎 / 昭和60年4月1日 / 〒100-0001 …),
or a line opened by （例） or 例： (（例）氏名：鈴木 花子). What such a block or line holds
is not reported. The block runs from its heading to a blank line or the next heading
(【申込者】, ■ご本人); a marker inside a sentence (例えば…, 前例) opens nothing.
An example written in brackets inside a line, its marker right after the opening bracket
(氏名欄（記入例：山田 太郎）, お名前（例 鈴木 花子）, 【見本：…】), holds up to its closing
bracket (notpeople17): a form's instruction, not its person; a case (（事例：…）) is no marker.
"""

from __future__ import annotations

import re

_MARK = r"(?:記入例|記載例|入力例|作成例|回答例|見本|例)"
_OPEN, _CLOSE = r"[【\[［<＜〈《(（■□◆◇●○▼・]", r"[】\]］>＞〉》)）]"
# a heading line that is the marker alone: 【記入例】, ＜記載例＞, ■見本, 記入例. A bare 見本 opens
# nothing: a specimen stamp read off a scan (a card copy's 見本) stands wherever OCR puts it,
# not above the block it marks.
_HEADING = re.compile(rf"^[ 　]*(?:{_OPEN}[ 　]*{_MARK}[ 　]*{_CLOSE}?|(?!見本){_MARK})[ 　:：]*$", re.MULTILINE)
# a line opened by the marker: （例）氏名：…, 例：03-…, 記入例：山田 太郎
_LINE = re.compile(rf"^[ 　]*(?:[(（]{_MARK}[)）]|{_MARK}[ 　]*[:：])", re.MULTILINE)
# another heading ends a worked example's block: 【申込者】, ■ご本人, ＜提出先＞
_NEXT_HEADING = re.compile(r"[ 　]*[【\[［<＜〈《■□◆◇●▼]")
# inside a line: the marker right after an opening bracket and a separator, its example up to
# the closing bracket (（記入例：山田 太郎）, 【見本 鈴木 花子】), or the marker bracketed alone
# with its example after it, to the line's end (氏名（例）山田 太郎); not （例えば…）
_BRACKETED = re.compile(rf"[(（【［\[〈《]{_MARK}(?:(?:[ 　]*[:：]|[ 　])[ 　]*[^()（）【】［］\[\]〈〉《》\n]{{1,40}}"
                        rf"[)）】］\]〉》]|[)）】］\]〉》][^\n]*)")
# or the marker then its bracket's close or a colon after a word or a space, to the line's end
# (お名前 例）鈴木 花子, 氏名欄 記入例：山田 太郎); not 事例：, 条例：
_INLINE = re.compile(r"(?:記入例|記載例|入力例|作成例|(?<![\u4e00-\u9fff々])例)[ 　]*[)）:：][^\n]*")
_GATE = re.compile(r"例|見本")
# a form printed as its own sample: its first line opens with the bracketed marker before the form's title
# (【記入例】 扶養控除等申告書): all of its page is the example, not the block to the first blank line (ids18)
# (a title on its line: the marker alone over a block is a _HEADING, its block ending at the next heading)
_TITLE = re.compile(rf"\A\s*{_OPEN}[ 　]*(?:記入例|記載例|入力例|作成例|見本)[ 　]*{_CLOSE}[ 　]*[^\s【\[［<＜〈《■□◆◇●▼][^\n]*")
BLOCK_LINES = 15


def _block_end(text: str, start: int) -> int:
    """The end of a block opened by the heading line ending at start."""
    position = start
    for _ in range(BLOCK_LINES):
        if position >= len(text):
            return len(text)
        line_end = text.find("\n", position + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position + 1:line_end]
        if not line.strip() or _NEXT_HEADING.match(line):
            return position
        position = line_end
    return position


def example_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each worked example's block or line in text."""
    if not _GATE.search(text):
        return []
    spans = [(m.end(), _block_end(text, m.end())) for m in _HEADING.finditer(text)]
    title = _TITLE.match(text)
    if title:
        page_end = text.find("\x0c", title.end())
        spans.append((title.end(), len(text) if page_end < 0 else page_end))
    for m in _LINE.finditer(text):
        line_end = text.find("\n", m.end())
        spans.append((m.start(), len(text) if line_end < 0 else line_end))
    spans += [m.span() for m in _BRACKETED.finditer(text)] + [m.span() for m in _INLINE.finditer(text)]
    return spans


def without_worked_examples(detections: list, text: str) -> list:
    """Detections less those inside a worked example or ending in one (see the module)."""
    spans = example_spans(text)
    if not spans:
        return detections
    # a finding that ends inside one is its part too, begun before it (書き方 例）: 方 例 read as a name)
    return [d for d in detections if not any(start < d.end <= end for start, end in spans)]
