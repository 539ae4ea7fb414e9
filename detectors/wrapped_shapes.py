"""The whole shapes of the identifiers and the labels that name them: what a value broken
over two lines must make again when its parts are joined (detectors.wrapped_numbers).

A shape is the value as offices write it, on normalised text (dashes folded to `-`,
full-width folded), one separator style throughout (1234 5678 9012 or 1234-5678-9012,
not 1234 56789012: a cell wrapped at a blank lost the blank, and the join puts it back),
and its check digit where the identifier has one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from stdnum import luhn
from stdnum.jp import in_ as my_number

from detectors.entities import (BANK_ACCOUNT, BASIC_PENSION_NUMBER, CREDIT_CARD, DRIVERS_LICENSE,
                                EMPLOYMENT_INSURANCE_NUMBER, HEALTH_INSURANCE_NUMBER, MY_NUMBER, PASSPORT,
                                PHONE, POSTAL_CODE, RESIDENCE_CARD)
from detectors.jp.bank_account import BANK_LABEL
from detectors.jp.employment_insurance import INSURED_LABEL
from detectors.jp.number_labels import (CARD_LABEL, HEALTH_INSURANCE_LABEL, LICENCE_LABEL, MY_NUMBER_LABEL,
                                        PHONE_LABEL)
from detectors.jp.pension import PENSION_LABEL
from detectors.jp.travel_documents import PASSPORT_LABEL, RESIDENCE_CARD_LABEL
from detectors.normalize import digits_only

POSTAL_LABEL = re.compile(r"〒|郵便|postal|post ?code|zip", re.IGNORECASE)
# a phone's groups: area code with its 0, exchange, subscriber; one separator style, or the area code in brackets
_PHONE = re.compile(r"0[0-9]{1,4}([- ]?)[0-9]{1,4}\1[0-9]{4}|\(0[0-9]{1,4}\) ?[0-9]{1,4}-[0-9]{4}|0[0-9]{1,4}\([0-9]{1,4}\)[0-9]{4}")


def _any(_: str) -> bool:
    return True


def _my_number_check(value: str) -> bool:
    digits = digits_only(value)
    return my_number.calc_check_digit(digits[:-1]) == digits[-1]


def _luhn(value: str) -> bool:
    return luhn.is_valid(digits_only(value))


def _phone_length(value: str) -> bool:
    return len(digits_only(value)) in (10, 11)


class Shape(NamedTuple):
    entity: str
    label: re.Pattern  # the label that names the identifier (its own, as its recognizer reads it)
    whole: re.Pattern  # the whole value, matched in full
    check: Callable[[str], bool] = _any  # its check digit, or what its length must be


SHAPES = (
    Shape(MY_NUMBER, MY_NUMBER_LABEL, re.compile(r"[0-9]{4}([- ]?)[0-9]{4}\1[0-9]{4}"), _my_number_check),
    Shape(BASIC_PENSION_NUMBER, PENSION_LABEL, re.compile(r"[0-9]{4}[- ]?[0-9]{6}")),
    Shape(EMPLOYMENT_INSURANCE_NUMBER, INSURED_LABEL, re.compile(r"[0-9]{4}([- ]?)[0-9]{6}\1[0-9]")),
    Shape(HEALTH_INSURANCE_NUMBER, HEALTH_INSURANCE_LABEL, re.compile(r"[0-9]{8}"), _luhn),  # an insurer's number
    Shape(DRIVERS_LICENSE, LICENCE_LABEL, re.compile(r"[0-9]{12}|[0-9]{4}([- ])[0-9]{4}\1[0-9]{4}")),
    Shape(RESIDENCE_CARD, RESIDENCE_CARD_LABEL, re.compile(r"[A-Z]{2}[0-9]{8}[A-Z]{2}")),
    Shape(PASSPORT, PASSPORT_LABEL, re.compile(r"[A-Z]{2}[0-9]{7}")),
    Shape(PHONE, PHONE_LABEL, _PHONE, _phone_length),
    Shape(POSTAL_CODE, POSTAL_LABEL, re.compile(r"[0-9]{3}[- ]?[0-9]{4}")),
    Shape(BANK_ACCOUNT, BANK_LABEL, re.compile(r"[0-9]{7}")),
    Shape(CREDIT_CARD, CARD_LABEL, re.compile(r"[0-9]{4}([- ]?)[0-9]{4}\1[0-9]{4}\1[0-9]{4}|[0-9]{4}([- ]?)[0-9]{6}\2[0-9]{4,5}"),
          _luhn),
)


def fits(shape: Shape, value: str) -> bool:
    """The value is the whole identifier in this shape."""
    return shape.whole.fullmatch(value) is not None and shape.check(value)


# any shape's label (case folded): one search before each shape's own, on every line ending in a digit
_ANY_LABEL = re.compile("|".join(f"(?:{shape.label.pattern})" for shape in SHAPES), re.IGNORECASE)


@lru_cache(maxsize=4096)
def labelled(label_text: str) -> tuple[Shape, ...]:
    """The shapes whose own label the text holds (asked again and again of one text's
    lines: a log's or a list's lines end in the same words before their numbers)."""
    if not label_text or not _ANY_LABEL.search(label_text):
        return ()
    return tuple(shape for shape in SHAPES if shape.label.search(label_text))
