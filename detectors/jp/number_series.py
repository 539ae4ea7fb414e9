"""A series of numbers the organisation issued itself: values of one shape that count up by
one (AQ100007, AQ100008, AQ100009 … — a pass's, a member's, a ticket's number), whatever
their label says. A number a state issues to a person (a passport's) is drawn for that
person alone — except that a family applying together at one office may be issued
consecutive numbers, so a run as long as a family stays theirs."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# values one apart in a row: a family's passports issued together may run to six or seven
# (a tour's roster keeps them); an organisation's own numbering runs on through its list
# (the annual passes that asked for this rule ran 18-23 in a file)
MIN_RUN = 8
_SHAPE = re.compile(r"([A-Z]*)([0-9]+)([A-Z]*)")


def _key(value: str) -> tuple[str, int, str, int] | None:
    """(letters before, width, letters after, number) of a value of letters around digits."""
    match = _SHAPE.fullmatch(value)
    return None if match is None else (match.group(1), len(match.group(2)), match.group(3), int(match.group(2)))


def in_series(values: Sequence[str], canonical: Callable[[str], str]) -> set[int]:
    """The positions of the values that stand in a run of MIN_RUN or more numbers of one
    shape counting up by one (their order in the text aside)."""
    keys = [_key(canonical(value)) for value in values]
    numbers: dict[tuple[str, int, str], set[int]] = {}
    for key in keys:
        if key is not None:
            numbers.setdefault(key[:3], set()).add(key[3])
    in_run: set[tuple[str, int, str, int]] = set()
    for shape, found in numbers.items():
        for number in found:
            if number - 1 in found:
                continue  # not the first of its run
            run = number
            while run + 1 in found:
                run += 1
            if run - number + 1 >= MIN_RUN:
                in_run |= {(*shape, n) for n in range(number, run + 1)}
    return {position for position, key in enumerate(keys) if key in in_run}
