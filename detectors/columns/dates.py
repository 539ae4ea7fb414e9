"""Which date columns of a table without a header hold births: told by the dates
as a whole. Births of a roster or a customer file spread over decades and lie
mostly 15 to 110 years back, on any day of a month; the dates of slips, receipts
and issues (売上日, 受付日, 発行日) cluster within a year or two; dates of joining
or of insurance (入社日, 資格取得日) fall on the 1st of a month (or on April 1st) far more
often than births do, and lie years after the birth in the same record: a column
that lies years after any other date column of its records is no births, whether or
not that other column looks like births itself (a birth column with many 1st days,
or long-serving staff whose 入社日 spread over decades as births do). A host's short
forms (`3450412` in its 元号コード, `75/04/12`) are read here as a whole column
(detectors/columns/coded_dates.py) and labelled for what they are."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from detectors.columns.coded_dates import coded_dates
from detectors.columns.date_fields import half_width
from detectors.jp.date_of_birth import parse

VALID_SHARE = 0.8  # of a column's values that must be dates
MIN_DATES = 4
MIN_SPREAD_YEARS = 10  # between the 10th and the 90th percentile of the years
MIN_AGE, MAX_AGE = 15, 110  # years back from today (a care home's roll holds centenarians)
AGED_SHARE = 0.7  # of the dates that lie MIN_AGE..MAX_AGE years back
MAX_FIRST_OF_MONTH = 0.4  # births fall on the 1st one day in 30; joining and insurance dates mostly
LATER_SHARE = 0.6  # of the records where a date column lies after another: no births (入社日 after 生年月日)
LATER_MEDIAN_YEARS = 8  # ...when its median gap is this long (two people's births lie either way, near)
MAX_APRIL_FIRSTS = 0.1  # of the dates on April 1st, the day Japan hires, enrols and starts its fiscal year
MIN_APRIL_FIRSTS = 3  # births on one given day: three of a file happen by chance in one in ~10,000 files
# A lone date column (no other date column to lie after) with two of these traits of hire
# dates is no births: births fall on the 1st one day in 30, on April 1st one in 365, and a
# staff's births lie over MIN_AGE years back
LONE_FIRSTS, LONE_APRIL_FIRSTS, LONE_RECENT = 0.15, 0.05, 0.15  # shares of the dates
LONE_MIN_COUNT = 3  # of the dates with a trait, whatever the share

BIRTH_LABEL = "生年月日"
# a short date with an era's initial (S06.08.04) and one without it (33.11.03)
_ERA_SHORT = re.compile(r"([MTSHR])[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{1,2}$")
_BARE_SHORT = re.compile(r"[0-9]{2}[./-][0-9]{1,2}[./-][0-9]{1,2}$")
Column = Sequence[str]  # a column's cell texts, one per record ("" where blank)


def dates_of(column: Column) -> list[dt.date | None] | None:
    """Each record's date (None where blank or not a date), or None when the column
    is not one of dates."""
    dates = [parse(half_width(value)) if value else None for value in column]
    era = _column_era(column, dates)
    if era:  # the era the writer left out where it is the column's own (S06.08.04 beside 33.11.03)
        dates = [date or (parse(era + half_width(value)) if _BARE_SHORT.match(half_width(value)) else None)
                 for value, date in zip(column, dates)]
    filled = sum(1 for value in column if value)
    found = sum(1 for date in dates if date is not None)
    return dates if found >= MIN_DATES and found >= VALID_SHARE * filled else None


def _percentile(values: list[int], share: float) -> int:
    return values[min(len(values) - 1, int(share * len(values)))]


def _spread_like_births(dates: list[dt.date], today: dt.date, youngest: int = MIN_AGE) -> bool:
    """youngest: years back from today most births lie at least (0 for patients: a claim is a child's too)."""
    years = sorted(date.year for date in dates)
    if _percentile(years, 0.9) - _percentile(years, 0.1) < MIN_SPREAD_YEARS:
        return False
    aged = sum(1 for date in dates if youngest <= (today - date).days / 365.25 <= MAX_AGE)
    first_days = sum(1 for date in dates if date.day == 1)
    april_firsts = sum(1 for date in dates if (date.month, date.day) == (4, 1))
    return (aged >= AGED_SHARE * len(dates) and first_days <= MAX_FIRST_OF_MONTH * len(dates)
            and (april_firsts < MIN_APRIL_FIRSTS or april_firsts <= MAX_APRIL_FIRSTS * len(dates)))


def _hire_traits(dates: list[dt.date], today: dt.date) -> int:
    """How many traits of hire dates a column's dates show (see LONE_FIRSTS)."""
    counts = (sum(1 for date in dates if date.day == 1), sum(1 for date in dates if (date.month, date.day) == (4, 1)),
              sum(1 for date in dates if (today - date).days < MIN_AGE * 365.25))
    return sum(1 for count, share in zip(counts, (LONE_FIRSTS, LONE_APRIL_FIRSTS, LONE_RECENT))
               if count >= max(LONE_MIN_COUNT, share * len(dates)))


def _later(later: list[dt.date | None], earlier: list[dt.date | None]) -> bool:
    """Whether the first column's dates lie after the second's in most records, years
    after in the median record (hire dates of school leavers lie under 15 years after
    the birth; a file's hire dates may be typed in loosely)."""
    gaps = sorted((a - b).days for a, b in zip(later, earlier) if a is not None and b is not None)
    return (bool(gaps) and sum(1 for gap in gaps if gap > 0) >= LATER_SHARE * len(gaps)
            and gaps[len(gaps) // 2] >= LATER_MEDIAN_YEARS * 365)


def birth_labels(columns: Mapping[int, Column], today: dt.date | None = None, patients: bool = False) -> dict[int, str]:
    """The columns of births among columns (by index, values aligned by record), each
    with its label (生年月日, or the label of a host's short form): not one that lies
    years after another date column of the same records. patients: records of a claim
    (an insurer's number, a diagnosis), whose births are children's as often as adults'."""
    today = today or dt.date.today()
    read = {c: dates for c, column in columns.items() if (dates := dates_of(column)) is not None}
    coded = {c: found for c, column in columns.items()
             if c not in read and (found := coded_dates(column, today, MIN_DATES, VALID_SHARE, columns.get(c - 1)))
             is not None}
    dated = read | {c: dates for c, (_, dates) in coded.items()}
    labels = {c: BIRTH_LABEL for c in read} | {c: label for c, (label, _) in coded.items()}
    youngest = 0 if patients else MIN_AGE
    births = {c for c, dates in dated.items() if _spread_like_births([d for d in dates if d], today, youngest)}
    if len(dated) == 1:  # nothing to lie after: a hire date tells itself by its days
        births = {c for c in births if _hire_traits([d for d in dated[c] if d], today) < 2}
    return {c: labels[c] for c in births if not any(_later(dated[c], dated[other]) for other in dated if other != c)}


def birth_columns(columns: Mapping[int, Column], today: dt.date | None = None) -> set[int]:
    """The columns of births among columns (see birth_labels)."""
    return set(birth_labels(columns, today))


def _column_era(column: Column, dates: list[dt.date | None]) -> str:
    """The era initial most of a column's dated values carry when its other values are
    the same short date bare (a host or a clerk writes 昭和 where it is the common one)."""
    eras = Counter(m.group(1) for value, date in zip(column, dates)
                   if date and (m := _ERA_SHORT.match(half_width(value).strip())))
    bare = sum(1 for value, date in zip(column, dates) if value and not date and _BARE_SHORT.match(half_width(value)))
    return eras.most_common(1)[0][0] if eras and bare else ""
