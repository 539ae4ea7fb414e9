"""Birth dates where no 生年月日 stands right before them (an age beside the date, both
years written, born / 生年 / D.O.B., a birthday with its year after it), dates that
are not births beside them, postal codes in an English address, names in mail
bodies with Windows line ends. The real GiNZA detector; synthetic values."""

import pytest

BIRTHS = [
    # an age beside the date, either side, with or without 満 and a unit
    ("西村 雅人（1983年9月27日・42歳）が来所", {"1983-09-27"}),
    ("1983/09/27 (満42歳)", {"1983-09-27"}),
    ("平成7.2.14（31）", {"1995-02-14"}),
    ("42才／昭和58年9月27日", {"1983-09-27"}),
    ("年齢 42歳, 1983.9.27", {"1983-09-27"}),
    # both years written
    ("生年月日：昭和58年（1983年）9月27日", {"1983-09-27"}),
    ("1983年（昭和58年）9月27日生まれ", {"1983-09-27"}),
    # birth words other than 生年月日
    ("生年：昭和58年9月27日", {"1983-09-27"}),
    ("Born on 27 September 1983 in Sendai", {"1983-09-27"}),
    ("D.O.B.: 1983-09-27", {"1983-09-27"}),
    ("お誕生日 9月27日（1983年）", {"1983-09-27"}),
    # not births
    ("2026/4/1（2）", set()),  # a bare small number is no age
    ("研修日 2026年4月1日（10名）", set()),
    ("1983年（昭和59年）9月27日生", set()),  # the two years disagree
    ("入社日：平成24年（2012年）4月1日", set()),
    ("予定日 9月27日（2026年）", set()),  # a day with its year, but no birth word
    ("1990年4月1日（36歳）に入社", set()),  # the age at joining: 入社 right after
    ("面談日 2026/05/12（3回目）", set()),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", BIRTHS)
def test_births_beside_ages_and_other_words(detector, text, expected):
    assert {d.value for d in detector.detect(text) if d.entity_type == "DATE_OF_BIRTH"} == expected


@pytest.mark.slow
def test_only_the_date_is_reported_not_its_age(detector):
    text = "1983/09/27 (満42歳)"
    assert [d.text for d in detector.detect(text) if d.entity_type == "DATE_OF_BIRTH"] == ["1983/09/27"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Address: 3-8-1 Nishiki, Naka-ku, Nagoya, Aichi 460-0003", {"4600003"}),
    ("4-2-8 Shiba-koen, Minato-ku, Tokyo 105-0011, Japan", {"1050011"}),
    ("Postcode 105-0011", {"1050011"}),
    ("Invoice 105-0011 issued", set()),
    ("〒 105 - 0011　港区芝公園4-2-8", {"1050011"}),
    ("105-0011 港区芝公園4-2-8", {"1050011"}),  # right before a municipality and its block
    ("品番 105-0011 区分B", set()),
])
def test_postal_codes_in_english_and_loose_addresses(detector, text, expected):
    assert {d.value for d in detector.detect(text) if d.entity_type == "POSTAL_CODE"} == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("申込者：宮脇 凛\r\n電話：090-2718-2818\r\n", ["宮脇 凛"]),  # a one-character given name before CRLF
    ("成田 真奈美 様", ["成田 真奈美"]),  # a surname the dictionary reads as a place, addressed
])
def test_names_in_mail_bodies(detector, text, expected):
    assert [d.text for d in detector.detect(text) if d.entity_type == "PERSON"] == expected
