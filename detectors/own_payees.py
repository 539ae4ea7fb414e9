"""An account to pay into, in a text that names nobody, is the payee's (issue 12, owncontacts17).

A guest register's, a price list's or a booking page's own line gives where to pay
(振込先：…銀行 …支店 普通 1234567 名義 ユアミソウ): the inn's, the shop's account. The
account recognizer's own test (jp.own_numbers.company_account) lets a named holder
decide, and only a legal form or a body's kind says a holder is a company; a shop or
an inn named in kana (ユアミソウ, 湯あみ荘) has neither. Here the whole text is read: when it
names no person and no birth (no name reader took the holder for one), the account sits
after a label of where a sum is paid (振込先, 振込口座, 入金先, お支払先, 送金先), its
line says nothing of a person's own account (給与, 返金, 本人 …), and its holder is named
but opens with no surname of the lists (ヤマダタロウ written without a space stays a
person's), the account is the payee's. An account with no holder named is left to
company_account (お振込先 with no holder: an organisation's; a bare 振込先: a person's).
"""

from __future__ import annotations

import re

from detectors.entities import BANK_ACCOUNT
from detectors.jp.own_numbers import PERSONS_OWN
from detectors.jp.person_names import load_name_lists
from detectors.lines import line_bounds
from detectors.own_voice import names_nobody

# where a sum is paid (a label before the account on its line)
_PAYEE_LABEL = re.compile(r"振り?込み?先|振込口座|入金先|支払い?先|送金先")
_HOLDER = re.compile(r"(?:口座)?名義(?:人)?[ 　:：]*([ァ-ヺー]{2,20}|[^\s　]{2,20})")
SURNAME_PREFIXES = range(2, 6)  # a surname in kana: two to five letters


def _opens_with_a_surname(holder: str) -> bool:
    lists = load_name_lists()
    return any(holder[:n] in lists.surname_kana or holder[:n] in lists.surnames for n in SURNAME_PREFIXES)


def _payees(text: str, account) -> bool:
    start, end = line_bounds(text, account.start)
    before, after = text[start:account.start], text[account.end:end]
    if _PAYEE_LABEL.search(before) is None or PERSONS_OWN.search(text, start, end):
        return False
    holder = _HOLDER.search(after)
    return holder is not None and not _opens_with_a_surname(holder.group(1))


def without_payees_accounts(detections: list, text: str) -> list:
    """Detections less the accounts a text that names nobody gives to pay into (see the module)."""
    if not any(d.entity_type == BANK_ACCOUNT for d in detections) or not names_nobody(detections, text):
        return detections
    return [d for d in detections if d.entity_type != BANK_ACCOUNT or not _payees(text, d)]
