"""A pregnancy or a birth as such is not 病歴 (health24, a decision across corpora).

病歴 (法第2条第3項) is a disease the person suffered; 施行令第2条第2号 and 第3号 add a check-up's
results and a doctor's guidance, treatment or dispensing given for a change of body or mind. A
pregnancy is no disease, and `妊娠中`, `妊娠20週`, `産休中`, `出産予定日：3月` say no doctor's care:
writers 9 and 22 leave them unmarked beside marked allergies and diseases, writers 12, 13 and 15
mark only a pregnancy's disorders and treatments (切迫早産のため安静指示, 妊娠糖尿病でインスリン
導入, 体外受精, 帝王切開後の創部痛). So a pregnancy's disorder (切迫流産, 妊娠悪阻, 妊娠高血圧症候群,
流産, 死産) or a care said of it (入院, 点滴, 不妊治療, a 妊婦健診's result) stays 病歴 or 健康診断結果;
a value that tells only the pregnancy or the birth (a 健康状態 field's `妊娠中(16週)`) is dropped here.
The sentences themselves are no longer read as 病歴 (detectors.jp.sensitive.conditions).
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

_CUES = ("妊", "産", "つわり")  # most texts hold none: the phrases are not looked at
_WEEKS = r"[0-9一二三四五六七八九十]+ *(?:週|か月|ヶ月|カ月|ケ月)(?:目)?"
# the pregnancy or the birth, a remark in brackets (16週) after it: the whole value
_AS_SUCH = re.compile(
    rf"(?:現在|第[0-9一二三四五]子(?:を|の)?)?"
    rf"(?:妊娠(?:中|{_WEEKS}|して(?:いる|おり|います|いた)|した|しました|が判明)?|妊婦|マタニティ|つわり(?:あり)?"
    r"|出産予定(?:日)?(?:は|:)? *[0-9年月日/.令和 ]{0,16}|出産(?:した|済み?)|産前(?:産後)?休業(?:中)?|産休(?:中)?)"
    r"(?: *\([^()\n]{1,12}\))?[。.]?")


def without_pregnancies(text: str, found: list[Phrase]) -> list[Phrase]:
    """The phrases but a 病歴 value that tells only a pregnancy or a birth."""
    if not any(cue in text for cue in _CUES):
        return found
    return [p for p in found if p.category != "病歴" or not _AS_SUCH.fullmatch(text, p.start, p.end)]
