"""A date in brackets right after the name of the person a record is about: 「対象者
山田 花子（1980/04/01）」, 「相談者：佐藤一郎（S55.4.1）」. The line's label says whom the
record is about (対象者, 相談者, 当事者, 被災者, 利用者, 患者 …) and the only thing in the
brackets after their name is a date at least ten years past: their birth. An event's date
in brackets follows no such label and name (「面談日（2026/7/1）」), and a date that
leaves no age is no birth. A form's line that lost its 生年月日 label writes the date bare
after the name (「患者：山田 花子　1980年4月1日　既往…」, 「氏名: 佐藤一郎 S55.4.1」): read so
after a label and its colon, the date ending its field, unless what follows makes it an
event's (初診, 入所, 〜, a time). Only the date is reported."""

from __future__ import annotations

import datetime as dt

from detectors.jp.date_of_birth import ANY_DATE, DATE_START, DateWithinRecognizer, parse

SUBJECT_LABELS = ("対象者", "相談者", "当事者", "被災者", "利用者", "患者", "受診者", "面談者", "本人", "申請者",
                  "申込者", "被保険者", "入居者", "受講者", "児童", "生徒", "従業員", "社員", "職員", "氏名", "名前")
_NAME = r"[一-龥々〆ヶぁ-んァ-ヺー]{1,6}(?: [一-龥々〆ヶぁ-んァ-ヺー]{1,6})?"  # NFKC made U+3000 a space
YOUNGEST = 10  # years: a date fewer years back is an event's, not a birth


# what a date of an event, not a birth, has after it on a subject's line: 「患者：山田 花子 2020/4/1 初診」,
# a period's end (〜, から), or its time
_EVENT_AFTER = r"(?![ \t]*(?:初診|再診|来院|来所|受診|入院|退院|入所|退所|入居|退去|登録|受付|面談|相談|契約|開始|終了|利用|死亡|逝去|から|まで|[〜～~\-－]|[0-9]{1,2}:[0-9]{2}))"


class SubjectDateOfBirthRecognizer(DateWithinRecognizer):
    # the date in brackets after the name, or alone after it, a blank between, where a colon follows the
    # label (a form's line that lost its 生年月日 label: 「患者：山田 花子　1980年4月1日　脳梗塞後遺症」; not a
    # tab: a table's cells, whose column readers say what a date is)
    PATTERNS = (("date_after_subject",
                 rf"(?:{'|'.join(SUBJECT_LABELS)}) *(?:[:：]? *{_NAME} *[(（] *{ANY_DATE} *[)）]"
                 rf"|[:：] *{_NAME} {{1,3}}{ANY_DATE}(?![^\s、,]){_EVENT_AFTER})", 0.7),)
    NEGATIVE_CONTEXT = ()  # the label and the name in the match say whose date it is (面談記録 above is no matter)
    PREFILTER = "|".join(SUBJECT_LABELS)

    def may_match(self, text: str) -> bool:
        return self._prefilter.search(text) is not None

    def is_valid(self, value: str) -> bool:
        date = DATE_START.search(value)
        born = parse(date.group()) if date else None
        return born is not None and born.year <= dt.date.today().year - YOUNGEST
