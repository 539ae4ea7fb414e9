"""A bank account told by its record, with no label (issue 12, accounts9).

A payroll-transfer list that lost its header (a headerless CSV, a sheet's rows pasted
under a title) still says what its seven digits are: the cells before them in the row
name a bank and a branch, by name (みずほ銀行 | 渋谷支店) or by their codes (0001 | 110),
and the deposit kind (普通 or its 全銀 code 1). A bare seven-digit cell right after the
branch or the kind, in a row that also names a bank, is the account. A company's own
account (its holder a company, on the row) stays the company's (own_numbers).
"""

from __future__ import annotations

import re

from detectors.entities import BANK_ACCOUNT
from detectors.jp.base import JapanesePatternRecognizer
from detectors.jp.own_numbers import company_account

ROW_SCORE = 0.6
HOLDER_REACH = 24
# A lender by name: 〇〇銀行, 〇〇信用金庫 / 信金, 信用組合, 労働金庫 / 労金, 農業協同組合 / JA, ゆうちょ
_BANK_NAME = re.compile(r"(?:銀行|信用金庫|信金|信用組合|信組|労働金庫|労金|農業協同組合|農協|漁業協同組合|ゆうちょ|^JA.{1,12})$")
# A branch by name: 〇〇支店, 出張所, 本店(営業部), 営業部, 〇〇支所
_BRANCH_NAME = re.compile(r"(?:支店|出張所|本店|営業部|支所|代理店)$")
_KIND = re.compile(r"(?:普通|当座|貯蓄|総合)(?:預金)?|[(（]?[普当貯][)）]?|[1249]")
_BANK_CODE, _BRANCH_CODE = re.compile(r"[0-9]{4}"), re.compile(r"[0-9]{3}")
# A holder's name in a cell: kana or kanji, or romaji in two words (ﾔﾏﾀﾞ ﾊﾅｺ, 山田花子, YAMADA HANAKO)
_HOLDER = re.compile(r"[ァ-ヺｦ-ﾟ一-龥]{2}|[A-Za-z]{2,} [A-Za-z]{2,}")
# A row labelled by what is paid into it, not by whom: 組合費振込先, 科研費口座, 会費の入金先, 寄付金口座
_PURPOSE_LABEL = re.compile(r"(?:費|料|寄[付附]金?|募金|会計)(?:の)?(?:振込|振替|入金|払込)?(?:先|口座)$")


def _is_bank(cell: str) -> bool:
    return bool(_BANK_NAME.search(cell)) or bool(_BANK_CODE.fullmatch(cell))


def _is_branch(cell: str) -> bool:
    return bool(_BRANCH_NAME.search(cell)) or bool(_BRANCH_CODE.fullmatch(cell))


def purpose_row(text: str, start: int) -> bool:
    """The account's row is labelled, in its first cell, by what is paid into it (an
    organisation's fee or fund account listed under its members' rows)."""
    row = text.rfind("\n", 0, start) + 1
    first = text[row:start].split("\t", 1)[0]
    return "\t" in text[row:start] and _PURPOSE_LABEL.search(first.rpartition(": ")[2].strip()) is not None


def account_by_row(cells: list[str], index: int) -> bool:
    """The cell at index follows its branch (and kind) in a row that names its bank first."""
    before = [cell.strip() for cell in cells[:index]]
    if not before:
        return False
    at = len(before) - 1
    if _KIND.fullmatch(before[at]):
        at -= 1  # the kind between the branch and the account
    if at < 1 or not _is_branch(before[at]) or not _is_bank(before[at - 1]):
        return False
    if _BANK_NAME.search(before[at - 1]) or _BRANCH_NAME.search(before[at]):
        return True
    # codes alone (0001 | 110 | 1 | 1234567) are a record only with the kind between them and a holder in the row
    return at == len(before) - 2 and any(_HOLDER.search(cell) for cell in cells)


class BankRowRecognizer(JapanesePatternRecognizer):
    ENTITY = BANK_ACCOUNT
    # a whole cell of seven digits in a tab-separated row (a CSV or a sheet read as rows)
    PATTERNS = (("row_account", r"(?:^|(?<=\t))[0-9]{7}(?=[\t\n]|\Z)", ROW_SCORE),)
    PREFILTER = r"\t[0-9]{7}"

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        kept = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            row = text.rfind("\n", 0, result.start) + 1
            end = text.find("\n", result.end)
            cells = text[row:len(text) if end < 0 else end].split("\t")
            index = text.count("\t", row, result.start)
            if account_by_row(cells, index) and not company_account(text, result.start, result.end, HOLDER_REACH) \
                    and not purpose_row(text, result.start):
                kept.append(result)
        return kept
