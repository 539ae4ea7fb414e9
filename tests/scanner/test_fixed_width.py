"""Fixed-width host exports: a header line makes a table; other text stays text."""

import pytest

from scanner.extract.fixed_width import fixed_width_rows
from scanner.extract.text import extract_plain

EXPORT = [
    "顧客番号  氏名カナ              郵便番号 住所                          電話番号      生年月日",
    "00000001  ﾔﾏﾀﾞ ﾀﾛｳ              1500002  東京都渋谷区渋谷2-1-1         0312345678    19850312",
    # an address that fills its width runs into the next field: the header word starts it
    "00000002  ｽｽﾞｷ ﾊﾅｺ              5300001  大阪府大阪市北区梅田3-1-1 ビル09012345678   19900101",
]


def test_fields_are_cut_under_the_header_words():
    rows = fixed_width_rows("\r\n".join(EXPORT))
    assert rows[0] == ["顧客番号", "氏名カナ", "郵便番号", "住所", "電話番号", "生年月日"]
    assert rows[1] == ["00000001", "ﾔﾏﾀﾞ ﾀﾛｳ", "1500002", "東京都渋谷区渋谷2-1-1", "0312345678", "19850312"]
    assert rows[2][3:5] == ["大阪府大阪市北区梅田3-1-1 ビル", "09012345678"]


def test_half_width_katakana_labels_and_a_title_line():
    text = "\n".join(["顧客一覧 2026/10/16", "ｺｷｬｸNO  ｼﾒｲ(ｶﾅ)   ﾕｳﾋﾞﾝ    TEL",
                      "00000001  ﾔﾏﾀﾞ ﾀﾛｳ  1500002  0312345678", "00000002  ｽｽﾞｷ ﾊﾅｺ  5300001  0612345678"])
    rows = fixed_width_rows(text)
    assert rows[0] == ["顧客一覧 2026/10/16"] and rows[1] == ["ｺｷｬｸNO", "ｼﾒｲ(ｶﾅ)", "ﾕｳﾋﾞﾝ", "TEL"]
    assert rows[3] == ["00000002", "ｽｽﾞｷ ﾊﾅｺ", "5300001", "0612345678"]


@pytest.mark.parametrize("text", [
    "\n".join(EXPORT[1:]),  # no header: left as text
    "議事録\n出席者 田中 佐藤 鈴木\n1. 予算について 説明があった\n2. 次回 日程を 決めた",
    "2026-10-16 09:00:01 INFO start\n2026-10-16 09:00:02 INFO read 12 files\n2026-10-16 09:00:03 INFO done",
    "品名 数量 単価\nボールペン 10 120",  # a header, but only one record
])
def test_text_that_is_not_a_fixed_width_table(text):
    assert fixed_width_rows(text) is None


def test_plain_text_extraction_reads_an_export_as_a_table():
    units = extract_plain("\r\n".join(EXPORT).encode("cp932")).units
    assert "電話番号: 0312345678" in units[0].text and units[0].spans
