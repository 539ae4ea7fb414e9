"""Payment cards' numbers in a column of a person's records without a header (cards20):
a rental desk's, a hotel's or a shop's host export (fixed-width, a headerless CSV or
TSV) keeps the card a customer paid with in one column, blank where he paid cash. No
one value says much: one long number in ten passes Luhn, and an issuer's prefix (4, 5x,
35xx, 37) is common. The column does, when every number in it is a card's as a brand
issues it — its prefix AND the brand's length (Visa 13/16/19, Mastercard 16, Amex 15,
Diners 14/16, JCB 16–19) AND Luhn — and two brands at least stand in it. A system's
own codes with a check digit (an order's, a member's, a points card's number, a SIM's
ICCID) have one prefix and one length; an IMEI column (15 digits, Luhn, often 35…)
has no brand's length; a column of order or product numbers has no Luhn throughout.
The column is labelled カード番号: the card recognizer reads it as it reads a header."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from stdnum import luhn

from detectors.columns.typed import cell_number

CARD_COLUMN_LABEL = "カード番号"
MIN_CARDS = 3  # numbers in the column (a lone row is no column)
MIN_BRANDS = 2
_DIGITS = re.compile(r"[0-9]{13,19}")
_SEPARATORS = re.compile(r"[- ]")  # 4111 1111 1111 1111, 3714-496353-98431: a card's groups
# (brand, its prefixes, its lengths): the issuers a Japanese merchant takes
_BRANDS = (
    ("visa", re.compile(r"4"), (13, 16, 19)),
    ("mastercard", re.compile(r"5[1-5]|2(?:22[1-9]|2[3-9]|[3-6]|7[01]|720)"), (16,)),
    ("amex", re.compile(r"3[47]"), (15,)),
    ("diners", re.compile(r"3(?:0[0-5]|[689])"), (14, 16)),
    ("jcb", re.compile(r"35(?:2[89]|[3-8][0-9])"), (16, 17, 18, 19)),
    # taken beside them though the recognizer reads them not (its issuers): their rows keep the column one of cards
    ("unionpay", re.compile(r"62"), (16, 17, 18, 19)),
    ("discover", re.compile(r"6(?:011|4[4-9]|5)"), (16, 19)),
)


def card_brand(value: str) -> str | None:
    """The brand whose prefix and length the number has, when it passes Luhn; else None."""
    digits = _digits_of(value)
    if not _DIGITS.fullmatch(digits):
        return None
    for brand, prefix, lengths in _BRANDS:
        if len(digits) in lengths and prefix.match(digits):
            return brand if luhn.is_valid(digits) else None
    return None


def _digits_of(value: str) -> str:
    """A cell's number without its groups' separators, read as typed (full-width, in brackets)."""
    return _SEPARATORS.sub("", cell_number(value))


def card_columns(columns: Mapping[int, Sequence[str]], labels: Mapping[int, str]) -> dict[int, str]:
    """The untyped columns of a person's records whose every value is a card's number, of
    two brands at least (see the module)."""
    found = {}
    for c, column in columns.items():
        if c in labels:
            continue
        values = [value for value in column if value.strip()]
        # cheap: most columns hold no long number (a card's groups counted together: 4111 1111 1111 1111)
        if len(values) < MIN_CARDS or not _DIGITS.fullmatch(_digits_of(values[0])):
            continue
        brands = [card_brand(value) for value in values]
        if None not in brands and len(set(brands)) >= MIN_BRANDS:
            found[c] = CARD_COLUMN_LABEL
    return found
