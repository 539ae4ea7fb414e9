"""Identifiers of issue 12's ids5 work with the real GiNZA detector: ゆうちょ 記号 and
番号 in two cells or one line, 記号-番号 under its label (not a 法人番号), 店番-口座番号,
a postal code written with a space under its label, a licence with a note after it,
and the labels a form's row gives when they start after a group title or a blank
column, carry a width note, or stand side by side. Made-up people and numbers."""

import pytest

from benchmarks.ids5_formats import odf_bytes
from scanner.extract.budget import Budget
from scanner.extract.odf import extract_odf


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


@pytest.mark.parametrize("text, expected", [
    ("氏名: 早瀬 陽菜\t記号: 12340\t番号: 12345671\t名義: ハヤセ", ["12345671"]),
    ("引落口座: ゆうちょ銀行 記号10120 番号34567891", ["34567891"]),
    ("氏名: 早瀬 陽菜\t記号・番号: 13080-52726561", ["13080-52726561"]),  # passes the 法人番号 check too
    ("氏名: 久米 拓真\t店番-口座番号: 123-4567893", ["4567893"]),
    ("氏名: 久米 拓真\t記号: 12345\t番号: 678", []),  # a health insurance card's 記号・番号
    ("氏名: 久米 拓真\t電話: 045-1234567", []),
    ("氏名: 久米 拓真\t記号・番号: 13080-5272656", []),  # not a ゆうちょ 番号 (eight digits, ending in 1)
])
def test_yucho_and_branch_accounts(detector, text, expected):
    assert _found(detector, text, "BANK_ACCOUNT") == expected


def test_a_corporate_number_keeps_its_own_grouping(detector):
    assert _found(detector, "法人番号: 1-3080-5272-6561", "BANK_ACCOUNT") == []


@pytest.mark.parametrize("text, expected", [
    ("郵便番号:155 0031", ["155 0031"]),
    ("〒: 162 0801\t住所: 新宿区山吹町", ["162 0801"]),
    ("電話: 155 0031", []),
    ("数量: 155 0031", []),
])
def test_a_spaced_postal_code_under_its_label(detector, text, expected):
    assert _found(detector, text, "POSTAL_CODE") == expected


def test_a_licence_with_a_note_after_it(detector):
    text = "運転免許証番号: 449876543221（個人番号・マイナンバーは記入不要）"
    assert _found(detector, text, "DRIVERS_LICENSE") == ["449876543221"]
    assert _found(detector, "マイナンバー: 449876543221", "DRIVERS_LICENSE") == []


def _labelled(rows):
    units = extract_odf(odf_bytes("spreadsheet", tables={"s": rows}), Budget()).units
    return "\n".join(unit.text for unit in units)


def test_a_form_rows_labels_after_a_group_title_or_a_blank_column():
    text = _labelled([["給与所得の源泉徴収票"], ["支払を受ける者", "住所", "港区1-2-3"], ["", "個人番号", "945807302153"],
                      ["控除対象配偶者", "氏名", "森 恵", "個人番号", "736819303645"]])
    assert "個人番号: 945807302153" in text and "個人番号: 736819303645" in text


def test_a_width_note_and_labels_side_by_side():
    text = _labelled([["氏名", "早瀬 陽菜"], ["運転免許証番号（12桁）", "449876543221"], ["本人確認", "運転免許証", "番号", "459803358720"]])
    assert "運転免許証番号（12桁）: 449876543221" in text
    assert "運転免許証番号: 459803358720" in text  # the two labels as one


def test_withholding_form_and_yucho_sheet_found_end_to_end(detector):
    text = _labelled([["給与所得の源泉徴収票"], ["", "個人番号", "945807302153"], ["支払者", "法人番号", "7123456789012"]])
    assert _found(detector, text, "MY_NUMBER") == ["945807302153"]


def test_a_number_under_its_label_beside_a_word_that_is_not_one():
    text = _labelled([["氏名", "早瀬 陽菜"], ["免許番号", "種類"], ["449876543221", "普通"], ["氏名", "久米 拓真"],
                      ["東京都港区1-2-3", "メモ"]])
    assert "免許番号: 449876543221" in text
    assert "氏名: 東京都港区1-2-3" not in text  # only a number alone in its cell


@pytest.mark.parametrize("written", ["45-98-033587-2-0", "4 5 9 8 0 3 3 5 8 7 2 0", "4598 0335 8720", "459803358720"])
def test_a_licence_however_its_digits_are_grouped(detector, written):
    assert _found(detector, f"運転免許証番号: {written}", "DRIVERS_LICENSE") == [written]
    assert _found(detector, f"注文番号: {written}", "DRIVERS_LICENSE") == []
