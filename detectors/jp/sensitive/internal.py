"""A treatment or a device told with the internal disability it keeps up is that disability
(people19): 腎臓機能障害1級で人工透析, 心臓ペースメーカー装着（内部障害）, 呼吸器機能障害のため在宅酸素.
身体障害者福祉法別表 (施行令第2条第1号) lists the heart's, the kidneys' and the lungs' functions
lost; a pacemaker, dialysis or home oxygen is how the disability is lived with. Told alone
(人工透析中, ペースメーカー装着) the treatment stays a 病歴 — it tells the disease it treats — but
next to the disability's own words it is one fact: the writer's 障害, one phrase."""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

DISABILITY = "障害"
# what a heart's, a kidney's, a lung's or a bowel's lost function is lived with
_KEPT_UP_BY = re.compile(r"透析|ペースメーカー|除細動器|ＩＣＤ|ICD|人工肛門|人工膀胱|ストーマ|在宅酸素|酸素療法|酸素吸入"
                         r"|人工呼吸器|胃ろう|胃瘻|腸瘻|中心静脈栄養|自己導尿")
_INTERNAL = "内部障害"
# the disability then the treatment (…障害1級で人工透析, …のため在宅酸素), or the treatment then the
# disability in brackets or after a comma (…装着（内部障害）, 人工透析・腎臓機能障害1級)
_JOINT_BEFORE = re.compile(r"(?:で|により|による|のため|のため、|、|・|，)?")
_JOINT_AFTER = re.compile(r"[（(、・，]?")
REACH = 12  # characters after a treatment read for 内部障害 in its note


# a treatment no matcher read, right after the disability: the phrase goes on over it (…3級のため在宅酸素療法中)
_TREATMENT_AFTER = re.compile(rf"{_JOINT_BEFORE.pattern}[一-龥ァ-ヺー]{{0,6}}?(?:{_KEPT_UP_BY.pattern})"
                              r"(?:療法|装着|導入|使用|管理|治療)?(?:中)?")


def treatments_of_a_disability(text: str, found: list[Phrase]) -> list[Phrase]:
    """found, a 病歴 treatment joined to a 障害 phrase (see the module) made one 障害 phrase."""
    if not _KEPT_UP_BY.search(text):
        return found
    found = [_over_treatment_after(text, p) if p.category == DISABILITY else p for p in found]
    disabilities = [p for p in found if p.category == DISABILITY]
    merged, absorbed = [], set()
    for p in found:
        if p.category != "病歴" or p.key or not _KEPT_UP_BY.search(text, p.start, p.end):
            merged.append(p)
            continue
        joined = [d for d in disabilities if _joined(text, p, d)]
        if not joined and _INTERNAL not in text[p.start:p.end + REACH].split("\n")[0]:
            merged.append(p)
            continue
        absorbed.update(joined)
        merged.append(Phrase(min([p.start] + [d.start for d in joined]), max([p.end] + [d.end for d in joined]), DISABILITY))
    return [p for p in merged if p not in absorbed]


def _joined(text: str, treatment: Phrase, disability: Phrase) -> bool:
    if disability.start >= treatment.start and disability.end <= treatment.end:
        return True
    if disability.end <= treatment.start:
        return _JOINT_BEFORE.fullmatch(text, disability.end, treatment.start) is not None
    return treatment.end <= disability.start and _JOINT_AFTER.fullmatch(text, treatment.end, disability.start) is not None


def _over_treatment_after(text: str, disability: Phrase) -> Phrase:
    after = _TREATMENT_AFTER.match(text, disability.end)
    return disability._replace(end=after.end()) if after and after.end() > disability.end else disability
