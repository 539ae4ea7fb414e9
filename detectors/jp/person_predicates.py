"""Words named like people that the sentence itself says are something else (text26):
- a group by its own name: a word before の会 where 会 ends the word (星見の会, 川辺の会 オリオン): the
  body is named after the word, no one is;
- the predicate of a topic that is no person: 〜は…の高原です says what the topic (an outing, a
  meeting) is, not who speaks. A self-introduction has no topic of its own (総務課の高原です), or a
  topic that is a person (担当は総務の高原です, 講師は…). Only a word the dictionary also reads as a
  common noun (高原 a plateau, 大家 a landlord) is read so: a surname of no other reading stays."""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.nlp import sudachi_dictionary

# の会 ending its word: not 会社, 会議, 会長 (the name's owner's company or meeting)
_GROUP_AFTER = re.compile(r"の会(?![\u4e00-\u9fff々])")
_SENTENCE_REACH = 80  # characters back to the sentence's start
_GREETINGS = ("こんにち", "こんばん")  # こんにちは is no topic
_PREDICATE_AFTER = re.compile(r"(?:です|でございます)")
_SENTENCE_START = re.compile(r"[。！？!?\n]")
# a topic: a word then は (not では, には, とは: a place's or a quotation's は) before the value in its sentence
_TOPIC = re.compile(r"([\u3040-\u30ff\u4e00-\u9fff々]{1,12}?)(?<![でにと])は")
# the ends of a topic that is a person: the speaker (私, 当方, こちら) or a role (担当, 幹事, 講師, 係, …者, …長)
_PERSON_TOPIC_END = re.compile(
    r"(?:私|わたし|わたくし|僕|当方|こちら|担当|幹事|窓口|講師|先生|氏名|名前|[者員長師士役係人手主])$")


def said_of_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] names a group after it or makes it the
    predicate of a topic that is no person."""
    if _GROUP_AFTER.match(text, end):
        return True
    if not _PREDICATE_AFTER.match(text, end) or not _a_common_noun(text[start:end]):
        return False
    reach = max(0, start - _SENTENCE_REACH)
    sentence = max((m.end() for m in _SENTENCE_START.finditer(text, reach, start)), default=reach)
    topics = [topic for topic in _TOPIC.findall(text, sentence, start) if not topic.endswith(_GREETINGS)]
    return bool(topics) and not any(_PERSON_TOPIC_END.search(topic) for topic in topics)


@lru_cache(maxsize=4096)
def _a_common_noun(word: str) -> bool:
    """Whether the dictionary reads the word, whole, as a common noun among its readings."""
    return any(m.surface() == word and m.part_of_speech()[:2] == ("名詞", "普通名詞")
               for m in sudachi_dictionary().lookup(word))
