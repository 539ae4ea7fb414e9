"""A disability told beside its cause or its treatment (health13): one 障害 phrase, not a
disease and a disability apart.

- the cause before it (人工透析のため身体障害者手帳1級, 頸髄損傷により車いす): the disease
  or treatment says why the person has the disability;
- the treatment after it (ADHDの診断で服薬中, 自閉症で通院中): care given for the disability,
  a 病歴 phrase of a treatment alone (no disease of its own);
- its other name in brackets after it (人工肛門(ストーマ)): one thing named twice (care16).

detectors.jp.sensitive.recognizer.disabilities_told_with_cause does the same for one phrase
that holds both; here they were found apart (a cell's disease, a certificate's phrase).
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

# (a sequel, 脳梗塞の後遺症で左半身まひ, is no cause joined: the disease and the impairment are told apart, revrules18)
_CAUSE = re.compile(r"[ 　]*(?:のため(?:に)?|により|による|が原因で|で)[ 　]*")
# a disease phrase that holds its own link to what follows (場面緘黙の傾向があり|通級指導を受けている) (care15)
_LINKED = re.compile(r"(?:があり|があって|のため|により)、?$")
_ALIAS = re.compile(r"\([^()]{1,12}\)")  # the brackets of another name (NFKC: （） are ())
_THEN = re.compile(r"[ 　]*(?:の診断で|と診断され(?:て)?|と|で|のため|があり|、)?[ 　]*")
# (care15) the diagnosis said before the care, when a matcher read it into the phrase (と|診断され服薬中)
_TREATMENT_ONLY = re.compile(r"(?:診断(?:され|を受け)(?:て)?、?)?(?:通院|服薬|内服|投薬|治療|療育|リハビリ|経過観察)(?:中|して(?:いる|おり)|を(?:継続|受けて(?:いる|おり)))?")


def with_sequels(text: str, found: list[Phrase]) -> list[Phrase]:
    """The phrases with each disability joined to the cause before it and the bare treatment after it."""
    disabilities = [p for p in found if p.category == "障害"]
    if not disabilities or not any(p.category == "病歴" for p in found):
        return found
    diseases = [p for p in found if p.category == "病歴" and not p.key]
    joined, used = [], set()
    for disability in disabilities:
        start, end = disability.start, disability.end
        for disease in diseases:
            if disease.end <= start and (_CAUSE.fullmatch(text, disease.end, start) or (
                    disease.end == start and _LINKED.search(text[disease.start:disease.end]))):
                start = disease.start
                used.add(disease)
            elif end <= disease.start and _THEN.fullmatch(text, end, disease.start) \
                    and _TREATMENT_ONLY.fullmatch(text, disease.start, disease.end):
                end = disease.end
                used.add(disease)
            elif disease.start == end + 1 and _ALIAS.fullmatch(text, end, disease.end + 1):
                end = disease.end + 1  # 人工肛門(ストーマ): the same thing's other name (care16)
                used.add(disease)
        joined.append(disability._replace(start=start, end=end))
    return [p for p in found if p not in used and p.category != "障害"] + joined
