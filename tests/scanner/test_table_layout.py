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
    # a visitors' log with one field label in its header, under a title row
    ([["来館記録", "令和8年12月"], ["来館日", "時刻", "お名前", "会社", "用件"],
      ["12/01", "9:30", "堀 真一", "みどり測量", "打合せ"]], (1, False)),
    ([["受付簿"], ["日", "入", "出", "ご芳名", "ご用件", "パス"], ["3", "10:00", "", "小川 翠", "面接", "12"]], (1, False)),
    # a form's row with one label and a seal cell is no header
    ([["お名前", "堀 真一", "様", "印"], ["ご住所", "静岡県富士市吉原2-3-4"], ["電話", "0545-12-3456"]], (None, True)),
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


@pytest.mark.parametrize("rows, layout", [
    # a label word repeated down the first column is data, not a form's labels
    ([["区分", "氏名", "続柄", "生年月日"], ["控除対象扶養親族", "山田 一郎", "長男", "2005-06-10"],
      ["控除対象扶養親族", "山田 次郎", "次男", "2008-01-20"], ["控除対象扶養親族", "山田 花子", "長女", "2010-03-01"]],
     (0, False)),
    # an English header under a title
    ([["給与振込依頼明細"], [], ["Employee ID", "Name", "Bank", "Branch", "Account No."], ["S01", "山田 太郎", "A", "B", "1"]],
     (2, False)),
    # a lone title over wider rows is not their header
    ([["売上明細"], ["A001", "ボールペン", "120"], ["A002", "ノート", "240"]], (None, True)),
])
def test_header_row_and_form_more(rows, layout):
    assert table_layout(list(dense_rows(rows))) == layout


def test_a_key_value_row_above_a_table_labels_each_value_by_the_label_to_its_left():
    rows = [["氏名", "山田 太郎", "生年月日", "1972-04-08", "個人番号", "123456789018"],
            ["区分", "氏名", "続柄", "生年月日"], ["控除対象扶養親族", "山田 一郎", "長男", "2005-06-10"]]
    text = next(table_units(dense_rows(rows))).text
    assert "氏名: 山田 太郎\t生年月日\t生年月日: 1972-04-08\t個人番号\t個人番号: 123456789018" in text
    assert "続柄: 長男\t生年月日: 2005-06-10" in text


def test_a_header_spread_by_spaces_is_read_as_one_word():
    text = next(table_units(dense_rows([["氏　名", "生 年 月 日"], ["山田 太郎", "H20.5.3"]]))).text
    assert "氏名: 山田 太郎\t生年月日: H20.5.3" in text


def test_a_header_broken_over_lines_in_its_cell_is_one_label_on_the_row_line():
    text = next(table_units(dense_rows([["氏名", "口座\n番号", "Account\nNo."], ["山田 太郎", "1234567", "7654321"]]))).text
    assert "口座番号: 1234567\tAccount No. 口座番号: 7654321" in text  # glossed (headers13)
