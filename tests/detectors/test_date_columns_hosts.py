"""Births beside later dates of the same person in exports without a header (hostdates):
a column of joining dates is no births when the records hold an earlier date column,
whether or not that one looks like births itself, nor when its dates crowd on April
1st; dates with separators that a fixed-width layout cut apart (`S45. 4.12`) are joined,
and dates written edge to edge (`1975/04/122001/04/01`) are cut apart. Made-up dates."""

import datetime as dt

import pytest

from detectors.columns.date_fields import cut_dates, date_ends, date_layout, parted_dates
from detectors.columns.dates import birth_columns
from detectors.columns.digit_runs import digit_run_cuts

TODAY = dt.date(2026, 12, 1)
# births whose day was unknown and written as the 1st: no column of births by themselves
FIRST_DAY_BIRTHS = ["19520101", "19610701", "19680301", "19730901", "19791101", "19850501", "19900214"]
# long-serving staff: hired over four decades, on any day
HIRED = ["19780316", "19860922", "19910612", "19970108", "20020827", "20090414", "20130219"]


def test_a_joining_column_is_no_births_beside_an_earlier_date_column_that_is_none_either():
    assert birth_columns({0: FIRST_DAY_BIRTHS, 1: HIRED}, TODAY) == set()


def test_the_earlier_of_two_date_columns_per_record_is_the_birth_whichever_comes_first():
    births = ["19570913", "19640428", "19700105", "19751230", "19820617", "19880311", "19911024"]
    assert birth_columns({3: HIRED, 5: births}, TODAY) == {5}
    assert birth_columns({3: births, 5: HIRED}, TODAY) == {3}


def test_dates_crowding_on_april_first_are_no_births():
    enrolled = ["19790401", "19850401", "19920401", "19980401", "20030519", "20070822", "20111130",
                "20140707", "19880912", "19950228"]
    assert birth_columns({0: enrolled}, TODAY) == set()


def test_a_birth_column_alone_is_still_births():
    births = ["S32.09.13", "S39.04.28", "S45.01.05", "S50.12.30", "S57.06.17", "S63.03.11", "H03.10.24"]
    assert birth_columns({0: births}, TODAY) == {0}


@pytest.mark.parametrize("text, ends", [
    ("S45. 4.12", [9]),
    ("昭和46年10月11日2002/11/160969", [11, 21]),
    ("1975/ 4/ 92001/04/01", [10, 20]),  # a day padded with a blank has one digit
    ("2012/ 2/ 10581", [10]),
    ("平成元年 5月 1日", [10]),
    ("1961.05.210439", [10]),
    ("03-1234-5678", []),  # a phone: no year
    ("19750412", []),  # no separators: a run of digits (detectors.columns.digit_runs)
])
def test_dates_written_one_after_the_other(text, ends):
    assert date_ends(text) == ends


def test_fields_parted_by_the_blank_inside_a_date_are_one():
    records = [("S44.", "S44. 8.18"), ("H 8.", "H 8. 3.15"), ("S38.", "S38. 7.28"), ("S61.", "S61.11. 2"),
               ("昭和40年", "昭和40年 3月24日")]
    assert parted_dates(records)


def test_a_number_beside_a_date_is_not_joined_to_it():
    records = [("0036878", "0036878 S33.01.21"), ("0006886", "0006886 S35.07.08"),
               ("0070720", "0070720 H03.01.22"), ("0072315", "0072315 H07.07.27")]
    assert not parted_dates(records)


def test_two_dates_and_a_code_edge_to_edge_are_cut_apart():
    values = ["1975/ 4/ 92001/04/010387", "1980/12/102005/ 4/ 10388", "1966/01/302001/11/300389",
              "1990/ 1/ 12012/ 4/ 1"]
    layout = date_layout(values)
    assert layout == (0, 2)
    assert [cut_dates(v, layout) for v in values] == [
        ["1975/ 4/ 9", "2001/04/01", "0387"], ["1980/12/10", "2005/ 4/ 1", "0388"],
        ["1966/01/30", "2001/11/30", "0389"], ["1990/ 1/ 1", "2012/ 4/ 1", ""]]


def test_a_staff_number_before_a_date_is_cut_off():
    values = ["000123S45.04.12", "000124H02.11.30", "000125S60.01.02", "000126S33.12.12"]
    layout = date_layout(values)
    assert layout == (6, 1)
    assert cut_dates(values[0], layout) == ["000123", "S45.04.12", ""]


def test_a_column_of_single_dates_needs_no_cut():
    assert date_layout(["1975/04/09", "1980/12/10", "1966/01/30", "1990/01/01"]) is None
    assert date_layout(["ｹｰｽ", "ﾊﾟﾚｯﾄ", "ｺﾝﾃﾅ", "ｹｰｽ"]) is None


def test_a_joining_column_is_no_births_beside_births_in_the_one_to_five_era_code():
    coded_births = ["3310207", "3380924", "3450503", "3520111", "3590829", "4030315", "3340602"]  # 3 昭和, 4 平成
    assert birth_columns({0: coded_births, 1: HIRED}, TODAY) == {0}  # the coded births are births (hostdates3)


def test_a_run_with_digits_that_phonenumbers_cannot_parse_is_cut_without_error():
    runs = [f"{n:08d}0102928156{20260300 + n}" for n in range(11, 17)]  # 010…: Japan's international prefix
    assert digit_run_cuts(runs, [None] * len(runs)) == [18, 26]  # no phone there: the digits before the date stay whole
