"""A search pattern rewritten to open with a character class: the same matches'
starts, found by `re` scanning for the class in C.

A pattern that opens with an alternation of repeats or groups (`(?:18|19|20)[0-9]{6}|…`)
is tried by `re` at every position of the text; one that opens with a class is
scanned for it. `opening_with_class(p)` is `[S](?<=(?=(?:p))[S])`, S a set holding
every character a match of p can start with: it matches at a position exactly
when p does (the look-behind steps back onto the class character and tries p
there). S is computed from the parsed pattern and may hold more characters than
needed, never fewer; where it cannot be told (a match may be empty, or start
with any character but some), the pattern is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

MAX_CLASS = 2000  # characters: a larger set is no cheaper to scan for


class _Unknown(Exception):
    """The first characters cannot be told (see the module)."""


def _case_variants(chars: set[str]) -> set[str]:
    return chars | {c.lower() for c in chars} | {c.upper() for c in chars} | {c.swapcase() for c in chars}


def _in_class(items, ignore_case: bool) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE:
            if av[1] - av[0] > MAX_CLASS:
                raise _Unknown
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\d, \s …): left as they are
            raise _Unknown
    return _case_variants(chars) if ignore_case else chars


def _first(items, ignore_case: bool) -> tuple[set[str], bool]:
    """(characters a match of the sequence can start with, whether it can be empty)."""
    chars: set[str] = set()
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width: what follows opens the match
            continue
        if op is C.LITERAL:
            return chars | (_case_variants({chr(av)}) if ignore_case else {chr(av)}), False
        if op is C.IN:
            return chars | _in_class(av, ignore_case), False
        if op is C.BRANCH:
            empty = False
            for branch in av[1]:
                found, nullable = _first(branch, ignore_case)
                chars |= found
                empty = empty or nullable
            if not empty:
                return chars, False
            continue
        if op is C.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            case = (ignore_case or bool(add_flags & C.SRE_FLAG_IGNORECASE)) and not del_flags & C.SRE_FLAG_IGNORECASE
            found, nullable = _first(sub, case)
            chars |= found
            if not nullable:
                return chars, False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _, sub = av
            found, nullable = _first(sub, ignore_case)
            chars |= found
            if low > 0 and not nullable:
                return chars, False
            continue
        raise _Unknown  # ANY, NOT_LITERAL, a group reference …
    return chars, True


def _class(chars: set[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _scanned(items) -> bool:
    """Whether `re` scans for the pattern's opening already: a class, a literal, or
    literals opening every branch."""
    op, av = items[0] if items else (None, None)
    return op in (C.IN, C.LITERAL) or (op is C.BRANCH and all(b and b[0][0] is C.LITERAL for b in av[1]))


def opening_with_class(pattern: str, flags: int = 0) -> str:
    """pattern, rewritten to open with the class of its first characters (see the
    module), or as it is when these cannot be told or `re` scans for its opening."""
    try:
        parsed = _parser.parse(pattern, flags)
        if _scanned(parsed.data):
            return pattern
        chars, empty = _first(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    except _Unknown:
        return pattern
    if empty or not chars or len(chars) > MAX_CLASS:
        return pattern
    first = _class(chars)
    return f"{first}(?<=(?=(?:{pattern})){first})"


def finder_of(regex: re.Pattern) -> re.Pattern | None:
    """A pattern that finds the starts of regex's matches by their first characters
    (opening_with_class), or None where re scans for them already or they cannot be told."""
    opened = opening_with_class(regex.pattern, regex.flags & ~re.UNICODE)
    if opened == regex.pattern:
        return None
    try:
        return re.compile(opened, regex.flags)
    except re.error:  # a group referred to (\1) cannot stand inside the look-behind
        return None


def matches(regex: re.Pattern, finder: re.Pattern | None, text: str) -> Iterator[re.Match]:
    """regex.finditer(text), each start found by finder (finder_of) where there is one:
    the same matches, the pattern tried only where its first characters stand. No match
    is empty there (opening_with_class keeps a pattern that may match nothing)."""
    if finder is None:
        yield from regex.finditer(text)
        return
    position = 0
    while found := finder.search(text, position):
        match = regex.match(text, found.start())
        yield match
        position = match.end()


ANCHOR_SHARE = 0.04  # anchors a character above which re's own scan is cheaper than a match per start (measured, cost11)


def matches_before(regex: re.Pattern, anchor: re.Pattern, reach: int, text: str) -> Iterator[re.Match]:
    """regex.finditer(text) for a pattern whose every match holds a character of
    `anchor` 1 to `reach` characters after its start (a city's name before its 市):
    the pattern tried only at the `reach` starts before each such character. Where
    they are dense, re's own scan is cheaper and is used."""
    anchors = [found.start() for found in anchor.finditer(text)]
    if len(anchors) > ANCHOR_SHARE * len(text):
        yield from regex.finditer(text)
        return
    position = 0  # no match starts before it: the last match's end, or starts tried
    for at in anchors:
        for start in range(max(position, at - reach), at):
            match = regex.match(text, start)
            if match:
                yield match
                position = match.end()
                break
        else:
            position = max(position, at)
