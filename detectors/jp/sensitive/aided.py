"""A loss of a sense told with the aid the person uses for it (難聴あり、補聴器使用; 弱視・拡大鏡
を使用) is a disability: the hearing or the sight lost, in the cell or the sentence that
names its aid, takes the aid's category (障害), not 病歴 — as 〜のため補聴器 does
(recognizer.disabilities_told_with_cause) when the two are written without a word of cause."""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

# a sense lost, as a disease list names it (難聴, 弱視, 視力低下, 失明)
_SENSE_LOST = re.compile(r"難聴|聴力(?:低下|障害|損失)|失聴|弱視|視力(?:低下|障害)|視野(?:欠損|狭窄)|失明")
# the aid a person uses for it
_AID = re.compile(r"補聴器|人工内耳|集音器|白杖|拡大鏡|ルーペ|拡大読書器|点字|手話|筆談|音声読み上げ")
_CELL_END = re.compile(r"[\t\n。]")


def _cell(text: str, position: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, position) for c in "\t\n。") + 1
    end = _CELL_END.search(text, position)
    return start, end.start() if end else len(text)


def senses_with_aids(text: str, found: list[Phrase]) -> list[Phrase]:
    """The phrases, a 病歴 phrase of a sense lost recategorised 障害 where its cell names an aid."""
    if not any(p.category == "病歴" for p in found) or not _AID.search(text):
        return found
    out = []
    for phrase in found:
        if phrase.category == "病歴" and not phrase.key and _SENSE_LOST.search(text, phrase.start, phrase.end):
            start, end = _cell(text, phrase.start)
            if _AID.search(text, start, end):
                phrase = phrase._replace(category="障害")
        out.append(phrase)
    return out


# the ways a desk talks with someone (筆談, 手話, 点字), told as what it will do for them
_MEANS = frozenset({"筆談", "手話", "点字", "音声読み上げ"})
_HEALTH = frozenset({"障害", "病歴"})


def means_after_their_cause(text: str, found: list[Phrase]) -> list[Phrase]:
    """The phrases without a means of talking alone (…のため、受け渡し時は筆談で) where an earlier
    phrase of its sentence names the condition it serves: the condition is the information, the
    means only what the desk does for it (text26)."""
    out = []
    for phrase in found:
        if text[phrase.start:phrase.end] in _MEANS and any(
                other.category in _HEALTH and other.end <= phrase.start
                and not _CELL_END.search(text, other.end, phrase.start) for other in found):
            continue
        out.append(phrase)
    return out
