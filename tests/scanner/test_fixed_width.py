"""Fixed-width host exports and 全銀 transfer files: tables; other text stays text."""

import pytest

from scanner.extract.fixed_width import fixed_width_rows
from scanner.extract.text import extract_plain
from scanner.extract.zengin import zengin_rows

EXPORT = [
    "顧客番号  氏名カナ              郵便番号 住所                          電話番号      生年月日",
    "00000001  ﾔﾏﾀﾞ ﾀﾛｳ              1500002  東京都渋谷区渋谷2-1-1         0312345678    19850312",
    # an address that fills its width runs into the next field: the header word starts it
    "00000002  ｽｽﾞｷ ﾊﾅｺ              5300001  大阪府大阪市北区梅田3-1-1 ビル09012345678   19900101",
]


def test_fields_are_cut_under_the_header_words():
    rows = fixed_width_rows("\r\n".join(EXPORT)).rows
    assert rows[0] == ["顧客番号", "氏名カナ", "郵便番号", "住所", "電話番号", "生年月日"]
    assert rows[1] == ["00000001", "ﾔﾏﾀﾞ ﾀﾛｳ", "1500002", "東京都渋谷区渋谷2-1-1", "0312345678", "19850312"]
    assert rows[2][3:5] == ["大阪府大阪市北区梅田3-1-1 ビル", "09012345678"]


def test_half_width_katakana_labels_and_a_title_line():
    text = "\n".join(["顧客一覧 2026/10/16", "ｺｷｬｸNO  ｼﾒｲ(ｶﾅ)   ﾕｳﾋﾞﾝ    TEL",
                      "00000001  ﾔﾏﾀﾞ ﾀﾛｳ  1500002  0312345678", "00000002  ｽｽﾞｷ ﾊﾅｺ  5300001  0612345678"])
    rows = fixed_width_rows(text).rows
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
    units = list(extract_plain("\r\n".join(EXPORT).encode("cp932")).units)
    assert "電話番号: 0312345678" in units[0].text and units[0].spans


def test_a_table_in_plain_text_is_located_by_line_as_the_file_reads():
    text = "\r\n".join(EXPORT[:1] + [""] + EXPORT[1:])  # a blank line: line numbers are the file's
    unit = next(iter(extract_plain(text.encode("cp932")).units))
    assert unit.locate(unit.text.index("0312345678")) == "L3"
    transfer = next(iter(extract_plain(_zengin([("ﾔﾏﾀﾞ ﾀﾛｳ", "0712345"), ("ｽｽﾞｷ ﾊﾅｺ", "1234567")]).encode("cp932")).units))
    assert transfer.locate(transfer.text.index("1234567")) == "L3"  # the second payee's record


def _zengin(payees: list[tuple[str, str]], breaks: bool = True) -> str:
    """A 全銀 給与振込 file: header, one data record a payee, trailer, end (120 each)."""
    def cut(text: str, width: int) -> str:
        return (text + " " * width)[:width]

    header = "1110" + "1234567890" + cut("ｶ)ｻﾝﾌﾟﾙｼｮｳｼﾞ", 40) + "1025" + "0001" + cut("ﾐｽﾞﾎ", 15) + "100" + \
        cut("ﾎﾝﾃﾝ", 15) + "1" + "1111111" + " " * 17
    data = ["2" + "0005" + cut("ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ", 15) + "220" + cut("ｼﾝｼﾞｭｸ", 15) + "0000" + "1" + account
            + cut(name, 30) + "0000285000" + "0" + " " * 29 for name, account in payees]
    records = [header, *data, "8" + f"{len(data):06d}" + f"{285000 * len(data):012d}" + " " * 101, "9" + " " * 119]
    return ("\r\n" if breaks else "").join(records)


@pytest.mark.parametrize("breaks", [True, False])
def test_a_zengin_transfer_file_is_a_table_of_payees(breaks):
    rows = zengin_rows(_zengin([("ﾔﾏﾀﾞ ﾀﾛｳ", "0712345"), ("ｽｽﾞｷ ﾊﾅｺ", "1234567")], breaks)).rows
    assert rows[0][5:7] == ["口座番号", "受取人名"]
    assert [row[5:7] for row in rows[1:]] == [["0712345", "ﾔﾏﾀﾞ ﾀﾛｳ"], ["1234567", "ｽｽﾞｷ ﾊﾅｺ"]]
    assert "1111111" not in str(rows)  # the company's own account in the header record


@pytest.mark.parametrize("text", [
    _zengin([("ﾔﾏﾀﾞ ﾀﾛｳ", "0712345")]).replace("\r\n2", "\r\n22", 1),  # a record of another length
    "11 番目の議題について\n" + "x" * 119,  # starts like a header record, is not one
])
def test_text_that_is_not_a_zengin_file(text):
    assert zengin_rows(text) is None


@pytest.mark.slow
def test_accounts_of_a_zengin_file_are_found_and_the_company_account_is_not(scanner, tmp_path):
    from scanner.crawl import crawl

    (tmp_path / "FBDATA.TXT").write_bytes(_zengin([("ﾔﾏﾀﾞ ﾀﾛｳ", "0712345"), ("ｽｽﾞｷ ﾊﾅｺ", "1234567")]).encode("cp932"))
    (entry,) = crawl(tmp_path)
    found = {f.value for f in scanner.scan_entry(entry).findings if f.entity_type == "BANK_ACCOUNT"}
    assert found == {"0712345", "1234567"}
