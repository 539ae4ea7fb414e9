"""A date in brackets right after the name of the person a record is about: 「対象者
山田 花子（1980/04/01）」, 「相談者：佐藤一郎（S55.4.1）」. The line's label says whom the
record is about (対象者, 相談者, 当事者, 被災者, 利用者, 患者 …) and the only thing in the
brackets after their name is a date at least ten years past: their birth. An event's date
in brackets follows no such label and name (「面談日（2026/7/1）」), and a date that
leaves no age is no birth. Only the date is reported."""

from __future__ import annotations

import datetime as dt

from detectors.jp.date_of_birth import _ANY_DATE, DATE_START, DateWithinRecognizer, parse

SUBJECT_LABELS = ("対象者", "相談者", "当事者", "被災者", "利用者", "患者", "受診者", "面談者", "本人", "申請者",
                  "申込者", "被保険者", "入居者", "受講者", "児童", "生徒", "従業員", "社員", "職員")
_NAME = r"[一-龥々〆ヶぁ-んァ-ヺー]{1,6}(?: [一-龥々〆ヶぁ-んァ-ヺー]{1,6})?"  # NFKC made U+3000 a space
YOUNGEST = 10  # years: a date fewer years back is an event's, not a birth


class SubjectDateOfBirthRecognizer(DateWithinRecognizer):
    PATTERNS = (("date_after_subject",
                 rf"(?:{'|'.join(SUBJECT_LABELS)}) *[:：]? *{_NAME} *[(（] *{_ANY_DATE} *[)）]", 0.7),)
    NEGATIVE_CONTEXT = ()  # the label and the name in the match say whose date it is (面談記録 above is no matter)
    PREFILTER = "|".join(SUBJECT_LABELS)

    def may_match(self, text: str) -> bool:
        return self._prefilter.search(text) is not None and ("(" in text or "（" in text)

    def is_valid(self, value: str) -> bool:
        date = DATE_START.search(value)
        born = parse(date.group()) if date else None
        return born is not None and born.year <= dt.date.today().year - YOUNGEST
