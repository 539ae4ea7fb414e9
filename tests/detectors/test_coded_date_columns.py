"""Births in a host HR master's short forms, and hire dates told from them (hostdates3):
the host's 元号コード (1 明治 … 5 令和) before YYMMDD and a two-digit Western year are read
as a whole column only; a date column lying after another in most records, years after
in the median record, is no births; a lone date column with two traits of hire dates is
no births either. Made-up dates."""

import datetime as dt

import pytest

from detectors.columns import column_labels
from detectors.columns.coded_dates import coded_dates, parted_era_codes
from detectors.columns.dates import birth_columns, birth_labels
from detectors.jp.date_of_birth_coded import ERA_CODE_LABEL, SHORT_YEAR_LABEL, era_coded, short_year

TODAY = dt.date(2026, 12, 1)
CODED = ["3310207", "3380924", "3450503", "3520111", "3590829", "4030315", "3340602"]  # 3 昭和, 4 平成
SHORT = ["56/02/07", "63/09/24", "70/05/03", "77/01/11", "84/08/29", "91/03/15", "59/06/02"]
HIRED = ["19780316", "19860922", "19910612", "19970108", "20020827", "20090414", "20130219"]


@pytest.mark.parametrize("text, date", [
    ("3450412", dt.date(1970, 4, 12)), ("3-45-04-12", dt.date(1970, 4, 12)), ("3-450412", dt.date(1970, 4, 12)),
    ("3 450412", dt.date(1970, 4, 12)), ("4030315", dt.date(1991, 3, 15)), ("5070401", dt.date(2025, 4, 1)),
    ("2100101", dt.date(1921, 1, 1)), ("3450431", None), ("6450412", None), ("345-04-12", None), ("2200101", None)])
def test_the_host_era_code_is_read_with_or_without_separators(text, date):
    assert era_coded(text) == date


@pytest.mark.parametrize("text, date", [
    ("75/04/12", dt.date(1975, 4, 12)), ("750412", dt.date(1975, 4, 12)), ("05.11.30", dt.date(2005, 11, 30)),
    ("27/01/01", dt.date(1927, 1, 1)), ("75/04/31", None), ("75/0412", None), ("7504", None)])
def test_a_two_digit_year_is_put_in_the_century_at_or_before_today(text, date):
    assert short_year(text, TODAY) == date


def test_a_column_is_read_in_its_short_form_only_when_most_values_parse():
    assert coded_dates(CODED, TODAY, 4, 0.8)[0] == ERA_CODE_LABEL
    assert coded_dates([v.replace("/", "") for v in SHORT], TODAY, 4, 0.8)[0] == SHORT_YEAR_LABEL
    postal = ["1500041", "5300001", "9800811", "0600042", "4600008", "8100001", "7300011"]
    assert coded_dates(postal, TODAY, 4, 0.8) is None
    assert coded_dates(CODED[:3], TODAY, 4, 0.8) is None  # too few to tell


def test_short_form_births_beside_hire_dates_are_births_each_with_its_label():
    assert birth_labels({0: CODED, 1: HIRED}, TODAY) == {0: ERA_CODE_LABEL}
    assert birth_labels({2: HIRED, 3: SHORT}, TODAY) == {3: SHORT_YEAR_LABEL}
    assert birth_labels({0: CODED, 1: [v[2:] for v in HIRED]}, TODAY) == {0: ERA_CODE_LABEL}  # hire dates in yymmdd


def test_hire_dates_under_fifteen_years_after_the_birth_are_no_births():
    births = ["19620513", "19680921", "19710304", "19750817", "19790126", "19830610", "19870402"]
    hired = ["19780410", "19830407", "19880915", "19890401", "19950313", "19981102", "20030617"]  # 16, 14, 17 … 16
    assert birth_columns({0: births, 1: hired}, TODAY) == {0}


def test_two_peoples_births_side_by_side_are_both_births():
    spouses = ["19650211", "19640930", "19720514", "19751123", "19770802", "19811018", "19890305"]
    births = ["19620513", "19680921", "19710304", "19750817", "19790126", "19830610", "19870402"]
    assert birth_columns({0: births, 1: spouses}, TODAY) == {0, 1}


def test_a_lone_column_of_hire_dates_on_firsts_and_in_recent_years_is_no_births():
    hired = ["19790401", "19850612", "19920310", "19980701", "20030519", "19890822", "20141001",  # a third on a 1st,
             "20180707", "19970115", "20221101", "19950228", "20080916"]  # a quarter in the last 15 years
    assert birth_columns({0: hired}, TODAY) == set()


def test_a_lone_birth_column_with_a_few_firsts_is_still_births():
    births = ["19570913", "19640401", "19700105", "19751230", "19820617", "19880311", "19911024",
              "19680801", "19730219", "19851111", "19621207", "19990628"]
    assert birth_columns({0: births}, TODAY) == {0}


def test_coded_births_beside_an_address_are_no_postal_codes():
    columns = {0: ["大阪府大阪市北区梅田1-2-3", "京都府京都市中京区河原町4-5", "兵庫県神戸市中央区港島6-7",
                   "奈良県奈良市三条町8-9", "滋賀県大津市浜町1-10", "和歌山県和歌山市本町2-11", "大阪府堺市堺区大町3-12"],
               1: CODED, 2: HIRED}
    assert column_labels(columns, TODAY)[1] == ERA_CODE_LABEL


def test_an_era_code_in_a_field_of_its_own_is_one_date_with_the_next_field():
    pairs = (("3", "450412"), ("4", "030315"), ("3", "590829"), ("3", "380924"), ("4", "110202"))
    fields = [(code + " ", code + " " + rest + " ") for code, rest in pairs]
    assert parted_era_codes(fields, 4, 0.8)
    departments = [("3 ", "3 012345 "), ("4 ", "4 998877 "), ("1 ", "1 123456 "), ("2 ", "2 654321 "),
                   ("5 ", "5 000001 ")]
    assert not parted_era_codes(departments, 4, 0.8)


def test_six_digits_after_a_column_of_era_codes_are_no_western_years():
    codes = ["5", "5", "7", "5", "5", "7", "5"]
    days = ["371009", "390927", "080617", "550407", "311212", "130822", "470204"]
    assert coded_dates(days, TODAY, 4, 0.8, before=codes) is None  # 昭和37年, not 1937
    assert coded_dates(days, TODAY, 4, 0.8, before=["1", "2", "2", "1", "1", "2", "1"])[0] == SHORT_YEAR_LABEL  # a sex


def test_staff_numbers_that_read_as_days_of_one_month_are_no_dates():
    assert coded_dates([f"{510 + n:06d}" for n in range(12)], TODAY, 4, 0.8) is None
