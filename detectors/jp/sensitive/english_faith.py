"""宗教 said in English of a person (sensitive17b): a hotel's, a school's or an employer's
letter written in English names the faith as what someone is (you are a practising Muslim,
Mr Rahman is an observant Jew and keeps kosher, as a devout Catholic), or a faith kept by
people or a home however the sentence goes (his parents, devout Buddhists; from an observant
Muslim family; from a Sikh household; leftovers20). A faith named of a thing (a Catholic school, a Buddhist temple, halal menus) is no one's.

Text of ASCII alone is searched only when it holds a faith's noun (a plain substring test)."""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

RELIGION = "宗教"
# the nouns of a faith a person is said to be (general knowledge, no corpus's list)
FAITHS = ("Muslim", "Hindu", "Jew", "Catholic", "Christian", "Buddhist", "Sikh", "Jain", "Mormon", "Jehovah",
          "Protestant", "Baptist", "Methodist", "Adventist", "Quaker", "Shinto", "Zoroastrian", "Bahá", "Baha'i")
_KEEPING = r"(?:devout|practi[cs]ing|observant|committed|strict|orthodox|religious)"
# what a faith's word names when it is no one's (a Catholic school, a Buddhist ceremony)
_THING = (r"(?! (?:school|church|cathedral|temple|shrine|mosque|synagogue|university|college|hospital|community|country"
          r"|festival|holiday|wedding|ceremony|service|rite|funeral|priest|minister|chaplain|restaurant|dish|meal|menu"
          r"|food|kitchen|cemetery|charity|group|organi[sz]ation|tradition|calendar|area|quarter|neighbo(?:u)?rhood))")
_SAID_OF = re.compile(rf"(?<!name )(?<!called )\b(?:is|are|am|was|were|being|as|As) (?P<faith>(?:an? )?(?:{_KEEPING}[ -])?"
                      rf"(?:{'|'.join(re.escape(f) for f in FAITHS)})(?:'s Witness(?:es)?|ish)?s?\b{_THING}"
                      r"(?: (?:and|who) [^.;:\n]{1,60})?)")

_FAITH_NOUN = rf"(?:{'|'.join(re.escape(f) for f in FAITHS)})(?:'s Witness(?:es)?|ish)?s?\b"
# a faith kept, however the sentence says it (devout Buddhists, an observant Muslim family; leftovers20): the
# keeping word says it of people — not of a thing — and a family or a home born into is its people's
_KEPT = re.compile(rf"\b{_KEEPING}[ -]{_FAITH_NOUN}{_THING}(?: (?:family|household|home|background|parents))?")
_BORN_INTO = re.compile(rf"\b(?:from|into|in) an? {_FAITH_NOUN} (?:family|household|home|background)")

# an English label of a faith on a line or a cell of its own, its value naming a faith (a chaplain's
# visit card, an intake sheet: Religious preference: Catholic, Faith tradition: Buddhist; leftovers20);
# which labels are a faith's is data/english_keys.tsv's word (religion, faith, denomination…)
_LABELLED = re.compile(r"(?:^|\t)[ ]*(?P<key>[A-Z][A-Za-z ]{2,30}?) ?[:：] ?(?P<value>[^\t\n]{2,60})", re.MULTILINE)
_FAITH_IN_VALUE = re.compile(_FAITH_NOUN)


def _labelled_faiths(text: str) -> list[tuple[int, int]]:
    from detectors.jp.sensitive.keyed import english_label  # keyed imports the lexicon: loaded when first asked
    return [m.span("value") for m in _LABELLED.finditer(text)
            if _FAITH_IN_VALUE.search(m.group("value")) and english_label(m.group("key")) == RELIGION]


def may_tell_a_faith(text: str) -> bool:
    """The cheap gate: a faith's noun in the text at all."""
    return any(faith in text for faith in FAITHS)


class EnglishFaithMatcher:
    """Matcher of the recognizer's list: phrases of a faith said in English."""

    def find(self, text: str, cells=None) -> list[Phrase]:
        if not may_tell_a_faith(text):
            return []
        said = [(m.start("faith"), m.end("faith")) for m in _SAID_OF.finditer(text)]
        kept = [m.span() for pattern in (_KEPT, _BORN_INTO) for m in pattern.finditer(text)
                if not any(start <= m.start() < end for start, end in said)]  # each faith once
        kept += [span for span in _labelled_faiths(text) if not any(s <= span[0] < e for s, e in said + kept)]
        return [Phrase(start, end, RELIGION) for start, end in sorted(said + kept)]
