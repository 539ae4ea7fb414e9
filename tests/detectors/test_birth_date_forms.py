"""Dates of birth in the forms offices write them (issue 12), dates that are not
births beside them, and postal codes with the organisation's own left out. The real
GiNZA detector; synthetic values."""

from datetime import datetime

import pytest

from samples import writers as w
from scanner.crawl import crawl

# (text, dates of birth found, as ISO dates)
BIRTHS = [
    ("生年月日 昭和五十五年四月一日", {"1980-04-01"}),
    ("生年月日 平成元年5月1日", {"1989-05-01"}),
    ("生年月日 S55.4.1", {"1980-04-01"}),
    ("生年月日 H2/3/4", {"1990-03-04"}),
    ("生年月日 R1.5.1", {"2019-05-01"}),
    ("生年月日 昭55・4・1", {"1980-04-01"}),
    ("生年月日：昭和 55 年 4 月 1 日", {"1980-04-01"}),
    ("生年月日 １９８０年４月１日", {"1980-04-01"}),
    ("生年月日: 5-550401", {"1980-04-01"}),  # 元号コード 5 (昭和) + YYMMDD of 社会保険 forms
    ("生年月日: 7010108", {"1989-01-08"}),
    ("生年月日: S550401", {"1980-04-01"}),
    ("生年月日: 19800401", {"1980-04-01"}),
    ("昭和55年4月1日生", {"1980-04-01"}),
    ("1980年4月1日生まれの長女", {"1980-04-01"}),
    ("昭和55年 4月 1日生 (満 46 歳)", {"1980-04-01"}),
    ("Date of birth: 01 APR 1980", {"1980-04-01"}),
    ("DOB: April 1, 1980", {"1980-04-01"}),
    ("Date of birth: 1980/04/01", {"1980-04-01"}),
    # a non-birth date's label on the line above does not drop a birth said with 生
    ("面談日 2026年4月20日\n鈴木さん（S55.4.1 生）は市内に在住。", {"1980-04-01"}),
    # the birth beside an exam date: only the birth
    ("生年月日 1980/4/1 受診日 2026/4/20", {"1980-04-01"}),
    ("生年月日 昭和55年4月1日、入社日 2004年4月1日", {"1980-04-01"}),
    # a line with its own label is not under the 生年月日 two lines up
    ("生年月日：昭和54年1月6日\n入社日：2010/4/1\n育児休業期間：2026/4/1〜2026/9/30", {"1979-01-06"}),
    # not births
    ("受診日: 2026/4/20", set()),
    ("次回面談 令和8年10月3日", set()),
    ("Date of expiry: 01 APR 2030", set()),
    ("Date of issue: 1 Apr 2020", set()),
    ("資格取得年月日: 9-010825", set()),  # an era-coded date under another label
    ("整理番号: 5550401", set()),
    ("生年月日：昭和54年1月6日\n郵便番号：7150105", {"1979-01-06"}),  # the postal code under its own label
    ("生年月日: 5-991301", set()),  # no 13th month
]


@pytest.mark.parametrize("text,expected", BIRTHS)
def test_birth_date_forms(detector, text, expected):
    found = {d.value for d in detector.detect(text) if d.entity_type == "DATE_OF_BIRTH"}
    assert found == expected


POSTAL = [
    ("〒150-0002 東京都渋谷区渋谷2-1-1", {"1500002"}),
    ("〒1500002", {"1500002"}),
    ("〒１５０－０００２", {"1500002"}),
    ("郵便番号：1500002", {"1500002"}),
    ("株式会社みなと精機\n〒231-0062 神奈川県横浜市中区桜木町1-1\nTEL 045-201-7700 FAX 045-201-7701", set()),
]


@pytest.mark.parametrize("text,expected", POSTAL)
def test_postal_codes_and_the_organisations_own(detector, text, expected):
    assert {d.value for d in detector.detect(text) if d.entity_type == "POSTAL_CODE"} == expected


def _found(scanner, folder, entity: str) -> set[str]:
    return {f.value for entry in crawl(folder) for record in scanner.scan_entry(entry).walk()
            for f in record.findings if f.entity_type == entity}


@pytest.mark.slow
def test_a_roster_of_birth_forms_with_join_dates_beside_them(scanner, tmp_path):
    rows = [["社員名簿"], ["氏名", "生年月日", "入社日", "資格取得日"],
            ["山田 太郎", "19800401", "2004-04-01", "5-790401"], ["山田 花子", "5-550402", "2006-04-01", ""],
            ["山田 次郎", datetime(1981, 5, 6), datetime(2010, 4, 1), ""], ["山田 三郎", "14 JUN 1990", "", ""]]
    w.write_xlsx(tmp_path / "名簿.xlsx", {"名簿": rows})
    assert _found(scanner, tmp_path, "DATE_OF_BIRTH") == {"1980-04-01", "1980-04-02", "1981-05-06", "1990-06-14"}


@pytest.mark.slow
def test_a_form_with_an_exam_date_beside_the_birth(scanner, tmp_path):
    table = [["氏名", "山田 太郎", "受診日", "2026/04/20"], ["生年月日", "昭和三十年六月十七日", "次回受診", "令和9年10月18日"]]
    w.write_docx(tmp_path / "受診票.docx", ["健康診断 受診票"], table)
    assert _found(scanner, tmp_path, "DATE_OF_BIRTH") == {"1955-06-17"}


@pytest.mark.slow
def test_passport_sheet_in_english(scanner, tmp_path):
    rows = ["Surname,Given name,Date of birth,Date of issue,Date of expiry",
            "NGUYEN,VAN AN,01 APR 1980,02 MAY 2020,02 MAY 2030"]
    (tmp_path / "passports.csv").write_text("\r\n".join(rows), encoding="utf-8")
    assert _found(scanner, tmp_path, "DATE_OF_BIRTH") == {"1980-04-01"}


@pytest.mark.slow
def test_a_birth_date_split_over_year_month_day_columns(scanner, tmp_path):
    rows = [["会員番号", "氏名", "生年月日", "", "", "〒"], ["", "", "年", "月", "日", ""],
            ["M1", "山田 太郎", "昭和55", 4, 1, "1500002"], ["M2", "山田 花子", "1982", 11, 3, "1500002"]]
    w.write_xlsx(tmp_path / "会員.xlsx", {"会員": rows})
    calendar = [["行事", "年", "月", "日"], ["創立記念日", "2026", 4, 1]]  # split, but not under a birth label
    w.write_xlsx(tmp_path / "行事.xlsx", {"行事": calendar})
    assert _found(scanner, tmp_path, "DATE_OF_BIRTH") == {"1980-04-01", "1982-11-03"}
