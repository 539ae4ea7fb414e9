"""Where to cut a run of digits that a host wrote edge to edge (a birth YYYYMMDD, a
postal code and a phone number with no blank between them: 1975041215000020312345678)
into the fields it is made of, told by the column as a whole: a piece is cut out where,
at the same offsets in most records, it is a real date, a valid phone number, or a
postal code of the prefecture the record's address (or, where it names none, the area
code of the landline cut from the same run) names, or a bank's 全銀 fields (a 4-digit
bank code, a 3-digit branch, a 預金種目 code 1, 2 or 4 and a 7-digit account). Dates are
sought first (few other digits pass their check), then phones in what is left, then
postal codes, then bank fields; digits no type explains (a sex code, a policy number)
stay whole between them. Only the cut is decided here: each piece is then typed as a
column of its own (detectors.columns), so a slip's dates of one year are still no births."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import phonenumbers

from detectors.columns.phones import landline_prefectures
from detectors.columns.places import postal_regions
from detectors.jp.date_of_birth_coded import era_coded

VALID_SHARE = 0.8  # of the judged records whose piece at an offset must be of the type
MIN_VALUES = 4
MIN_RUN = 12  # digits: shorter runs are one value (a date, a code, a phone)
MIN_DATED_RUN = 10  # digits: a run of 10 or 11 is cut only after a date (19750412 and a grade 07)
OLDEST_YEAR = 1868
CODED_RUN = 8  # a one-digit code (a sex: 1, 2) glued before a 元号コード date (3450412); 9 before a YYYYMMDD
MIN_YEARS = 3  # a column of one year's dates is a slip's, not a code before a birth

_RUN = re.compile(r"[A-Z]?[0-9]+")  # a record type letter may lead (D0012341975041203)
Run = tuple[str, frozenset[str]]  # a record's run of digits, the prefectures its record names
BANK_RUN = 15  # 全銀: bank 4, branch 3, 預金種目 1, account 7 digits
BANK_CUTS = (4, 7, 8)
_DEPOSIT_TYPES = "124"  # 普通, 当座, 貯蓄


def _date(piece: str, _prefecture: str | None) -> bool:
    if len(piece) != 8:
        return False
    try:
        day = dt.date(int(piece[:4]), int(piece[4:6]), int(piece[6:]))
    except ValueError:
        return False
    return OLDEST_YEAR <= day.year and day <= dt.date.today()


def _phone(piece: str, _prefecture: str | None) -> bool:
    if not piece.startswith("0") or piece.startswith("00") or len(piece) not in (10, 11):
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(piece, "JP"))
    except phonenumbers.NumberParseException:  # 010…: Japan's international prefix, then no country
        return False


def _postal(piece: str, prefectures: frozenset[str]) -> bool | None:
    """Whether the code is one of the prefectures'; None when the record names none."""
    regions = postal_regions()
    return None if not prefectures else len(piece) == 7 and any(piece[:2] in regions.get(p, ()) for p in prefectures)


def _bank_fields(piece: str, _prefectures: frozenset[str]) -> bool:
    return len(piece) == BANK_RUN and piece[BANK_CUTS[-1] - 1] in _DEPOSIT_TYPES


DATES = ((8, _date),)
PHONES = ((11, _phone), (10, _phone))
POSTAL = ((7, _postal),)
BANK = ((BANK_RUN, _bank_fields),)


def _typed(runs: list[Run], length: int, start: int, size: int, valid) -> bool:
    """Whether the piece at start is of the type in most records that can be judged
    (a piece that ends the run is read to each record's own end: 10 or 11 digits).
    Stops at the first record past the misses most records allow: most offsets fail."""
    judged = hits = 0
    allowed = (1 - VALID_SHARE) * len(runs)
    for run, prefecture in runs:
        verdict = valid(run[start:] if start + size == length else run[start:start + size], prefecture)
        judged += verdict is not None
        hits += bool(verdict)
        if judged - hits > allowed:
            return False
    return judged >= MIN_VALUES and hits >= VALID_SHARE * judged


def _covering(runs: list[Run], length: int, span: tuple[int, int], kinds) -> list[tuple[int, int]]:
    """Pieces (start, end) of the kinds that cover most digits of span in the runs."""
    first, last = span
    best: list[tuple[int, list[tuple[int, int]]]] = [(0, [])] * (last - first + 1)
    for start in range(last - 1, first - 1, -1):
        best[start - first] = best[start - first + 1]  # an untyped digit
        for size, valid in kinds:
            end = start + size
            if (end <= last and best[end - first][0] + size > best[start - first][0]
                    and _typed(runs, length, start, size, valid)):
                best[start - first] = (best[end - first][0] + size, [(start, end)] + best[end - first][1])
    return best[0][1]


def _gaps(length: int, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    bounds = [(0, 0)] + sorted(pieces) + [(length, length)]
    return [(a, b) for (_, a), (b, _) in zip(bounds, bounds[1:]) if b > a]


def _leading_runs(values: Sequence[str], prefectures: Sequence[str | None]) -> tuple[list[Run], int] | None:
    """(the runs that reach it, the length that most of the values' leading runs of
    digits reach), or None when most values do not start with a long run."""
    runs = [(m.group() if (m := _RUN.match(value.strip())) else "", frozenset([prefecture]) if prefecture else frozenset())
            for value, prefecture in zip(values, prefectures) if value.strip()]
    if len(runs) < MIN_VALUES:
        return None
    length = sorted((len(run) for run, _ in runs), reverse=True)[int(VALID_SHARE * len(runs)) - 1]
    return ([(run, prefecture) for run, prefecture in runs if len(run) >= length], length) if length >= MIN_DATED_RUN else None


def _western(value: str) -> dt.date | None:
    return dt.date(int(value[:4]), int(value[4:6]), int(value[6:])) if _date(value, None) else None


def _code_before_date(values: Sequence[str], run: int, read) -> bool:
    """Whether most filled values are run digits: a code of one digit, then a date read
    by read (1 19510509: a sex and a birth), over MIN_YEARS years or more."""
    filled = [value.strip() for value in values if value.strip()]
    dates = [read(value[1:]) for value in filled if len(value) == run and value.isdigit()]
    found = [date for date in dates if date is not None]
    return (len(found) >= MIN_VALUES and len(found) >= VALID_SHARE * len(filled)
            and len({date.year for date in found}) >= MIN_YEARS)


def digit_run_cuts(values: Sequence[str], prefectures: Sequence[str | None]) -> list[int]:
    """Offsets (characters from the value's start) at which the leading run of digits of
    this column's values splits into fields, the last one where most runs end (a
    record's own run may end a digit later); [] when it is not such a run.
    prefectures: the prefecture each value's record names, or None."""
    # a 元号コード date (1 3260509: 昭和26年5月9日; no YYYYMMDD reads so, its second digit is 8, 9 or 0)
    for run, read in ((CODED_RUN, era_coded), (CODED_RUN + 1, _western)):
        if _code_before_date(values, run, read):
            return [1, run]
    found = _leading_runs(values, prefectures)
    if found is None:
        return []
    runs, length = found
    pieces = _covering(runs, length, (0, length), DATES)
    if length < MIN_RUN and not any(start == 0 for start, _ in pieces):
        return []  # a short run is one value (a phone, a code) unless it starts with a date
    for kinds in (PHONES, POSTAL, BANK):
        found = [piece for gap in _gaps(length, pieces) for piece in _covering(runs, length, gap, kinds)
                 if kinds is not BANK or _accounts_differ(runs, piece)]
        pieces += found
        if kinds is PHONES:
            runs = _with_landlines(runs, length, found)
    if not pieces:
        return []
    bounds = {bound for piece in pieces for bound in piece}
    bounds |= {start + cut for start, end in pieces if end - start == BANK_RUN for cut in BANK_CUTS}
    return sorted(bounds - {0} | {length})


def _accounts_differ(runs: list[Run], piece: tuple[int, int]) -> bool:
    """Whether the accounts of a piece of 全銀 fields differ from record to record (a
    constant of a run whose 8th digit is a 1 by chance is no transfer's fields)."""
    accounts = [run[piece[0] + BANK_CUTS[-1]:piece[1]] for run, _ in runs]
    return len(set(accounts)) >= VALID_SHARE * len(accounts)


def _with_landlines(runs: list[Run], length: int, phones: list[tuple[int, int]]) -> list[Run]:
    """The runs, each that names no prefecture given those its landline's area code names
    (a person's landline is near his home: his postal code agrees with it)."""
    def named(run: str) -> frozenset[str]:
        return next((found for start, end in phones
                     if (found := landline_prefectures(run[start:] if end == length else run[start:end]))), frozenset())
    return [(run, prefectures or named(run)) for run, prefectures in runs]
