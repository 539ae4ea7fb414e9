"""What a form prints for everyone: the caption of a check box left empty (□一般の
障害者), captions of options in cells of their own with no mark beside them
(一般の障害者 | 特別の障害者 | 同居特別障害者), a note or a definition (※…を記入,
障害者とは…をいいます). It names a category and says nothing of the person who
fills the form; a ticked box (■, ☑, ✓), a mark in the cell beside a caption (○)
or a value written in is the information.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from detectors.jp.sensitive.health import DISEASE_ENDINGS
from detectors.jp.sensitive.marked_after import marks_follow
from detectors.jp.sensitive.phrases import title_line
from detectors.lines import cell_bounds, cell_value, sentence_start

_EMPTY_BOXES = "□☐"
_BOXES = "□☐■☑☒✓✔○◯●◎"
_CELL_END = re.compile(r"[\t\n]")
# a printed note: ※ or （注） leading its line
_NOTE = re.compile(r"[ \t]*(?:[^\t\n]{1,30}: )?(?:※|\*|＊|\(注[0-9]*\)|注[0-9]*[.:)]|【注】|<注>)")
# a subject named before the phrase in a note line: a person's name with an honorific, or 本人;
# or the person's household (※山田さん宅は…, ※井口様方は…, ※能登さんのお宅は…: a round's memo)
_NAMED_SUBJECT = re.compile(r"(?<!お客)(?<!皆)(?<=[一-龥々])(?:様|さん|氏)(?:宅|方|家|一家|世帯)?(?:は|が|の)|本人(?:は|が|の)")
# a person named after the phrase in a note line (※川崎病の既往のため、津久井圭吾さん（祖父）に連絡): a
# memo about someone too; a reader's generic title (保護者様へ, ご家族様に) names no one
_NAMED_AFTER = re.compile(r"(?<![者族客皆方])(?<=[一-龥々][一-龥々])(?:様|さん|氏)(?:は|が|の|に|へ|と|から|[（(])")
# a note reporting what a paper was found to hold (※エントリーシートに本籍(…)の記載あり, …と記入されていた):
# a reviewer's memo of that paper, not print (sens23)
_FOUND_WRITTEN = re.compile(r"記(?:載|入)(?:あり|有り|が(?:あっ|あり|見られ)|されて(?:いた|いる|おり))")
# a definition: 「Xとは、…をいいます」, 「…のことです」
_DEFINITION_END = re.compile(r"(?:をいいます|をいう|を指します|を指す|のことです|のことをいいます)(?:。|$)")


def _cell_start(text: str, position: int) -> int:
    start = max(text.rfind("\t", 0, position), text.rfind("\n", 0, position)) + 1
    label = text.rfind(": ", start, position)
    return label + 2 if label >= 0 else start


# a yes or a no as a box's caption, then a space: what follows is the answer's detail (□無 窃盗罪で…)
_YES_NO_THEN = re.compile(r" *(?:有り?|あり|無し?|なし|はい|いいえ) +[^ ]")


def _box_before(text: str, position: int) -> str:
    """The nearest check-box glyph before position in its cell, or "" (and "" past a
    yes-or-no caption: the detail written after the choices is no box's caption)."""
    start = _cell_start(text, position)
    for index in range(position - 1, start - 1, -1):
        if text[index] in _BOXES:
            return "" if _YES_NO_THEN.match(text, index + 1) else text[index]
    return ""


def in_empty_box(text: str, position: int) -> bool:
    """Whether position is in the caption of an empty check box (not on a line whose
    boxes follow their captions: there the box before is the previous caption's)."""
    line_end = text.find("\n", position)
    if marks_follow(text, text.rfind("\n", 0, position) + 1, len(text) if line_end < 0 else line_end):
        return False
    return _box_before(text, position) in tuple(_EMPTY_BOXES)


def in_ticked_box(text: str, position: int) -> bool:
    """Whether position is in the caption of a ticked box: the value chosen."""
    box = _box_before(text, position)
    return bool(box) and box not in _EMPTY_BOXES


def in_printed_note(text: str, position: int) -> bool:
    """Whether position is in a printed note (※…, （注）…) or a definition. A note
    that names its subject (※山田様は…, ※本人は…, or after: …のため山田さん（母）に連絡) is
    a memo about someone, not print."""
    line_start = text.rfind("\n", 0, position) + 1
    if _NOTE.match(text, line_start):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        return not (_NAMED_SUBJECT.search(text, line_start, position) or _NAMED_AFTER.search(text, position, line_end)
                    or _FOUND_WRITTEN.search(text, position, line_end))
    ends = [i for i in (text.find("。", position), text.find("\n", position), text.find("\t", position)) if i >= 0]
    sentence_end = min(ends) + 1 if ends else len(text)
    sentence = text[sentence_start(text, position):sentence_end]
    return "とは" in sentence and bool(_DEFINITION_END.search(sentence))


def is_printed(text: str, position: int) -> bool:
    return in_empty_box(text, position) or in_printed_note(text, position)


# a state that names the noun of a form's question (治療中の病気・服用中の薬：…, 通院中の病院:):
# the label's words, not the answer after its colon (sens7)
_QUESTION_AFTER = re.compile(r"の[^\s:：。、]{1,12}[:：]")


def in_a_question(text: str, end: int) -> bool:
    return _QUESTION_AFTER.match(text, end) is not None


_MARKS = frozenset("○〇◯◎●✓✔レ☑■xX×")


def _marked(text: str, left: int, right: int) -> bool:
    """Whether the cell right after (or right before) the caption holds a mark alone."""
    after = cell_value(text[right + 1:cell_bounds(text, right + 1, right + 1)[1]]) if right < len(text) else ""
    before_end = left - 1
    before = cell_value(text[cell_bounds(text, before_end, before_end)[0]:before_end]) if left > 0 else ""
    return bool(after) and after in _MARKS or bool(before) and before in _MARKS


def is_mark(text: str, start: int, end: int) -> bool:
    """A phrase that is a mark alone (○ beside a caption): the caption is the information."""
    return text[start:end].strip() in _MARKS


def unchosen_options(text: str, spans: list) -> set[tuple[int, int]]:
    """(start, end) of the captions of options not chosen: two phrases or more of one
    category on one line, each in an unlabelled cell of its own, ending alike
    (一般の障害者 | 特別の障害者), with no mark beside them."""
    lines: dict[tuple[int, str], list] = defaultdict(list)
    for span in spans:
        left, right = cell_bounds(text, span.start, span.end)
        cell = text[left:right].strip()
        if ": " not in cell and len(cell) <= 12 and cell.endswith(text[span.end - 2:span.end]):
            lines[(text.rfind("\n", 0, span.start), span.category, text[span.end - 2:span.end])].append((span, left, right))
    unchosen = set()
    for options in lines.values():
        if len({left for _, left, _ in options}) >= 2:  # captions in two cells or more
            unchosen |= {(span.start, span.end) for span, left, right in options if not _marked(text, left, right)}
    return unchosen


_BARE_WORD = re.compile(r"[一-龥々ァ-ヺー]{1,6}")  # a category word alone, no predicate
_ROSTER_TITLE = re.compile(r"(?:名簿|一覧|台帳|リスト|名列|一覧表)[)）]?[ \t]*$")


_ROWS_BELOW = 4  # rows read under a header: its column may be empty in the first (beliefs24)


def _is_header_cell(text: str, cell: str, line_end: int) -> bool:
    """Whether the cell's words label a cell of the rows below (組合員番号 over
    `組合員番号: U101`; the first row's cell of that column may be empty): a header's cell."""
    if not cell:
        return False
    for _ in range(_ROWS_BELOW):
        next_end = text.find("\n", line_end + 1)
        next_line = text[line_end + 1:len(text) if next_end < 0 else next_end]
        if f"\t{cell}\t" in next_line or next_line.startswith(f"{cell}\t"):
            return False  # the next row holds it as a value too: a headerless export's repeated cell (sensitive17)
        if next_line.startswith(f"{cell}: ") or f"\t{cell}: " in next_line:
            return True
        if next_end < 0 or ": " not in next_line:
            return False  # the rows of `label: value` cells end
        line_end = next_end
    return False


def _a_label_composed_as_value(text: str, left: int, start: int, cell: str, label_of: Callable[[str], tuple | None]) -> bool:
    """A form's label cell composed as a value (`お名前: 治療中の病気`: the form's first row
    taken for a header): a phrase in it names the field of the next cell."""
    colon = cell.rfind(": ")
    if colon < 0 or start < text.find(": ", left) + 2:
        return False
    value = cell[colon + 2:]
    if label_of(cell[:colon]):
        return False  # a value under its own label (所属政党: 参政党)
    labelled = label_of(value) if len(value) <= 12 else None
    if labelled and value.endswith(labelled[0]) and labelled[0] != value and labelled[0].endswith(DISEASE_ENDINGS) \
            and not label_of(value[:-len(labelled[0])]):
        return False  # 落花生アレルギー under 備考: an allergy the label word heads, named by its cause (health19)
    # 卵・乳アレルギー lists what the label's word is of; 既往歴・アレルギー lists labels (births19)
    return bool(labelled) and len(labelled[0]) * 2 > len(value) and all(label_of(part) for part in value.split("・"))


def names_a_field(text: str, start: int, end: int, label_of: Callable[[str], tuple | None]) -> bool:
    """A phrase that names a field or an organisation, not a person's state: in a
    header's cell, in a roster's title (〇〇労働組合 組合員名簿), or a bare category
    word in a label cell (障害者区分) or on a title or heading line."""
    if "\t" not in text:
        return False  # prose: no cells
    left, right = cell_bounds(text, start, end)
    cell = text[left:right].strip()
    line_end = text.find("\n", end)
    if ": " not in cell and _is_header_cell(text, cell, len(text) if line_end < 0 else line_end):
        return True
    if title_line(text, start) and _ROSTER_TITLE.search(cell):
        return True
    if _a_label_composed_as_value(text, left, start, cell, label_of):
        return True
    if not _BARE_WORD.fullmatch(text, start, end):
        return False
    label = label_of(cell) if ":" not in cell and cell != text[start:end] else None
    if label and len(label[0]) * 2 > len(cell):  # the cell is a label (障害者区分), not a value holding one
        return True
    return title_line(text, start) and not in_ticked_box(text, start)
