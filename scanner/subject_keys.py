"""The identifiers that tell that two records, in two objects, are one person.

An identifier code (My Number, passport, …) is one person by law: it links
always. An e-mail address or a phone number is usually one person's, but a
household shares a phone and a couple may share an address: they link two
records only when the names do not say otherwise (inventory.people). A name is
weak alone (homonyms; and it links nothing across objects); with a date of
birth or an address it is strong. The same keys are derived at scan time
(scanner.subjects) and from what an officer types (scanner.app.locate), so they
must stay one function.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from detectors.entities import ADDRESS, DATE_OF_BIRTH, IDENTIFYING
from inventory.subjects import NAME_AND_ADDRESS, NAME_AND_BIRTH

LINK_TYPES = IDENTIFYING  # entity types whose value is a link by itself
_PREFECTURE = re.compile(r"^(?:東京都|北海道|(?:京都|大阪)府|[^\d]{2,3}県)")
_KANJI_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}
_KANJI_CHOME = re.compile(r"([〇一二三四五六七八九十]+)丁目")
_BLOCK = re.compile(r"^(\D+?)(\d+(?:(?:丁目|番地|番|号|の|-)\d+)*)")
_BLOCK_SEPARATORS = re.compile(r"丁目|番地|番|号|の")
SEPARATOR = "\x1f"  # between the parts of a compound key (no text holds it)


def _kanji_number(text: str) -> str:
    """一 .. 九十九 as digits (丁目 are written so)."""
    if "十" not in text:
        return "".join(str(_KANJI_DIGITS[ch]) for ch in text)
    tens, _, ones = text.partition("十")
    return str((_KANJI_DIGITS.get(tens, 1) if tens else 1) * 10 + (_KANJI_DIGITS.get(ones, 0) if ones else 0))


def address_key(address: str) -> str:
    """The part of an address that both spellings keep: without the prefecture and
    the building, 丁目/番地/番/号 as dashes (東京都千代田区丸の内一丁目2番3号 メゾン101
    and 千代田区丸の内1-2-3 give 千代田区丸の内1-2-3)."""
    text = "".join(unicodedata.normalize("NFKC", address).split())
    if "丁目" in text:  # most addresses write their block in digits: no search
        text = _KANJI_CHOME.sub(lambda m: _kanji_number(m.group(1)) + "丁目", text)
    text = _PREFECTURE.sub("", text)
    match = _BLOCK.match(text)
    if not match:
        return text
    return match.group(1) + _BLOCK_SEPARATORS.sub("-", match.group(2)).strip("-")


def link_keys(names: Iterable[str], values: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(kind, value) links of one person: each identifying value by itself, and
    each name form with each date of birth and each address."""
    values = list(values)
    links = {(kind, value) for kind, value in values if kind in LINK_TYPES}
    births = {value for kind, value in values if kind == DATE_OF_BIRTH}
    addresses = {address_key(value) for kind, value in values if kind == ADDRESS}
    for name in names:
        links |= {(NAME_AND_BIRTH, f"{name}{SEPARATOR}{birth}") for birth in births}
        links |= {(NAME_AND_ADDRESS, f"{name}{SEPARATOR}{address}") for address in addresses}
    return sorted(links)
