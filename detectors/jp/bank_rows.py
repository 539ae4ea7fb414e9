"""A bank account told by its record, with no label (issue 12, accounts9).

A payroll-transfer list that lost its header (a headerless CSV, a sheet's rows pasted
under a title) still says what its seven digits are: the cells before them in the row
name a bank and a branch, by name (みずほ銀行 | 渋谷支店) or by their codes (0001 | 110),
and the deposit kind (普通 or its 全銀 code 1). A seven-digit cell right after the
branch or the kind, in a row that also names a bank, is the account (bare, or under a
label the reader composed from the row, unless that label names another number or an
amount). A company's own account (its holder a company, on the row) stays the
company's (own_numbers), and so does a fee or fund account's row (bank_fund_rows).
"""

from __future__ import annotations

import re

from detectors.entities import BANK_ACCOUNT
from detectors.jp.bank_account import BANK_LABEL, BankAccountRecognizer
from detectors.jp.bank_fund_rows import purpose_row
from detectors.jp.base import JapanesePatternRecognizer
from detectors.jp.own_numbers import company_account
from detectors.lines import cell_value, line_bounds

ROW_SCORE = 0.55  # no higher than a typed match (普通 1234567): the two spans are one finding
HOLDER_REACH = 24
# A lender by name: 〇〇銀行, 〇〇信用金庫 / 信金, 信用組合, 労働金庫 / 労金, 農業協同組合 / JA, ゆうちょ
_BANK_NAME = re.compile(r"(?:銀行|信用金庫|信金|信用組合|信組|労働金庫|労金|農業協同組合|農協|漁業協同組合|ゆうちょ|^JA.{1,12})$")
# A branch by name: 〇〇支店, 出張所, 本店(営業部), 営業部, 〇〇支所
_BRANCH_NAME = re.compile(r"(?:支店|出張所|本店|営業部|支所|代理店)$")
_KIND = re.compile(r"(?:普通|当座|貯蓄|総合)(?:預金)?|[(（]?[普当貯][)）]?|0?[1249]")
# the kind as a host writes it in its own field, a code padded (01) or a word: a lone 1 may be a count
_HOST_KIND = re.compile(r"(?:普通|当座|貯蓄|総合)(?:預金)?|0[1249]")
_BANK_CODE, _BRANCH_CODE = re.compile(r"[0-9]{4}"), re.compile(r"[0-9]{3}")
# A holder's name in a cell: kana or kanji, or romaji in two words (ﾔﾏﾀﾞ ﾊﾅｺ, 山田花子, YAMADA HANAKO)
_HOLDER = re.compile(r"[ァ-ヺｦ-ﾟ一-龥]{2}|[A-Za-z]{2,} [A-Za-z]{2,}")


# A holder's name as bank records write it: kana, family and given name apart (ﾔﾏﾀﾞ ﾊﾅｺ, read as ヤマダ ハナコ)
_KANA_HOLDER = re.compile(r"(?:^|[\t ])[ァ-ヺー]{2,} [ァ-ヺー]{1,}(?:[\t ]|$)")


def _unlabelled(cell: str) -> bool:
    """A cell with no label composed before it (a headerless record's), or one its values named."""
    return ": " not in cell


def _is_bank(cell: str) -> bool:
    return bool(_BANK_NAME.search(cell)) or bool(_BANK_CODE.fullmatch(cell))


def _is_branch(cell: str) -> bool:
    return bool(_BRANCH_NAME.search(cell)) or bool(_BRANCH_CODE.fullmatch(cell))


def account_by_row(cells: list[str], index: int) -> bool:
    """The cell at index follows its branch (and kind) in a row that names its bank first."""
    before = [cell_value(cell) for cell in cells[:index]]
    if not before:
        return False
    at = len(before) - 1
    if _KIND.fullmatch(before[at]):
        at -= 1  # the kind between the branch and the account
    if _HOST_KIND.fullmatch(before[-1]) and _unlabelled(cells[index]) and _KANA_HOLDER.search("\t".join(cells)):
        return True  # a bank's own host record: the kind, then the account, its holder in kana
    if at >= 2 and _is_branch(before[at]) and _KIND.fullmatch(before[at - 1]) and _BANK_NAME.search(before[at - 2]):
        return True  # the kind between the bank and the branch (十六銀行 | 普 | 583 | 1234567; ids18)
    if at < 1 or not _is_branch(before[at]) or not _is_bank(before[at - 1]):
        return False
    if _BANK_NAME.search(before[at - 1]) or _BRANCH_NAME.search(before[at]):
        return True
    # codes alone (0001 | 110 | 1 | 1234567) are a record only with the kind between them and a holder in the row
    return at == len(before) - 2 and any(_HOLDER.search(cell) for cell in cells)


class BankRowRecognizer(JapanesePatternRecognizer):
    ENTITY = BANK_ACCOUNT
    # A whole cell of seven digits in a tab-separated row (a CSV or a sheet read as rows), after the label
    # the reader composed before it, if any (another number's label or an amount's drops it); six when a
    # sheet kept the account as a number (0123456 → 123456). The first digit stands before its
    # look-behinds: re scans for it instead of trying every position.
    PATTERNS = (("row_account", r"[0-9](?:(?<=^[0-9])|(?<=\t[0-9])|(?<=: [0-9]))[0-9]{5,6}(?=[\t\n]|\Z)", ROW_SCORE),)
    PREFILTER = r"[\t ][0-9]{6}"
    NEGATIVE_CONTEXT = BankAccountRecognizer.NEGATIVE_CONTEXT
    OWN_LABEL = BANK_LABEL

    canonical = staticmethod(BankAccountRecognizer.canonical)  # seven digits, a lost leading zero put back

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        kept = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):  # labels not read yet
            row, end = line_bounds(text, result.start, result.end)
            cells = text[row:end].split("\t")
            index = text.count("\t", row, result.start)
            if account_by_row(cells, index) and not company_account(text, result.start, result.end, HOLDER_REACH) \
                    and not purpose_row(text, result.start):
                kept.append(result)
        return JapanesePatternRecognizer._by_labels(self, text, kept) if kept else kept

    def _by_labels(self, text, results):
        """Read in analyze, on the rows' accounts only: a table holds many more seven-digit cells."""
        return results
