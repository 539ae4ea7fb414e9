"""Bank-account columns of a person's records in a table without a header (a host's
payroll, member or customer export with the 振込先). Seven digits are any code's, so a
column of them is an account only by the record's other fields:
- right after the fields a bank transfer needs (全銀: a 預金種目 code 1 普通, 2 当座,
  4 貯蓄; a 3-digit 支店 code after a 4-digit 金融機関 code; a bank's or a branch's name);
- or, with no such field, as the record's one other 7-digit column, after the person's
  name and after his postal code (which agrees with his address or landline): a member
  number or a customer code is the record's key and comes before the name; a file whose
  postal codes cannot be told (mobiles only, no address) is left, as a postal code and
  an account would be told apart by chance there."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from detectors.columns.phones import counts_up
from detectors.columns.typed import cell_number

ACCOUNT_LABEL = "口座番号"
SHARE = 0.9  # of a column's filled values of the shape
MIN_VALUES = 4
DISTINCT_SHARE = 0.9

_ACCOUNT = re.compile(r"[0-9]{7}")
_DEPOSIT_TYPE = re.compile(r"[124]|普通?|当座?|貯蓄?|ﾌﾂｳ|ﾄｳｻﾞ|ﾁｮﾁｸ|フツウ|トウザ|チョチク")
_BRANCH = re.compile(r"[0-9]{3}")
_BANK_CODE = re.compile(r"[0-9]{4}")
# a bank's or a branch's name as a transfer file writes it, kanji or half-width kana (NFKC: full width)
_BANK_NAME = re.compile(r".*(?:銀行|信用金庫|信金|信用組合|信組|労働金庫|労金|農協|ゆうちょ|支店|出張所|営業部|"
                        r"ギンコウ|シンキン|シンクミ|ロウキン|ノウキヨウ|ノウキョウ|シテン|エイギヨウブ|エイギョウブ|ユウチヨ|ユウチョ)")

Column = Sequence[str]


def _values(column: Column) -> list[str]:
    return [cell_number(value) for value in column if value.strip()]


def _all_of(column: Column, pattern: re.Pattern) -> bool:
    values = _values(column)
    return len(values) >= MIN_VALUES and sum(1 for value in values if pattern.fullmatch(value)) >= SHARE * len(values)


def _random_sevens(column: Column) -> bool:
    """Seven digits in nearly every record, distinct, in no counting order."""
    values = _values(column)
    return _all_of(column, _ACCOUNT) and len(set(values)) >= DISTINCT_SHARE * len(values) and not counts_up(values)


def _after_bank_fields(columns: Mapping[int, Column], c: int) -> bool:
    before = columns.get(c - 1)
    if before is None:
        return False
    if _all_of(before, _DEPOSIT_TYPE) or _all_of(before, _BANK_NAME):
        return True
    return _all_of(before, _BRANCH) and (c - 2) in columns and (
        _all_of(columns[c - 2], _BANK_CODE) or _all_of(columns[c - 2], _BANK_NAME))


def account_columns(columns: Mapping[int, Column], labels: Mapping[int, str], name_label: str,
                    postal_label: str) -> set[int]:
    """Columns of bank accounts among the untyped ones of a person's records (labels: the
    columns typed so far, which say the records are a person's). After a transfer's fields
    anywhere; alone, only after the name and the postal code."""
    sevens = [c for c in sorted(columns) if c not in labels and _random_sevens(columns[c])]
    found = {c for c in sevens if _after_bank_fields(columns, c)}
    names = [c for c, label in labels.items() if label.startswith(name_label)]
    postal = [c for c, label in labels.items() if label == postal_label]
    if not found and len(sevens) == 1 and names and postal and sevens[0] > max(min(names), min(postal)):
        found.add(sevens[0])
    return found
