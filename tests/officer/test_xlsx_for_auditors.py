"""Issue 18 item 5: workbooks ready for an auditor. report.xlsx has the HTML's
sections in its order; in it and in the re-issued ledger, columns are as wide as
their content in East Asian width, counts are numbers, the header is frozen and
filtered, pages print A4 landscape fitted to the width with the header repeated,
and the author is daicho."""

from __future__ import annotations

from click.testing import CliRunner
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from reports.catalogue import t
from scanner.cli import cli


def _ready_for_print(sheet) -> None:
    assert sheet.page_setup.orientation == "landscape" and str(sheet.page_setup.paperSize) == "9"  # A4
    assert sheet.print_title_rows == "$3:$3" and sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.freeze_panes.endswith("4")
    assert sheet.auto_filter.ref.startswith("A3:")


def _width_fits(sheet, column: int) -> None:
    from reports.xlsx_style import display_width

    letter = get_column_letter(column)
    widest = max(display_width(c.value) for c in sheet[letter][2:])
    assert sheet.column_dimensions[letter].width >= min(widest, 60), (sheet.title, letter)


def test_east_asian_width():
    from reports.xlsx_style import display_width

    assert display_width("総務/社員名簿.xlsx") == 12 + 6 and display_width("ABC") == 3
    assert display_width("一行目\nずっと長い二行目") == 16 and display_width(12345) == 6  # 12,345


def test_report_workbook_has_the_html_sections_and_is_ready_for_an_auditor(office_db, tmp_path):
    out = tmp_path / "report.xlsx"
    assert CliRunner().invoke(cli, ["report", "--db", str(office_db), "--xlsx", str(out)], obj={}).exit_code == 0
    book = load_workbook(out)
    assert book.properties.creator == "daicho"
    expected = [t(f"report.{k}", "ja") for k in ("actions", "summary_sheet", "stores", "ledger_sheet", "trend_sheet",
                                                 "unreadable_list", "all_outcomes")]
    assert book.sheetnames[:7] == expected
    actions = book[expected[0]]
    rows = list(actions.iter_rows(min_row=4, values_only=True))
    assert [r[0] for r in rows] == [1, 2, 3] and any(r[2] == "営業/メモ.txt" and "未登録" in r[3] for r in rows)
    stores = book[expected[2]]
    people = [r[2] for r in stores.iter_rows(min_row=4, values_only=True)]
    assert people and all(isinstance(n, int) for n in people)  # numbers, not text
    summary = [r[1] for r in book[expected[1]].iter_rows(min_row=4, values_only=True)]
    assert all(isinstance(n, int) for n in summary)
    for sheet in book.worksheets:
        _ready_for_print(sheet)
    _width_fits(stores, 2)
    _width_fits(actions, 8)
    unreadable = " ".join(str(c) for r in book[expected[5]].iter_rows(min_row=4, values_only=True) for c in r)
    assert "パスワードで保護されています" in unreadable and "PSEOF" not in unreadable


def test_reissued_ledger_is_ready_for_an_auditor(office_db, tmp_path):
    out = tmp_path / "台帳_再発行.xlsx"
    result = CliRunner().invoke(cli, ["ledger", "refresh", "--db", str(office_db), "--out", str(out)], obj={})
    assert result.exit_code == 0, result.output
    book = load_workbook(out)
    assert book.properties.creator == "daicho"
    ledger, differences = book.worksheets
    header = [c.value for c in ledger[3]]
    counted = [r[header.index("検出人数")] for r in ledger.iter_rows(min_row=4, values_only=True)]
    assert counted and all(isinstance(n, int) for n in counted)
    assert [r[2] for r in differences.iter_rows(min_row=4, values_only=True) if r[2] is not None] and \
        all(isinstance(r[2], int) for r in differences.iter_rows(min_row=4, values_only=True) if r[2] is not None)
    for sheet in book.worksheets:
        _ready_for_print(sheet)
    _width_fits(ledger, header.index("検出場所") + 1)
    assert ledger.freeze_panes == "C4"
