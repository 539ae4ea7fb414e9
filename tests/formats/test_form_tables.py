"""Tables inside a form sheet and numbers written one digit a box
(scanner.extract.form_tables), read from real xlsx files."""

from samples import writers as w
from scanner.extract import extract
from scanner.extract.budget import Budget
from scanner.extract.form_tables import is_inner_header, joined_boxes


def sheet_text(rows) -> str:
    return "\n".join(unit.text for unit in extract("form.xlsx", w.xlsx_bytes({"form": rows}), Budget(), False).units)


def test_a_header_inside_a_form_labels_the_rows_under_it():
    text = sheet_text([["あなたの氏名", "森田　俊彦"], ["あなたの住所", "岡山市北区表町1-1"], ["世帯主の氏名", "森田　俊彦"], [],
                       ["続柄", "氏名", "生年月日", "個人番号"], ["長男", "森田　大輝", "H18.11.3", "123456789018"], [],
                       ["備考", "なし"]])
    assert "生年月日: H18.11.3" in text and "続柄: 長男" in text
    assert "続柄: なし" not in text  # a blank row ends the table


def test_check_box_captions_are_options_not_a_header():
    cells = list(enumerate(["障害者区分", "一般の障害者", "特別の障害者", "同居特別障害者"]))
    assert not is_inner_header(cells)
    assert is_inner_header(list(enumerate(["続柄", "氏名", "生年月日", "個人番号"])))


def test_single_digits_in_boxes_under_one_label_are_one_number():
    cells = [(0, "個人番号")] + [(c + 1, d) for c, d in enumerate("123456789018")]
    assert joined_boxes(cells, {}) == [(0, "個人番号"), (1, "123456789018")]


def test_digits_each_under_its_own_column_stay_apart():
    cells = [(c, d) for c, d in enumerate("31425")]
    labels = {c: f"Q{c}" for c in range(5)}
    assert joined_boxes(cells, labels) == cells


def test_three_digits_side_by_side_are_not_a_boxed_number():
    cells = [(0, "2"), (1, "0"), (2, "1")]
    assert joined_boxes(cells, {}) == cells


def test_a_label_with_a_note_in_brackets_labels_the_value_under_it():
    text = sheet_text([["入会申込書"], ["フリガナ", "お名前"], ["アイカワ トオル", "相川 透"], ["生年月日", "郵便番号"],
                       ["1975年4月3日", "038-0012"], ["有効期限", "本人確認書類（運転免許証番号）"], ["03/29", "452312345678"]])
    assert "本人確認書類（運転免許証番号）: 452312345678" in text
    rows = [["入会申込書"], ["フリガナ", "お名前"], ["アイカワ トオル", "相川 透"], ["有効期限", "ご提示いただいた確認書類の記号番号"],
            ["03/29", "452312345678"]]
    assert "記号番号: 452312345678" not in sheet_text(rows)  # a long text without brackets is still no label
