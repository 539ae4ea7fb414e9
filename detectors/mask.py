"""Masked renderings of detected values: the only form that is ever stored.

Digits keep their grouping so a person can recognise the shape (`1234 **** **18`);
enough is hidden that the value cannot be recovered from the mask.
"""

from __future__ import annotations

from detectors import entities as E

_HEAD_TAIL = {
    E.MY_NUMBER: (4, 2),
    E.CREDIT_CARD: (4, 2),
    E.PHONE: (3, 2),
    E.POSTAL_CODE: (3, 0),
}
_DEFAULT_HEAD_TAIL = (0, 2)
SENSITIVE_MASK = "****"


def mask_digits(value: str, head: int, tail: int) -> str:
    digit_count = sum(ch.isdigit() for ch in value)
    if digit_count <= head + tail:
        head, tail = 0, min(tail, digit_count // 4)
    seen = 0
    out = []
    for ch in value:
        if ch.isdigit():
            keep = seen < head or seen >= digit_count - tail
            out.append(ch if keep else "*")
            seen += 1
        elif ch.isalpha():
            out.append("*")
        else:
            out.append(ch)
    return "".join(out)


def _mask_email(value: str) -> str:
    local, _, domain = value.partition("@")
    return f"{local[:1]}***@{domain}"


def _mask_text(value: str) -> str:
    stripped = value.strip()
    return f"{stripped[:1]} **" if stripped else "**"


def _mask_date(value: str) -> str:
    """Dates keep their shape, not their numbers: 昭和**年*月*日."""
    return "".join("*" if ch.isdigit() or ch in "〇一二三四五六七八九十元" else ch for ch in value)


def mask_sensitive(category: str | None) -> str:
    """要配慮 information keeps its category and hides all of its content: no
    character of a diagnosis or a religion is shown (`病歴: ****`)."""
    return f"{category}: {SENSITIVE_MASK}" if category else SENSITIVE_MASK


def mask(entity_type: str, value: str, category: str | None = None) -> str:
    """Mask a normalised value for storage and display."""
    if entity_type == E.SENSITIVE:
        return mask_sensitive(category)
    if entity_type == E.DATE_OF_BIRTH:
        return _mask_date(value)
    if entity_type == E.EMAIL:
        return _mask_email(value)
    if entity_type in (E.PERSON, E.ADDRESS):
        return _mask_text(value)
    if any(ch.isdigit() for ch in value):
        head, tail = _HEAD_TAIL.get(entity_type, _DEFAULT_HEAD_TAIL)
        return mask_digits(value, head, tail)
    return _mask_text(value)
