"""A condition a record notes as a disability (issue 12, births19): a 病歴 phrase with the
disability's class in brackets after it (心臓ペースメーカー装着（内部障害）, 人工肛門（ぼうこう・直腸
機能障害4級）) or after a disability's grade and a word of means (じん臓機能障害1級で人工透析) is one
item, the disability: the bracket or the grade says how the record counts it (身体障害者手帳's
classes: 内部障害, 肢体不自由 …). A disease's kind in brackets (うつ病（双極性障害）) is no such class.
A treatment right after a disability that no matcher read goes on inside it (呼吸器機能障害3級のため
在宅酸素療法中, people19): 身体障害者福祉法別表 (施行令第2条第1号) lists the heart's, the kidneys' and
the lungs' functions lost, and the device or treatment is how the disability is lived with.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

# a disability's class or grade in brackets: the certificate's words, not a disease's kind
_CLASS_IN_BRACKETS = re.compile(r"[(（][^()（）\n\t]{0,14}(?:内部障害|身体障害|機能障害|視覚障害|聴覚障害|肢体不自由|知的障害"
                                r"|障害者手帳|障がい者手帳|[1-6１-６]級)[^()（）\n\t]{0,6}[)）]?")
_MEANS = re.compile(r"(?:で|にて|により|による|のため|、)")
_LOOK_AHEAD = 24  # a bracket right after the phrase, or the rest of one inside it
# what a heart's, a kidney's, a lung's or a bowel's lost function is lived with (people19)
_KEPT_UP_BY = re.compile(r"透析|ペースメーカー|除細動器|ＩＣＤ|ICD|人工肛門|人工膀胱|ストーマ|在宅酸素|酸素療法|酸素吸入"
                         r"|人工呼吸器|胃ろう|胃瘻|腸瘻|中心静脈栄養|自己導尿")
_TREATMENT_AFTER = re.compile(rf"(?:で|により|による|のため|のため、|、|・|，)?[一-龥ァ-ヺー]{{0,6}}?(?:{_KEPT_UP_BY.pattern})"
                              r"(?:療法|装着|導入|使用|管理|治療)?(?:中)?")


def disabilities_noted(text: str, found: list[Phrase]) -> list[Phrase]:
    """found with each 病歴 phrase noted as a disability turned into (or joined to) that 障害 item."""
    if any(p.category == "障害" for p in found) and _KEPT_UP_BY.search(text):
        starts = {p.start for p in found}
        found = [_over_treatment_after(text, p, starts) if p.category == "障害" and not p.key else p for p in found]
    if not any(p.category == "病歴" for p in found) or ("障" not in text and "級" not in text and "不自由" not in text):
        return found
    disabilities = [p for p in found if p.category == "障害" and not p.key]
    result, joined = [], set()
    for phrase in found:
        if phrase.category != "病歴" or phrase.key:
            result.append(phrase)
            continue
        bracket = _CLASS_IN_BRACKETS.search(text, phrase.start, min(len(text), phrase.end + _LOOK_AHEAD))
        if bracket and phrase.start < bracket.start() <= phrase.end:
            result.append(Phrase(phrase.start, max(phrase.end, bracket.end()), "障害"))
            continue
        before = [d for d in disabilities if d.end <= phrase.start and _MEANS.fullmatch(text, d.end, phrase.start)]
        if before:  # じん臓機能障害1級|で|人工透析: the means of living with it, one item
            joined.add(before[0])
            result.append(Phrase(before[0].start, phrase.end, "障害"))
            continue
        result.append(phrase)
    made = [p for p in result if p.category == "障害" and p not in found]
    return [p for p in result if p not in joined and not (p in disabilities and any(
        m.start <= p.start and p.end <= m.end for m in made))]


def _over_treatment_after(text: str, disability: Phrase, starts: set[int]) -> Phrase:
    """disability, on over a treatment after it that no phrase of found reads (those are joined below)."""
    after = _TREATMENT_AFTER.match(text, disability.end)
    if not after or after.end() <= disability.end or any(disability.end <= s < after.end() for s in starts):
        return disability
    return disability._replace(end=after.end())
