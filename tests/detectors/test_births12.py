"""Births by where a form or an export places their label (issue 12, births12): a label
spread letter by letter before or after its date, a label on the line above, Excel
serial numbers under a birth column, 8-digit dates in a space-aligned table; the
other dates of the same records stay out. The real GiNZA detector; synthetic values."""

import pytest

from samples import writers as w
from scanner.crawl import crawl

# (text, dates of birth found, as ISO dates)
BIRTHS = [
    ("生 年 月 日　昭和四十年二月一日", {"1965-02-01"}),
    ("生年 月日　平成11年3月23日", {"1999-03-23"}),
    ("昭和53年9月25日　：生 年 月 日", {"1978-09-25"}),
    ("誕 生 日：1985.04.12", {"1985-04-12"}),
    ("野村 千夏（1970年5月6日　生 年 月 日）", {"1970-05-06"}),
    ("記 入 日　令和7年7月25日", set()),  # a spread label of another date
    ("生年月日\n\n1966年8月8日\n\n申込日\n\n2026年4月22日", {"1966-08-08"}),
    ("ご生年月日\n1980/04/01\nご来店日\n2026/05/02", {"1980-04-01"}),
    ("申込日\n2026年4月22日", set()),
    ("氏名        生年月日     入社日\n石原 美穂       19800306  20051004", {"1980-03-06"}),
    ("伝票日     伝票番号  金額\n20250401   0031   550", set()),
]


@pytest.mark.parametrize("text,expected", BIRTHS)
def test_births_by_where_their_label_stands(detector, text, expected):
    assert {d.value for d in detector.detect(text) if d.entity_type == "DATE_OF_BIRTH"} == expected


def _found(scanner, folder) -> set[str]:
    return {f.value for entry in crawl(folder) for record in scanner.scan_entry(entry).walk()
            for f in record.findings if f.entity_type == "DATE_OF_BIRTH"}


@pytest.mark.slow
def test_excel_serial_numbers_under_a_birth_column_only(scanner, tmp_path):
    rows = [["No", "氏名", "生年月日", "登録日"], [1, "山田 太郎", 29312, 46023], [2, "山田 花子", 26024, 45292]]
    w.write_xlsx(tmp_path / "名簿.xlsx", {"名簿": rows})
    w.write_xlsx(tmp_path / "出荷.xlsx", {"出荷": [["出荷日", "数量"], [45292, 3], [45300, 5]]})
    assert _found(scanner, tmp_path) == {"1980-04-01", "1971-04-01"}


@pytest.mark.slow
def test_a_statement_in_shift_jis_whose_labels_follow_their_values(scanner, tmp_path):
    lines = ["身　上　書", "", "山田　太郎　：氏　　名", "昭和60年11月12日　：生 年 月 日", "令和8年3月1日　：記 入 日"]
    (tmp_path / "身上書.txt").write_bytes("\r\n".join(lines).encode("cp932"))
    assert _found(scanner, tmp_path) == {"1985-11-12"}


@pytest.mark.slow
def test_a_pdf_form_whose_labels_stand_above_their_values(scanner, tmp_path):
    w.write_pdf(tmp_path / "申込書.pdf", [["入会申込書", "氏名", "山田 太郎", "生年月日", "1966年8月8日",
                                          "申込日", "2026年4月22日"]])
    assert _found(scanner, tmp_path) == {"1966-08-08"}


PARTS_AND_SENTENCES = [
    ("<rec><seinengappi><nen>1975</nen><tsuki>11</tsuki><hi>3</hi></seinengappi>"
     "<nyusha><nen>2001</nen><tsuki>4</tsuki><hi>1</hi></nyusha></rec>", {"1975-11-03"}),
    ('{"dob": {"year": 1988\t "month": 3\t "day": 2}\t "joined": {"year": 2015\t "month": 4\t "day": 1}}', {"1988-03-02"}),
    ("dob:\n  yyyy: 1988\n  mm: 03\n  dd: 02\njoined:\n  yyyy: 2015\n  mm: 04\n  dd: 01", {"1988-03-02"}),
    ("<delivery><year>2025</year><month>3</month><day>2</day></delivery>", set()),  # parts, no birth element
    ("seinen_gappi: 1988-03-02\nkoshin_bi: 2025-04-01", {"1988-03-02"}),
    ("山田さんは昭和15年3月2日に函館で生まれ、平成12年4月1日に当地へ移りました。", {"1940-03-02"}),
    ("次女は1999年9月18日に実家近くの産院で産まれました。", {"1999-09-18"}),
]


@pytest.mark.parametrize("text,expected", PARTS_AND_SENTENCES)
def test_births_split_in_parts_keyed_in_romaji_or_said_with_a_place(detector, text, expected):
    assert {d.value for d in detector.detect(text) if d.entity_type == "DATE_OF_BIRTH"} == expected


@pytest.mark.slow
def test_a_form_down_one_column_of_a_sheet_whose_first_cell_is_a_birth_label(scanner, tmp_path):
    column = [["生年月日"], ["1988年3月2日"], ["申込日"], ["2026年4月1日"], ["氏名"], ["山田 太郎"]]
    w.write_xlsx(tmp_path / "申込.xlsx", {"申込": column})
    assert _found(scanner, tmp_path) == {"1988-03-02"}


def test_an_as_of_date_beside_a_birth_count_is_no_birth(detector):
    text = "人口動態（速報）\n2026年4月1日現在　出生数 52 人\n死亡数 40 人"
    assert not [d for d in detector.detect(text) if d.entity_type == "DATE_OF_BIRTH"]
    aged = "生年月日：1980年4月1日（2026年4月1日現在 46歳）"
    assert {d.value for d in detector.detect(aged) if d.entity_type == "DATE_OF_BIRTH"} == {"1980-04-01"}


HEADERLESS_ROWS_AND_LABELS_AFTER = [
    ("1001\t山田 太郎\tヤマダ タロウ\t19880302\t20150401\t東京都", {"1988-03-02"}),
    ("1001\t山田 太郎\tヤマダ タロウ\t男\t昭和63年3月2日\t090-1234-5678", {"1988-03-02"}),
    ("2101001\tﾔﾏﾀﾞ ﾀﾛｳ\t19660203\t1500002\t1\t20150401", {"1966-02-03"}),  # a host's half-width reading
    ("1001\t山田 太郎\tヤマダ タロウ\t20120302\t20150401", set()),  # two dates three years apart: which is unknown
    ("D001\tボールペン\tボールペン\t19900302\t20150401", set()),  # a product's one-word name, no person's reading
    ("1001\t山田 太郎\tヤマダ タロウ\t2019/04/01", set()),  # a date under ten years back
    ("昭和60年4月1日\t（生年月日）\t09012345678\t（携帯）", {"1985-04-01"}),
    ("2015/4/1\t生年月日\t1980/1/1", {"1980-01-01"}),  # a bare label labels the cell after it
]


@pytest.mark.parametrize("text,expected", HEADERLESS_ROWS_AND_LABELS_AFTER)
def test_births_in_headerless_rows_and_before_their_label(detector, text, expected):
    assert {d.value for d in detector.detect(text) if d.entity_type == "DATE_OF_BIRTH"} == expected


@pytest.mark.slow
def test_a_headerless_export_whose_first_row_was_taken_for_a_header(scanner, tmp_path):
    rows = ["267981,長谷部玲奈,ハセベ レナ,20040728,0104807", "265226,古川和夫,フルカワ カズオ,19970407,9035467",
            "265744,島村克己,シマムラ カツミ,19980410,9927622"]
    (tmp_path / "roster.csv").write_bytes("\r\n".join(rows).encode("cp932"))
    headed = ["社員番号,氏名,フリガナ,入社日", "1,山田 太郎,ヤマダ タロウ,19950401", "2,山田 花子,ヤマダ ハナコ,19960401"]
    (tmp_path / "hired.csv").write_bytes("\r\n".join(headed).encode("cp932"))  # 入社日's column is no birth
    assert _found(scanner, tmp_path) == {"2004-07-28", "1997-04-07", "1998-04-10"}
