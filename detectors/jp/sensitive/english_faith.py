"""宗教 said in English of a person (sensitive17b): a hotel's, a school's or an employer's
letter written in English names the faith as what someone is (you are a practising Muslim,
Mr Rahman is an observant Jew and keeps kosher, as a devout Catholic). A faith named of a
thing (a Catholic school, a Buddhist temple, halal menus) is no one's.

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


def may_tell_a_faith(text: str) -> bool:
    """The cheap gate: a faith's noun in the text at all."""
    return any(faith in text for faith in FAITHS)


class EnglishFaithMatcher:
    """Matcher of the recognizer's list: phrases of a faith said in English."""

    def find(self, text: str, cells=None) -> list[Phrase]:
        if not may_tell_a_faith(text):
            return []
        return [Phrase(m.start("faith"), m.end("faith"), RELIGION) for m in _SAID_OF.finditer(text)]
