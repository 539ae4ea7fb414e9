import datetime as dt

import pytest

from inventory.globs import covers
from inventory.ledger.dates import DateFormatError, parse_date
from inventory.ledger.items import parse_items
from inventory.ledger.model import LedgerFormatError
from inventory.ledger.read import read_ledger
from reports.catalogue import t
from samples.writers import write_xlsx


def test_headers_are_matched_tolerantly_and_machine_columns_read(tmp_path):
    header = ["個人情報の名称", "個人情報 の 項目", "保存期間", "件　数", "対象パス", "起算日", "担当者メモ"]
    rows = [["名簿", "氏名・住所", "3年間", "10件/累計", "総務/名簿.xlsx; 総務/旧/**", "令和7年4月1日", "要見直し"],
            ["顧客", "氏名、メール", "削除要求があるまで", "", "営業/顧客\n営業/予備", dt.datetime(2025, 1, 10), ""]]
    write_xlsx(tmp_path / "l.xlsx", {"s": [header, *rows]})
    first, second = read_ledger(tmp_path / "l.xlsx")
    assert first.values["保管期間"] == "3年間" and first.count.number == 10
    assert first.paths == ("総務/名簿.xlsx", "総務/旧/**") and first.start == dt.date(2025, 4, 1)
    assert first.extra == {"担当者メモ": "要見直し"}
    assert second.paths == ("営業/顧客", "営業/予備") and second.start == dt.date(2025, 1, 10)


def test_a_bad_ledger_is_not_imported_and_every_bad_row_is_named(tmp_path):
    header = ["個人情報名", "個人情報の項目", "保管期間", "対象パス", "起算日"]
    rows = [["名簿", "氏名", "1年間", "総務/**", ""],
            ["", "氏名", "1年間", "総務/**", ""],
            ["顧客", "氏名", "取引開始まで", "/etc/passwd", ""],
            ["応募", "氏名", "採否決定まで", "採用/**", "平成31年5月1日"]]
    (tmp_path / "l.csv").write_bytes("\n".join(",".join(r) for r in [header, *rows]).encode("cp932"))
    with pytest.raises(LedgerFormatError) as error:
        read_ledger(tmp_path / "l.csv")
    rows_named = [row for row, _ in error.value.problems]
    assert rows_named == [3, 4, 5]
    assert "個人情報名が空" in t(error.value.problems[0][1])
    assert "存在しない日付" in t(error.value.problems[2][1])


def test_no_header_row_is_a_clear_error(tmp_path):
    (tmp_path / "l.csv").write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(LedgerFormatError) as error:
        read_ledger(tmp_path / "l.csv")
    assert "見出し行" in t(error.value.problems[0][1])


@pytest.mark.parametrize("text, expected", [
    ("2025-04-01", dt.date(2025, 4, 1)), ("2025/4/1", dt.date(2025, 4, 1)),
    ("令和元年5月1日", dt.date(2019, 5, 1)), ("R7.1.10", dt.date(2025, 1, 10)),
    ("平成31年4月30日", dt.date(2019, 4, 30)), ("", None),
])
def test_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["昭和64年1月8日", "H31.5.1", "R1.4.30", "来年"])
def test_impossible_dates(text):
    with pytest.raises(DateFormatError):
        parse_date(text)


def test_item_dictionary_is_extensible():
    parsed = parse_items("氏名.社員コード", extra={"社員コード": ("EMPLOYEE_ID",)})
    assert parsed.types == {"PERSON", "EMPLOYEE_ID"} and parsed.unknown == ()
    assert parse_items("氏名.社員コード").unknown == ("社員コード",)


@pytest.mark.parametrize("pattern, uri, expected", [
    ("採用/**", "採用/応募者/a.pdf", True), ("採用/**", "採用2/a.pdf", False),
    ("採用", "採用/a.pdf", True), ("総務/*.xlsx", "総務/名簿.xlsx", True),
    ("総務/*.xlsx", "総務/旧/名簿.xlsx", False), ("**/名簿.csv", "a/b/名簿.csv", True),
    ("メール/受信箱.mbox", "メール/受信箱.mbox", True), ("採用", "本社/採用/a.pdf", False),
    ("*/総務/*", "総務/a.xlsx", True), ("*/総務/*", "本社/総務/旧/a.xlsx", True), ("*.csv", "a/b.csv", True),
])
def test_path_globs(pattern, uri, expected):
    assert covers(pattern, uri) is expected
