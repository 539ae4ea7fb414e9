"""Births in day-first and two-digit forms, and a year and month of birth (issue 12,
second dates work); dates that are not births beside them. The real GiNZA detector;
synthetic values."""

import datetime as dt

import pytest

from detectors.jp.date_of_birth_forms import day_first, full_year

# (text, dates of birth found: ISO dates, or YYYY-MM for a year and month)
BIRTHS = [
    ("Date of Birth: 23/07/1991", {"1991-07-23"}),
    ("DOB 07/23/1991", {"1991-07-23"}),  # a US form: only month first is a date
    ("D.O.B.: 05.11.1987", {"1987-11-05"}),  # both up to 12: day first
    ("Birthday: 30-01-1979", {"1979-01-30"}),
    ("Born on 14/02/1990 in Da Nang.", {"1990-02-14"}),
    ("Date of birth: 1988-Mar-17", {"1988-03-17"}),
    ("生年月日 17 Mar 1988", {"1988-03-17"}),
    ("生年月日 March 17 1988", {"1988-03-17"}),
    ("生年月日 ’83年9月2日", {"1983-09-02"}),
    ("生年月日: 83/09/02", {"1983-09-02"}),
    ("生年月日: 07.11.20", {"2007-11-20"}),
    ("生年月日 H3-6-9", {"1991-06-09"}),
    ("生年月日 H31.5.1", set()),  # after 平成31年4月30日: no era letter read as yy
    ("生年月日 S99.1.2", set()),
    ("1983年9月生まれの長男", {"1983-09"}),
    ("応募者 木村 大地（昭和58年9月生）", {"1983-09"}),
    ("生年月：1983/09", {"1983-09"}),
    ("生年月 1983年9月", {"1983-09"}),
    # a birth date with its day stays a date
    ("1983年9月2日生まれ", {"1983-09-02"}),
    # not births
    ("Arrival: 23/07/2024", set()),
    ("Passport expiry: 23/07/2031", set()),
    ("Date of Birth: 12/03/1988\nVisa until 14/03/2029", {"1988-03-12"}),
    ("Invoice date: 2026-Mar-17", set()),
    ("有効期限 26/03/31", set()),
    ("発行日 17.03.2026", set()),
    ("1983年生まれ", set()),  # a year alone: not a date of birth (decided)
    ("誕生日は9月2日です。", set()),  # a birthday without a year (decided)
    ("2026年4月生産分の出荷", set()),
    ("2024年4月生の新入社員研修", set()),  # an intake, beside 入社
    ("生年月日 〃", set()),
    ("生年月日 同上", set()),
]


@pytest.mark.parametrize("text,expected", BIRTHS)
def test_day_first_two_digit_and_year_month_births(detector, text, expected):
    found = {d.value for d in detector.detect(text) if d.entity_type == "DATE_OF_BIRTH"}
    assert found == expected


def test_a_two_digit_year_is_never_after_today():
    today = dt.date(2026, 12, 2)
    assert full_year("26", today) == 2026 and full_year("27", today) == 1927 and full_year("05", today) == 2005


def test_day_first_unless_only_month_first_is_a_date():
    assert day_first("05", "11", "1987") == dt.date(1987, 11, 5)
    assert day_first("11", "25", "1987") == dt.date(1987, 11, 25)
    assert day_first("13", "13", "1987") is None
