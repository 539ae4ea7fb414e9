"""A surname no dictionary knows, before a given name of the lists (names28).

The shape of a Japanese name decides, not a list of surnames: two kanji that open a
run of kanji (after a blank, punctuation, hiragana, a letter or the start) and that the
dictionary reads as no one word (鴇|森, 杣|塚: two words of one kanji each, or a kanji
it does not know), then at most one blank and a given name of the lists that ends the
run (鴇森 健太, 萱浦彩花の, 柊倉　美咲 080-…). The tags alone read such a name as
its last kanji and the given name (森健太) or as the given name alone, or not at all;
the whole name is reported in their place. Surnames the dictionary holds as words
are the other tiers' (person_tokens); a run that starts after another kanji
(飛行長鴇森健太) is left: where a role word ends and a surname begins, no shape tells.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.jp.person_names import NameLists
from detectors.nlp import WordLookup

_KANJI = "\u4e00-\u9fff\uf900-\ufaff々"
# not after a digit (1999年四大陸, 8戦未勝利: a count's word) or katakana (三ツ矢由紀江: the surname goes on)
_NAME = re.compile(rf"(?<![{_KANJI}0-9０-９ァ-ヶー])([{_KANJI}]{{2}})([ \u3000]?)([{_KANJI}]{{2,3}})(?![{_KANJI}])")


def unknown_surname_names(text: str, lists: NameLists, lookup: Callable[[str], WordLookup] | None) -> list[tuple[int, int]]:
    """(start, end) of names whose surname of two kanji the dictionary does not hold as a word."""
    if lookup is None:
        return []
    spans = []
    for match in _NAME.finditer(text):
        surname, given = match.group(1), match.group(3)
        if given not in lists.given_names or surname in lists.surnames or surname in lists.given_names:
            continue
        reading = lookup(surname)
        if len(reading.ends) == 2 or (reading.unknown and not (reading.common or reading.place)):
            spans.append(match.span())
    return spans
