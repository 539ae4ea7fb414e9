"""An account under a bare 番号 (No., no, number) in a block that names a bank, a branch
and a deposit kind (issue 12, bank26b). A 口座振替依頼書 written down one column
(金融機関 | 〇〇信金, お取扱店 | 〇〇支店, 科目 | 普通, 番号 | 1234567) or a system's
record ({institution: 0120, office: 216, class: 1, no: 1234567}) names the account by
the rows around it, not by its own label: the block is a 振込先, its bare number the
account. A number with a label of its own (利用者番号, 請求No.) is not bare, and a
block that lacks the bank, the branch or the kind is no account's."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from detectors.lines import cells_before

BLOCK_SCORE = 0.6
BLOCK_LINES = 6  # rows each way that may name the bank, the branch and the kind
_SEVEN = re.compile(r"(?<![0-9-])[0-9]{7}(?![0-9])(?!-[0-9])")
_BARE_LABEL = re.compile(r"番号|ナンバー|no\.?|number|num|nr\.?", re.IGNORECASE)
_BLOCK_WORDS = (  # each must be named by some row of the block
    re.compile(r"金融機関|銀行|信金|信用金庫|信組|信用組合|労金|労働金庫|農協|JA|institution|bank", re.IGNORECASE),
    re.compile(r"支店|支所|本店|出張所|取扱店|店番|店名|branch|office", re.IGNORECASE),
    re.compile(r"種別|種目|科目|種類|普通|当座|貯蓄|class|type|kind", re.IGNORECASE),
)
# a structure's edge (a JSON object's brace, a list's bracket) ends a block as a blank line does
_BLOCK_EDGE = re.compile(r"[{}\[\]]")


def _label_before(line: str) -> str:
    """The label right before a value on its line: its own cell's (番号: , "no": ) or,
    when its cell holds nothing before it, the cell before's (番号 | 1234567)."""
    own, before = cells_before(line)
    cell = own if own.strip() or before is None else before
    return cell.strip().strip("\"'").rstrip(":：=").strip().strip("\"'")


def _block_lines(lines: list[str], at: int) -> list[str]:
    found = []
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(lines) and abs(i - at) <= BLOCK_LINES and lines[i].strip() and not _BLOCK_EDGE.search(lines[i]):
            found.append(lines[i])
            i += step
    return found


def block_accounts(text: str, entity: str, recognizer: str) -> list[RecognizerResult]:
    """Each seven-digit number under a bare number label whose block names a bank, a branch and a kind."""
    if not _SEVEN.search(text):
        return []
    lines, found = text.split("\n"), []
    offset = 0
    for at, line in enumerate(lines):
        for match in _SEVEN.finditer(line):
            if not _BARE_LABEL.fullmatch(_label_before(line[:match.start()])):
                continue
            block = "\n".join(_block_lines(lines, at))
            if all(words.search(block) for words in _BLOCK_WORDS):
                found.append(RecognizerResult(entity, offset + match.start(), offset + match.end(), BLOCK_SCORE,
                                              recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer}))
        offset += len(line) + 1
    return found
