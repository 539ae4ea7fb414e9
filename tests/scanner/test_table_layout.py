"""Which row of a table is its header, and when a table is a key/value form."""

import pytest

from scanner.extract.table import dense_rows, table_layout, table_units

ROSTER = [["社員名簿 令和8年4月1日現在"], [], ["氏名", "所属", "住所", "電話番号"],
          ["山田 太郎", "営業部", "東京都新宿区西新宿2-8-1", "03-1234-5678"]]
FORM = [["氏名", "山田 太郎"], ["フリガナ", "ヤマダ タロウ"], ["生年月日", "昭和60年3月12日"],
        ["個人番号", "1234-5678-9018"], ["旅券番号", "TR1234567"]]


@pytest.mark.parametrize("rows, layout", [
    (ROSTER, (2, False)),  # a title and a blank row above the header
    (ROSTER[2:], (0, False)),
    (FORM, (None, True)),  # its first row looks like a header, but its first column holds the labels
    ([["品名", "数量"], ["ボールペン", "10"]], (0, False)),  # no personal-data labels: the old rule
    ([["2026/10/01", "100"], ["2026/10/02", "200"]], (None, True)),
])
def test_header_row_and_form(rows, layout):
    assert table_layout(list(dense_rows(rows))) == layout


def test_cells_under_the_header_are_labelled_and_rows_above_are_not():
    text = next(table_units(dense_rows(ROSTER))).text
    assert "氏名: 山田 太郎" in text and "電話番号: 03-1234-5678" in text
    assert text.startswith("社員名簿")  # the title is kept as text, unlabelled


def test_form_cells_are_labelled_by_their_row():
    text = next(table_units(dense_rows(FORM))).text
    assert "個人番号: 1234-5678-9018" in text and "旅券番号: TR1234567" in text


def test_a_table_without_header_has_no_labels():
    """An address list exported without a header: a person's name is data, not the
    label of the cells beside it."""
    text = next(table_units(dense_rows([["林 真由美", "〒160-0023", "東京都新宿区西新宿2-8-1"]]))).text
    assert text.rstrip("\t") == "林 真由美\t〒160-0023\t東京都新宿区西新宿2-8-1"
