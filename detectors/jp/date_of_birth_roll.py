"""A birth in a roll whose header was lost (a PDF's lines, a list pasted into a mail, a CSV
saved without its first line): each line names a person, gives a date alone in its field
and a number of the person's own (a phone, a passport, a mail address), and nothing says
which day the date is — 「山本 千春  1971/05/03  0587-21-4466  会員」, 「ODA KENJI, 1988-02-14,
旅券番号 XR1234567」, 「石井美和｜昭和52年7月8日｜090-1111-2222｜正会員」. A roll of members,
players, parishioners or travellers gives each one's birth beside their contact; an event's
date (a join, a visit, a trip) is one day for every line, recent, or later than another
date of the line. So the date is the birth when it is its line's earliest, ten years past
at least, and the roll holds two such lines or more with different dates. A header line
over the rows that names a date column (入会日, 受洗日, Joined) is the column readers'.
Only the date is reported."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from detectors.jp.date_of_birth import _BIRTH_HEADER, DATE_START, DateOfBirthRecognizer, parse
from detectors.lines import line_bounds
from detectors.roll_fields import SEPARATOR, alone_in_field, fields
# a person's name alone in its field: kanji or kana, family and given apart or solid; or
# two or three words of Latin letters (NUMATA MIZUHO, Oda Kenji, O'Neil Mary)
_NAME = re.compile(r"[一-龥々ヶぁ-んァ-ヺー]{1,6}[ 　]?[一-龥々ヶぁ-んァ-ヺー]{1,6}"
                   r"|[A-Z][A-Za-z'-]+,? [A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?")
# a body's or a thing's ending: 東京本社, 第一営業所, 市民会館 name no one
NOT_A_NAME = re.compile(r"(?:社|店|所|部|課|係|室|院|校|園|館|局|庁|団|組|会|協会|センター|ホール|名簿|一覧|日)$")
# the person's own number on the line: a phone (0XX-XXXX-XXXX, 0XX(XXX)XXXX, +81-XX-XXXX-XXXX, a bare mobile),
# a passport (two letters and seven digits), a mail address
_OWN_NUMBER = re.compile(r"(?<![0-9])0[0-9]{1,4}[-(（][0-9]{1,4}[-)）][0-9]{3,4}(?![0-9])|\+81[- ]?[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}"
                         r"|(?<![0-9])0[5789]0[0-9]{8}(?![0-9])|(?<![A-Z])[A-Z]{2}[0-9]{7}(?![0-9])|[A-Za-z0-9._-]@[A-Za-z0-9-]")
# one blank after the date, then the person's number (野口　沙織　1974年5月6日　saori@…: NFKC folds 　),
# or a contact's label and the number (1974.5.6 保護者連絡先 090-…, 1974/5/6 自宅TEL:03-…, 1974-05-06 携帯 080…)
_NUMBER_NEXT = re.compile(r" (?:[0-9A-Za-z(+]|[^\s0-9:：]{0,6}(?:連絡先|電話|電話番号|TEL|Tel|tel|携帯|℡|メール|mail|Mail)"
                          r"[ ]?[:：]?[ ]?[0-9(+])")
# a child's roll: a guardian's field on the row or above the rows (保護者連絡先, 父母, (母) 090-…): a birth
# there is fewer than ten years past as often as not (a pupils' or a nursery's list)
_GUARDIAN = re.compile(r"保護者|父兄|父母|[(（](?:母|父|祖母|祖父)[)）]")
# the gate: a phone's or a passport's shape somewhere in the text (a mail's @ is tested apart)
NUMBER_SHAPE = re.compile(r"0[0-9]{1,4}[-(][0-9]{1,4}[-)][0-9]{3,4}|0[5789]0[0-9]{8}|[A-Z]{2}[0-9]{7}|\+81")
_DATE_LABEL = re.compile(r"日(?![一-龥ぁ-んァ-ヺ])|date|joined|since", re.IGNORECASE)  # a header's date column (入会日, Joined; not 日帰り)
YOUNGEST, APART, LEAST_ROWS = 10, 10, 2  # years past at least; years to any other date of the line; rows
YOUNGEST_CHILD, _HEAD = 1, 200  # years past at least in a child's roll; characters of a text's title and header


def _named_before(before: str) -> bool:
    """Whether a field before the date (the line's text up to it) is a name alone."""
    return any(_NAME.fullmatch(f) and not NOT_A_NAME.search(f) for f in fields(before)[-3:])


def roll_birth(text: str, start: int, end: int) -> dt.date | None:
    """The date at [start, end) when its line is a roll's row of a person (see the module);
    the cheap tests first (a roll's texts hold many dates that are no one's)."""
    if text.endswith(": ", 0, start):
        return None  # a sheet's cell under its header composed before it (生年月日: …): the column readers'
    row, row_end = line_bounds(text, start)
    if start == row or not (alone_in_field(text, start, end, row, row_end) or _NUMBER_NEXT.match(text, end, row_end)):
        return None  # the date alone in its field, after the person's (ideographic blanks fold to one)
    if not _OWN_NUMBER.search(text, end, row_end) and not _OWN_NUMBER.search(text, row, start):
        return None
    born = parse(text[start:end])
    if born is None or born.year > dt.date.today().year - _youngest(text, row, row_end) or not _named_before(text[row:start]):
        return None
    others = (parse(m.group()) for m in DATE_START.finditer(text, row, row_end) if m.start() != start)
    return born if all(d is None or d.year - born.year >= APART for d in others) else None


def _youngest(text: str, row: int, row_end: int) -> int:
    """Years past a roll's birth is at least: one in a child's roll (a guardian's field on the row
    or in the text's head, its title or header), YOUNGEST in any other."""
    if _GUARDIAN.search(text, row, row_end) or _GUARDIAN.search(text, 0, min(row, _HEAD)):
        return YOUNGEST_CHILD
    return YOUNGEST


ROLL_PREFILTER = r"[0-9日](?: |\t| ?[,，、|｜])"  # a date's last letter at a field's edge


def may_hold_a_roll(text: str) -> bool:
    """The gate after the prefilter: a person's number of some shape in the text."""
    return "@" in text or NUMBER_SHAPE.search(text) is not None


@lru_cache(maxsize=8)
def roll_rows(text: str) -> int:
    """How many lines of the text are a roll's rows (at most LEAST_ROWS counted); asked by the
    birth's and the person's recognizers of the same text, read once."""
    rows: set[int] = set()
    for match in DATE_START.finditer(text):
        if roll_birth(text, *match.span()) is not None:
            rows.add(line_bounds(text, match.start())[0])
            if len(rows) >= LEAST_ROWS:
                break
    return len(rows)


def _header_names_a_date(text: str, first_row: int) -> bool:
    """Whether the nearest written line above the first row is a header naming a date
    column that is no birth (氏名 入会日 電話: the column readers say what each date is)."""
    above = text[:first_row].rstrip().rpartition("\n")[2]
    return (not any(c.isdigit() for c in above) and bool(_DATE_LABEL.search(above))
            and not _BIRTH_HEADER.search(above) and bool(SEPARATOR.search(above)))


class RollDateOfBirthRecognizer(DateOfBirthRecognizer):
    PATTERNS = (("date_in_roll_row", DATE_START.pattern + r"(?![0-9])", 0.7),)
    # the line decides (the date alone in its field has no label): a 旅券番号 or 電話 field beside
    # it, a 転入会 status after it, the line above's words are the roll's, no other date's label
    NEGATIVE_CONTEXT = ()
    PREFILTER = ROLL_PREFILTER

    def may_match(self, text: str) -> bool:
        return super().may_match(text) and may_hold_a_roll(text)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if roll_rows(text) < LEAST_ROWS:
            return []  # no roll: the base's reading of every date (its context, its labels) is not paid
        results = [r for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
                   if roll_birth(text, r.start, r.end) is not None]
        if len({line_bounds(text, r.start) for r in results}) < LEAST_ROWS or len({text[r.start:r.end] for r in results}) < LEAST_ROWS:
            return []
        return [] if _header_names_a_date(text, line_bounds(text, results[0].start)[0]) else results
