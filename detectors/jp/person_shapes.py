"""Names by their shape where the dictionary's tags see part of them (names28,
benchmarks/name_variants.py):

- a surname no dictionary knows before a given name of the lists: two kanji that open
  a run of kanji (after a blank, punctuation, hiragana, a letter or the start) and that
  the dictionary reads as no one word (鴇|森, 杣|塚: two words of one kanji each, or a
  kanji it does not know), then at most one blank and a given name of the lists that
  ends the run (鴇森 健太, 萱浦彩花の, 柊倉　美咲 080-…) and that the dictionary, read alone,
  holds as a name or as no one word (not 昭和: 崔 允熙　昭和54年8月 is a name and a date); written
  solid, no word of the whole run crosses from surname to given name (寮|管理|人 is no 寮管 理人). The tags read such a name as
  its last kanji and the given name (森健太), as the given name alone, or not at all. A
  run after another kanji (飛行長鴇森健太) is left: where a role word ends and a surname
  begins, no shape tells; after a digit it is a count's word (1999年四大陸), after
  katakana the surname goes on (三ツ矢由紀江);
- a surname of the lists or the dictionary in kanji, then a given name in katakana, a
  reading of the lists, the whole run of katakana (松尾ケンタ教授, 河野 アヤカ中佐; not
  大阪ミナミの, 田中コーポレーション, 1万トン).

Each is reported in place of what the other tiers found inside it, never in place of a
longer span that holds it (a list the tiers read as one: 岡田克也・二階俊博・野田毅).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.jp.base import starts_after
from detectors.jp.person_names import NameLists
from detectors.jp.person_roles import dictionary_surname
from detectors.nlp import WordLookup

_KANJI = "\u4e00-\u9fff\uf900-\ufaff々"
_UNKNOWN_SURNAME = re.compile("(" + starts_after(f"[{_KANJI}]", f"[{_KANJI}0-9０-９ァ-ヶー]") + rf"[{_KANJI}])"
                              rf"([ \u3000]?)([{_KANJI}]{{2,3}})(?![{_KANJI}0-9０-９])")
_KATAKANA_GIVEN = re.compile(starts_after(f"[{_KANJI}]", f"[{_KANJI}0-9０-９]") + rf"[{_KANJI}]{{0,2}}[ \u3000]?([ァ-ヶ]{{2,5}})(?![ァ-ヶー])")


def shaped_names(text: str, lists: NameLists, lookup: Callable[[str], WordLookup] | None) -> list[tuple[int, int]]:
    """(start, end) of the names of the module's two shapes."""
    if lookup is None:
        return []
    spans = list(_unknown_surnames(text, lists, lookup))
    if re.search("[ァ-ヶ]", text):
        spans += [m.span() for m in _KATAKANA_GIVEN.finditer(text) if _katakana_given(text, m, lists)]
    return spans


def _unknown_surnames(text: str, lists: NameLists, lookup: Callable[[str], WordLookup]):
    for match in _UNKNOWN_SURNAME.finditer(text):
        surname, given = match.group(1), match.group(3)
        if given not in lists.given_names or surname in lists.surnames or surname in lists.given_names:
            continue
        reading, named = lookup(surname), lookup(given)
        if not (len(reading.ends) == 2 or (reading.unknown and not (reading.common or reading.place))):
            continue
        glued = not match.group(2) and 2 not in lookup(surname + given).ends  # 寮|管理|人: a word across
        if (named.name or len(named.ends) > 1) and not glued:  # a given name, not an era (崔 允熙　昭和54年)
            yield match.span()


def _katakana_given(text: str, match: re.Match, lists: NameLists) -> bool:
    surname = text[match.start():match.start(1)].rstrip(" \u3000")
    return match.group(1) in lists.given_kana and (surname in lists.surnames or dictionary_surname(surname))


def widened(results: list, shaped: list) -> list:
    """results with shaped (both with .start and .end) in place of what lies inside them;
    a shaped span inside a result is dropped."""
    kept = [r for r in results if not any(s.start <= r.start and r.end <= s.end for s in shaped)]
    return kept + [s for s in shaped if not any(r.start <= s.start and s.end <= r.end for r in kept)]
