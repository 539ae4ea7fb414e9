"""The harm a crime did, told right after it (care16): ひったくりの被害に遭い|骨折との申告,
暴行を受け|骨折した — the injury is what the crime did to the victim, one 犯罪被害 item (the
writer records the incident, not an illness), the body part hurt or the time to heal between
(〜に遭い手首を骨折); an illness told apart (。 or a line between, its own subject) stays 病歴."""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

# the injury follows the crime's verb in its joining form, or the crime as its cause (ひったくり被害で通院中) (sensitive17);
# with the body part hurt or the time to heal between (〜に遭い手首を骨折, 暴行を受け全治3週間の打撲) (beliefs18b)
_JOIN = re.compile(r"(?:、| |で|により)?(?:全治[0-9一二三四五六七八九十]{1,3}(?:日|週間|か月|ヶ月|カ月)の?)?"
                   r"(?:[一-龥]{1,4}(?:を|に))?")


def with_harms_of_crimes(text: str, found: list[Phrase]) -> list[Phrase]:
    """Each 犯罪被害 phrase joined to the 病歴 phrase that follows it at once."""
    crimes = [p for p in found if p.category == "犯罪被害"]
    harms = {p for p in found if p.category == "病歴" and any(_follows(text, c, p) for c in crimes)}
    if not harms:
        return found
    joined = [c._replace(end=max([c.end] + [h.end for h in harms if _follows(text, c, h)])) for c in crimes]
    return [p for p in found if p.category != "犯罪被害" and p not in harms] + joined


def _follows(text: str, crime: Phrase, harm: Phrase) -> bool:
    return crime.end <= harm.start and harm.start - crime.end <= 16 and _JOIN.fullmatch(text, crime.end, harm.start) is not None
