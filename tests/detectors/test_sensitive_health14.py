"""A person's illness wherever it is written (issue 12, health14): a disease of any ICD chapter
known by its head (〜異形成, 〜嚢胞, 〜変性, 〜瘤, 〜脱臼, 〜疹), an operation by its name (〜置換術),
a label of illness by its grammar (服用中の薬, 医師からの診断名, 罹患歴) on the left, above or as a
column, a mark written after the disease (胃潰瘍■ 肝炎□), a disease's medicine or its care at a
place (〜の薬が変わり, 〜にて当院で加療中); and a form's printed label, an inventory's 薬 column,
the paperwork that asks (既往調査), a lecture or a price list, which are no one's. Made-up people,
the real GiNZA model and real files."""

import unicodedata

import pytest

from detectors.jp.sensitive.recognizer import SensitiveRecognizer
from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file


@pytest.fixture(scope="module")
def recognizer():
    return SensitiveRecognizer()


def told(recognizer, text):
    text = unicodedata.normalize("NFKC", text)  # as the scanner gives it
    return sorted((text[p.start:p.end], p.category) for p in recognizer.phrases(text))


@pytest.mark.parametrize("text, phrase", [
    ("上記の方、卵巣嚢胞にて当院で加療中です。", "卵巣嚢胞にて当院で加療中"),
    ("先月から痛風の薬が変わり、調子がよい。", "痛風の薬が変わ"),
    ("子宮体がんのホルモン療法が年内は続く。", "子宮体がんのホルモン療法が年内は続く"),
    ("統合失調症の診断で服薬継続だが安定。", "統合失調症の診断で"),
    ("氏名：川口 聡\n服用中の薬：降圧剤", "降圧剤"),
    ("氏名:川口 聡\n罹患歴:網膜色素変性", "網膜色素変性"),
    ("申込書\n氏名 川口 聡\n〈医師からの診断名〉\n大腿骨頭壊死\n連絡先 別紙", "大腿骨頭壊死"),
    ("問診\n氏名 川口 聡\n胃潰瘍□ 十二指腸潰瘍■ 肝炎□", "十二指腸潰瘍"),
])
def test_an_illness_in_its_placement_is_found(recognizer, text, phrase):
    assert any(found == phrase and category == "病歴" for found, category in told(recognizer, text)), told(recognizer, text)


@pytest.mark.parametrize("text", [
    "申込書\n氏名 川口 聡\n【現在通院中の病気】\n(記入なし)",
    "在庫表\n薬\t数量\nロキソニン\t3",
    "保健室 既往調査\n提出期限 5月末",
    "当院では痛風の治療を行っています。",
])
def test_a_label_an_inventory_or_paperwork_is_no_ones_illness(recognizer, text):
    assert [p for p in told(recognizer, text) if p[1] == "病歴"] == []


def test_the_ticked_side_of_a_line_decides(recognizer):
    assert told(recognizer, "☐胃潰瘍　☑逆流性食道炎　☐肝炎") == [("逆流性食道炎", "病歴")]
    assert told(recognizer, "胃潰瘍☑ 肝炎☐") == [("胃潰瘍", "病歴")]


@pytest.mark.slow
def test_a_column_and_a_label_of_illness_by_grammar_in_real_files(scanner):
    rows = [["社員情報", "", "健康管理"], ["番号", "氏名", "服用中の薬"], ["1", "川口 聡", "抗凝固薬"], ["2", "森 早紀", "甲状腺ホルモン剤"]]
    found = in_file(scanner, "roster.xlsx", w.xlsx_bytes({"Sheet1": rows}))
    assert found == [("病歴", "抗凝固薬"), ("病歴", "甲状腺ホルモン剤")]
    text = "問診票\n氏名：森 早紀\n喘息□ 腎盂腎炎■ 結核□\n".encode("utf-8")
    assert in_file(scanner, "sheet.txt", text) == [("病歴", "腎盂腎炎")]


def test_a_mark_in_the_cell_beside_the_disease(recognizer):
    rows = [("膀胱炎", "○"), ("帯状疱疹", ""), ("胃食道逆流症", "はい"), ("痛風", "無")]
    found = told(recognizer, "\n".join(f"病気: {disease}\t回答: {mark}" for disease, mark in rows))  # as an xlsx is composed
    assert [phrase for phrase, category in found if category == "病歴"] == ["胃食道逆流症", "膀胱炎"]


@pytest.mark.slow
def test_a_pdf_forms_label_and_value_boxes(scanner):
    data = _pdf_form([("申請者", "川口 聡"), ("既往症", "大腸ポリープ"), ("連絡先", "本人携帯")])
    assert ("病歴", "大腸ポリープ") in in_file(scanner, "form.pdf", data)


def _pdf_form(fields):
    from benchmarks.corpus import _written

    return _written(".pdf", lambda path: w.write_pdf_form(path, fields))
