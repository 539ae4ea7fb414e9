"""保管期間 wording → a retention rule, and the deadline it sets for an object.

Forms met in real ledgers (seed 004): `1年間`, `3年間`, `申請処理後1年`,
`本人退職後7年間`, `本人退職後11ヶ月`, `本人連絡後1週間`, `受託業務完了後1ヶ月`,
`採否決定まで`, `入力まで`, `取引開始まで`, `削除要求があるまで`, `永年`, `定めなし`.
A fixed period runs from the object's date; an event-based one from the entry's
起算日, and without it the outcome is "needs review" quoting the rule. An event
that is not a known one (`人退職`, a typo of 本人退職) is reported, not guessed.
"""

from __future__ import annotations

import calendar
import difflib
import re
from dataclasses import dataclass
from datetime import date, timedelta

from inventory.ledger.text import normalize_words
from inventory.notes import Note

FIXED, AFTER_EVENT, UNTIL_EVENT, FOREVER, UNDEFINED, INVALID = (
    "fixed", "after_event", "until_event", "forever", "undefined", "invalid")

KNOWN_EVENTS = (
    "本人退職", "退職", "申請処理", "本人連絡", "受託業務完了", "発送業務完了", "業務完了", "採否決定",
    "入力", "取引開始", "取引終了", "削除要求", "契約終了", "契約満了", "退会", "解約", "卒業",
    "利用終了", "目的達成", "処理完了", "回答", "イベント終了",
)
_UNITS = {"年": "years", "ヶ月": "months", "ケ月": "months", "カ月": "months", "か月": "months",
          "箇月": "months", "ヵ月": "months", "月": "months", "週": "weeks", "日": "days"}
_PERIOD = r"(?P<n>[0-9]+)\s*(?P<unit>年|ヶ月|ケ月|カ月|か月|箇月|ヵ月|月|週|日)(?:間)?"
_FIXED = re.compile(rf"^(?:保管|保存)?{_PERIOD}$")
_AFTER = re.compile(rf"^(?P<event>.+?)(?:後|から)\s*{_PERIOD}$")
_UNTIL = re.compile(r"^(?P<event>.+?)(?:があるまで|するまで|まで)$")
_FOREVER = ("永年", "永久", "無期限", "消去しない")
_UNDEFINED = ("定めなし", "定め無し", "なし", "未定", "-", "")


@dataclass(frozen=True)
class Retention:
    kind: str
    text: str  # the wording as written, quoted in every outcome
    amount: int = 0
    unit: str | None = None  # years / months / weeks / days
    event: str | None = None
    problem: Note | None = None

    @property
    def needs_event_date(self) -> bool:
        return self.kind in (AFTER_EVENT, UNTIL_EVENT)

    def deadline(self, start: date) -> date:
        """The last day data may be kept, counted from start (object date or 起算日)."""
        if self.kind == UNTIL_EVENT:
            return start
        return add_period(start, self.amount, self.unit or "days")


def add_period(start: date, amount: int, unit: str) -> date:
    if unit == "days":
        return start + timedelta(days=amount)
    if unit == "weeks":
        return start + timedelta(weeks=amount)
    months = amount * 12 if unit == "years" else amount
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    day = min(start.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def _event(text: str, name: str, amount: int = 0, unit: str | None = None, kind: str = AFTER_EVENT) -> Retention:
    if name in KNOWN_EVENTS:
        return Retention(kind, text, amount, unit, name)
    close = difflib.get_close_matches(name, KNOWN_EVENTS, n=1, cutoff=0.6)
    problem = Note.of("retention.unknown_event_guess", event=name, guess=close[0]) if close else \
        Note.of("retention.unknown_event", event=name)
    return Retention(INVALID, text, amount, unit, name, problem=problem)


def parse_retention(text: str) -> Retention:
    words = normalize_words(text).replace(" ", "")
    if words in _FOREVER:
        return Retention(FOREVER, text)
    if words in _UNDEFINED:
        return Retention(UNDEFINED, text)
    if m := _FIXED.match(words):
        return Retention(FIXED, text, int(m["n"]), _UNITS[m["unit"]])
    if m := _AFTER.match(words):
        return _event(text, m["event"], int(m["n"]), _UNITS[m["unit"]])
    if m := _UNTIL.match(words):
        return _event(text, m["event"], kind=UNTIL_EVENT)
    return Retention(INVALID, text, problem=Note.of("retention.unparsed", text=text))
