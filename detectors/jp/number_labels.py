"""A number shaped like a phone under a label of another number (issue 12, own5).

A policy number written 03-1234-5678, a member's or an order's number: phonenumbers
says they are valid phone numbers, and only their label says otherwise. The label
is the words right before the number in its cell or sentence (a column's header
composed before the cell, `証券番号: 03-…`; `受付番号は 03-… です`; `診察券番号 03-…`):
when they end with a number's word (番号, No., ID, コード, 品番) that is not a
phone's (電話番号, 携帯番号, FAX番号, 内線番号, 代表番号), the number is no phone.
A bare 番号 or No. says nothing.
"""

from __future__ import annotations

import re

LABEL_REACH = 24
_NUMBER_WORD = re.compile(
    r"(?:(?P<head>[^\s\t:：]{1,12}?)[ 　]?(?:番号|No\.?|NO\.?|no\.|№|ナンバー|ID|コード|CD)|品番|型番)"
    r"[)）]?[ 　]*(?:[:：=＝は]|が|\(|（|「|\[|【)?[ 　]*[(（]?$")
_PHONE_WORD = re.compile(r"電話|TEL|Tel|tel|℡|☎|FAX|Fax|fax|ファ[ック]*ス|携帯|ケータイ|連絡|内線|外線|直通|代表|自宅|ダイヤル"
                         r"|呼出|コール|phone|Phone|PHONE|mobile|Mobile|固定|緊急|局")


def labelled_as_other_number(text: str, start: int) -> bool:
    """The words right before start (in its cell, on its line) label another number."""
    before = text[max(0, start - LABEL_REACH):start]
    before = before.rpartition("\t")[2].rpartition("\n")[2].rpartition("、")[2].rpartition("。")[2]
    found = _NUMBER_WORD.search(before)
    return found is not None and _PHONE_WORD.search(found.group("head") or "") is None
