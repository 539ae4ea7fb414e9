"""銀行口座 (全銀: 7-digit account, with 普通/当座/貯蓄) and ゆうちょ (記号5-番号8, the
番号 ending in 1). Seven digits are everywhere: the context words are required, and
an amount's label (振込金額) nearer than them is not an account. A 口座番号 cell of a
sheet may have lost its leading zeros (12345 for 0012345). A company's own account
(holder カ)サンプルショウジ, 当社口座) is not personal data (see own_numbers). Nor is a
number labelled as another (受注No., 請求番号, 会員ID) beside bank words (number_labels)."""

import re

from detectors.entities import BANK_ACCOUNT
from detectors.jp.bank_block import block_accounts
from detectors.jp.bank_fund_rows import purpose_row
from detectors.jp.bank_yucho import yucho_pairs
from detectors.jp.base import CELL_END, CELL_START, JapanesePatternRecognizer, starts_after
from detectors.jp.own_numbers import company_account
from detectors.jp.wareki import western_date
from detectors.lines import cell_value, cells_before
from detectors.spans import without_contained

HOLDER_REACH = 16
# A form's label cell naming an account (口座番号, 口座No., Account No.): short, no digit
_ACCOUNT_LABEL_CELL = re.compile(r"[^0-9]{0,6}(?:口座|account|a/c|acct|コウザ)[^0-9]{0,8}", re.IGNORECASE)
_GUARD_BEFORE, _GUARD_AFTER = r"(?<![0-9-])", r"(?![0-9])(?!-[0-9])"
_NUMBER_START = starts_after("[0-9]", "[0-9-]")
# 預金種目 as forms and host files write it: 普通, (普), 普 alone, ﾌﾂｳ (read as フツウ), 当座, 貯蓄
_DEPOSIT_TYPE = r"(?:普通|当座|貯蓄|フツウ|トウザ|チョチク|[(（](?:普|当|貯)[)）]|(?<![一-龥])普(?![一-龥]))"
# An account's own labels: a number under another number's label (受注No., 請求番号, 会員ID, 契約番号) is none
BANK_LABEL = re.compile(r"口座|預金|貯金|普通|当座|貯蓄|振込先|店番|記号|ゆうちょ|account|a/c|acct|コウザ|フツウ|トウザ|bank|kou?za|yokin",
                        re.IGNORECASE)


class BankAccountRecognizer(JapanesePatternRecognizer):
    ENTITY = BANK_ACCOUNT
    PATTERNS = (
        ("zengin_with_type", _DEPOSIT_TYPE + r"(?:預金)?\s*[:：・/]?\s*" + _GUARD_BEFORE + r"[0-9]{7}" + _GUARD_AFTER, 0.55),
        ("zengin", _NUMBER_START + r"[0-9]{6}" + _GUARD_AFTER, 0.2),
        ("yucho", starts_after("1", "[0-9-]") + r"[0-9]{4}-[0-9]{1,8}" + _GUARD_AFTER, 0.3),
        # 記号-番号 whole (1xxx0-xxxxxxx1) under a 記号・番号 label of its own cell
        ("yucho_whole", starts_after("1", "[0-9-]") + r"[0-9]{3}0-[0-9]{7}1" + _GUARD_AFTER, 0.6),
        # 店番-口座番号 (123-4567890): the account after its branch, under a label of its own
        ("after_branch", r"[0-9](?<=(?<![0-9])[0-9]{3}-[0-9])[0-9]{6}" + _GUARD_AFTER, 0.6),
        # 銀行-支店-口座 as codes joined by dashes (0005-123-1234567): the account after both codes, with
        # an account's word beside it (普通, 振込, 銀行) but no label of its own needed
        ("after_bank_and_branch", r"[0-9](?<=(?<![0-9-])[0-9]{4}-[0-9]{3}-[0-9])[0-9]{6}" + _GUARD_AFTER, 0.3),
        ("yucho_number", _NUMBER_START + r"[0-9]{6}1" + _GUARD_AFTER, 0.2),  # its 番号 alone, under 口座番号
        # a 口座番号 cell of a sheet that kept the number as a number: its leading zeros lost (one in ten
        # accounts starts with 0: 0123456 → 123456)
        ("zengin_cell_unpadded", CELL_START + r"[0-9]{4,6}" + CELL_END, 0.2),
    )
    OWN_LABEL = BANK_LABEL
    CONTEXT = ("口座番号", "口座", "普通", "当座", "銀行", "支店", "振込", "ゆうちょ", "貯金", "預金",
               "信用金庫", "信用組合", "労働金庫", "金融機関",  # lenders that are no 銀行
               "account no", "account number", "bank account", "a/c", "コウザno", "コウザバンゴウ",
               "フリコミ", "ヨキン",  # host labels in half-width kana as NFKC reads them (ﾌﾘｺﾐｺｳｻﾞ, ﾌﾘｺﾐｻｷ, ﾖｷﾝｺｳｻﾞ; leftovers20)
               # keys of exports and settings, snake, camel or romaji (account_no, accountNumber, KOZA_NO)
               "account_no", "accountno", "account_number", "accountnumber", "bank_account", "bankaccount", "kouza", "koza",
               "acct",  # acct_no, AcctNo, bank_acct (ids18)
               "bank")  # an English bank block (Bank: … Branch: … Account: 1234567)
    NEGATIVE_CONTEXT = ("郵便", "電話", "注文番号", "会員番号", "社員番号", "金額", "支給額", "振込額", "手数料", "残高",
                        "amount", "委託者", "コード", "振込日", "引落日", "日付", "お客様番号", "顧客番号", "伝票番号",
                        "受付番号")
    PREFILTER = r"[0-9]{5}"
    LABELLED = {"after_branch": "口座|店番|account|a/c|コウザ", "yucho_whole": "記号|番号|口座|ゆうちょ|貯金|振替|account|a/c|コウザ", "yucho_number": "口座|番号|ゆうちょ|account|a/c|コウザ", "zengin_cell_unpadded": "口座|account|a/c|コウザ"}

    def is_valid(self, value: str) -> bool:
        """Not a date (振込日 20261021 in a transfer list has the shape of a 番号)."""
        return not (len(value) == 8 and value.startswith(("19", "20")) and value.isdigit()
                    and western_date(value[:4], value[4:6], value[6:]))

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results = without_contained(results + yucho_pairs(text, self.ENTITY, self.name)
                                    + block_accounts(text, self.ENTITY, self.name))
        return [r for r in results if not company_account(text, r.start, r.end, HOLDER_REACH)
                and not purpose_row(text, r.start)]

    def labelled(self, text: str, start: int, label: re.Pattern) -> bool:
        """Under its label in its own cell, or in the cell before (a form's 口座番号 | 930528)."""
        return super().labelled(text, start, label) or self.own_label(text, start) is not None

    @staticmethod
    def own_label(text: str, start: int) -> str | None:
        """A form's label in the cell before the value's (口座番号 | 1234567, two label-value pairs a row),
        when the value's cell holds nothing before it but a header composed by the reader; else None
        (the context window, which stops at a cell's edge, decides)."""
        own, before = cells_before(text[text.rfind("\n", 0, start) + 1:start])
        if before is None or cell_value(own + "|") != "|":
            return None
        label = cell_value(before)
        return label if _ACCOUNT_LABEL_CELL.fullmatch(label) else None

    @staticmethod
    def canonical(value: str) -> str:
        """Digits (and the dash of a ゆうちょ 記号-番号); a 全銀 account has seven."""
        number = "".join(ch for ch in value if ch.isascii() and (ch.isdigit() or ch == "-"))
        return number.zfill(7) if number.isdigit() else number
