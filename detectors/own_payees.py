"""An account to pay into, in a text that names nobody, is the payee's (issue 12, owncontacts17).

A guest register's, a price list's or a booking page's own line gives where to pay
(振込先：…銀行 …支店 普通 1234567 名義 ユアミソウ): the inn's, the shop's account. The
account recognizer's own test (jp.own_numbers.company_account) lets a named holder
decide, and only a legal form or a body's kind says a holder is a company; a shop or
an inn named in kana (ユアミソウ, 湯あみ荘) has neither. Here the whole text is read: when it
names no person and no birth (no name reader took the holder for one), the account sits
after a label of where a sum is paid (振込先, 振込口座, 入金先, お支払先, 送金先), its
line says nothing of a person's own account (給与, 返金, 本人 …), and a holder named on its
line or its block (company_account's reading) is the organisation by the same judgement
(jp.own_numbers.organisations_holder: a name opening with no surname of the lists counts
when nobody is named; ヤマダタロウ written without a space stays a person's), the
account is the payee's (revrules18: one judgement of the holder). An account with no holder
named after such a label is the payee's too where the text gives its issuer's contact (shapes25:
a notice's 振込先 under its letterhead's 〒 and TEL); else company_account decides (お振込先
with no holder: an organisation's; a bare 振込先 alone: a person's).
"""

from __future__ import annotations

import re

from detectors.entities import BANK_ACCOUNT
from detectors.jp.own_numbers import PERSONS_OWN, named_holders, organisations_holder
from detectors.lines import line_bounds
from detectors.own_voice import names_nobody

# where a sum is paid (a label before the account on its line)
_PAYEE_LABEL = re.compile(r"振り?込み?先|振込口座|入金先|支払い?先|送金先")
# an issuer's own contact in the text: its letterhead's postal mark, phone or mail label
_LETTERHEAD = re.compile(r"〒|(?<![A-Za-z])(?:TEL|Tel|E-?mail|e-?mail)(?![A-Za-z])|電話")


def _payees(text: str, account) -> bool:
    start, end = line_bounds(text, account.start)
    if _PAYEE_LABEL.search(text, start, account.start) is None or PERSONS_OWN.search(text, start, end):
        return False
    holders = named_holders(text, account.start)
    if not holders:  # where a notice under its issuer's letterhead asks its readers to pay (its 〒, TEL)
        return _LETTERHEAD.search(text) is not None
    return any(organisations_holder(holder, names_nobody=True) for holder in holders)


def without_payees_accounts(detections: list, text: str) -> list:
    """Detections less the accounts a text that names nobody gives to pay into (see the module)."""
    if not any(d.entity_type == BANK_ACCOUNT for d in detections) or not names_nobody(detections, text):
        return detections
    return [d for d in detections if d.entity_type != BANK_ACCOUNT or not _payees(text, d)]
