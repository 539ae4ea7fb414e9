"""Births beside deaths and births in other habits (issue 12, births13): a record holding a
birth and a death reports the birth only, whether the death's label ends in 日 or not (逝去:,
DOD, Date of death, 死亡日 | …), the death is said after its date (…没, …に永眠) or before it in
English (passed away on), or the two dates are a pair (生没, 故 …（…～…）, …享年); the other days of
a life (命日, 葬儀日, 入籍日) are no births; a 出生届's 生まれた日時, the era's year with the
Western one in brackets before 年. The real GiNZA detector; synthetic values."""

import pytest

# (text, dates of birth found, as ISO dates)
CASES = [
    ("生年月日：1930年4月1日　逝去：2015年6月7日", {"1930-04-01"}),
    ("DOB 1930-04-01 DOD 2015-06-07", {"1930-04-01"}),
    ("Date of birth: 1 April 1930  Date of death: 7 June 2015", {"1930-04-01"}),
    ("生年月日 | 昭和5年4月1日 | 死亡日 | 平成27年6月7日", {"1930-04-01"}),
    ("生年月日：昭和5年4月1日（平成27年6月7日没）", {"1930-04-01"}),
    ("生年月日 1931年5月6日　2010年1月2日帰天", {"1931-05-06"}),
    ("Born on 6 May 1931 in Osaka. Passed away on 2 January 2010.", {"1931-05-06"}),
    ("1931年5月6日に大阪で生まれ、2010年1月2日に78歳で亡くなりました。", {"1931-05-06"}),
    ("生年月日 昭和5年4月1日　没年月日 平成30年3月5日", {"1930-04-01"}),
    ("生年月日\t死亡日\n昭和5年4月1日\t平成27年6月7日", {"1930-04-01"}),
    ("生没年 1920年3月1日～1998年7月2日", {"1920-03-01"}),
    ("生歿　1931年5月6日〜2010年1月2日", {"1931-05-06"}),
    ("故 山田一郎（1920年3月1日 - 1998年7月2日）", {"1920-03-01"}),
    ("1931年5月6日～2010年1月2日（享年79歳）", {"1931-05-06"}),
    ("生年月日: 1938/7/26～2006/2/27", {"1938-07-26"}),
    ("生まれた日時　令和6年1月5日午後2時10分", {"2024-01-05"}),
    ("生年月日：昭和60（1985）年4月3日", {"1985-04-03"}),
    ("1985（昭和60）年4月3日生", {"1985-04-03"}),
    ("生年月日 1980年4月1日 死亡保険金受取人 山田花子", {"1980-04-01"}),  # 死亡 of a word that labels what follows
    ("享年85歳　2020年5月1日逝去", set()),
    ("命日：2019年8月15日", set()),
    ("葬儀日：2024年2月6日", set()),
    ("結婚記念日 2001年5月5日", set()),
    ("山田太郎（2024年4月1日～2025年3月31日）", set()),  # a pair without 生没, 故 or 享年: a period
    ("在籍期間 2010年4月1日～2015年3月31日", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_birth_is_reported_and_a_death_is_not(detector, text, expected):
    assert {d.value for d in detector.detect(text) if d.entity_type == "DATE_OF_BIRTH"} == expected
