"""A disability diagnosed, judged or told (精神障害者保健福祉手帳3級と診断された, 聴覚障害（両耳90dB）と
言われた, 人工透析のため内部障害1級と判定された, 療育手帳B2の判定を受けた) is the disability (health22):
the predicate says how the record came to know it, the object says what it is. A 病歴 phrase whose
object ends with a 障害 phrase takes its category; a predicate found alone (診断された) right after a
disability (and a note in brackets) is that disability's, not an illness of its own.
Writers: corpus 21's foster-carers' salon notes; corpora 16 and 17 wrote the same object with 〜の診断あり.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

# the predicate of telling at the phrase's end (its last stem; the okurigana after it)
_TOLD = re.compile(r".*(診断|判定|認定|指摘|言われ|いわれ)[ぁ-ん受下出]{0,8}$", re.DOTALL)  # 〜を受けた, 〜が下りた
# what joins the object to it: a note in brackets, then と or の (searched in a window ending at the predicate)
_JOINED = re.compile(r"(?:[(（][^()（）\n\t]{1,16}[)）])? *(?:と|の)$")
_WINDOW = 20
_STEMS = ("診断", "判定", "認定", "指摘", "言われ", "いわれ")


def _object(text: str, phrase: Phrase) -> tuple[int, int, int] | None:
    """(where the predicate starts, where its object ends, where the note after it ends) when the
    phrase ends with a predicate of telling joined to an object."""
    told = _TOLD.match(text, phrase.start, phrase.end)
    if not told:
        return None
    predicate = told.start(1)
    joined = _JOINED.search(text, max(0, predicate - _WINDOW), predicate)
    return (predicate, joined.start(), joined.end() - 1) if joined else None


def _told_of(disability: Phrase, told: tuple[int, int, int]) -> bool:
    """The disability is the object: it ends where the object does, or inside the note after it."""
    _, object_end, note_end = told
    return disability.end == object_end or (disability.start < object_end < disability.end <= note_end)


def disabilities_diagnosed(text: str, found: list[Phrase]) -> list[Phrase]:
    """found, each 病歴 phrase whose told object is a disability recategorised 障害 (or dropped when
    it is the predicate alone)."""
    if not any(stem in text for stem in _STEMS):  # most texts tell no diagnosis: nothing is gathered
        return found
    disabilities = [p for p in found if p.category == "障害" and not p.key]
    if not disabilities or not any(p.category == "病歴" for p in found):
        return found
    result = []
    for phrase in found:
        told = _object(text, phrase) if phrase.category == "病歴" and not phrase.key else None
        objects = [d for d in disabilities if _told_of(d, told)] if told else []
        if not objects:
            result.append(phrase)
        elif told[0] > phrase.start and any(d.start >= phrase.start for d in objects):
            result.append(phrase._replace(category="障害"))
        # else: the predicate alone after the disability: the disability's phrase says it
    return result
