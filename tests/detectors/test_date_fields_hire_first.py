"""Cuts of the date fields of HR masters whose hire date comes first, written edge to
edge with a record letter, a staff number or a grade (hostdates2), and the columns
those cuts give; made-up values."""

import datetime as dt

from detectors.columns.date_fields import cut_dates, date_layout, half_width
from detectors.columns.dates import birth_columns, dates_of
from detectors.columns.digit_runs import digit_run_cuts

HIRES = ["H030614", "S620801", "H110222", "R020915", "H190107"]
BIRTHS = ["S440606", "S381119", "S520330", "H040711", "S570224"]


def test_an_era_letter_date_before_a_grade_is_cut_from_it():
    values = [birth + f"{n:02d}" for n, birth in enumerate(BIRTHS, 3)]
    layout = date_layout(values)
    assert [cut_dates(value, layout) for value in values[:2]] == [["S440606", "03"], ["S381119", "04"]]


def test_dates_after_a_record_letter_and_digits_are_cut_out():
    pairs = ["1990/01/101960/10/01", "1991/02/111961/11/02", "2003/07/251978/04/30", "1985/12/011959/06/18",
             "2011/09/141986/02/27"]
    values = [f"D{1203 + n:06d}" + pair + f"{n + 6:02d}" for n, pair in enumerate(pairs)]
    layout = date_layout(values)
    assert cut_dates(values[1], layout) == ["D001204", "1991/02/11", "1961/11/02", "07"]


def test_a_code_with_a_record_letter_is_no_date():
    assert date_layout([f"D{n:06d}" for n in range(10, 60, 7)]) is None


def test_full_width_digits_read_one_for_one():
    assert half_width("平成０９年０４月０１日") == "平成09年04月01日"
    assert dates_of(["昭和３８年１０月１２日", "昭和４１年０５月２１日", "平成０２年０１月０８日", "昭和５０年０３月０３日"])[0] == \
        dt.date(1963, 10, 12)


def test_a_birth_and_a_grade_in_ten_digits_are_cut_and_phones_are_not():
    runs = [f"19{55 + n}0{n + 1}1{n}0{n + 1}" for n in range(6)]
    assert digit_run_cuts(runs, [None] * 6) == [8, 10]
    phones = ["0312345678", "0667891234", "0522223333", "0924445555", "0115556666", "0457778888"]
    assert digit_run_cuts(phones, [None] * 6) == []


def test_the_hire_column_before_the_birth_column_is_no_births():
    hires = ["19830515", "19920305", "20010920", "19880711", "20070802", "19960126"]
    births = ["19580203", "19690917", "19770411", "19630628", "19810519", "19721130"]
    assert birth_columns({0: hires, 1: births}, dt.date(2026, 12, 1)) == {1}
