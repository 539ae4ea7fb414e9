"""A person's check-up result in every placement (checkup15): a form's item row holding the
value with its unit and a flag, a finding in words under its item's label (above it, or after a
colon on its line), English and romaji keys of JSON and XML exports (ASCII grades and numbers
under them), a yes or a circle under a column that names the result (高ストレス者該当), a
statutory grade (じん肺管理区分2); a judgement word in its own cell beside the result it grades
is not a second finding; and a result said of a kind of people (a notice, a by-law), a run of
grades in a sentence and a visit's attendance are no one's. Made-up people, real files."""

import json

import pytest

from benchmarks.corpus import _docx
from tests.detectors.test_sensitive_beliefs import in_file
from tests.detectors.test_sensitive_checkup11 import _rows

PERSON = "片桐 宗一郎"
SIGNED = "担当 保健師 桐生 美帆"


def _texts(found):
    return {text for category, text in found if category == "健康診断結果"}


@pytest.mark.slow
def test_a_forms_value_with_its_unit_and_flag_is_a_result_and_a_normal_one_is_not(scanner):
    rows = [["健康診断個人票"], ["氏名", PERSON], ["血圧", "156/94 mmHg", "H"], ["空腹時血糖", "128 mg/dL", "H"],
            ["HDLコレステロール", "58 mg/dL", ""]]
    assert _texts(in_file(scanner, "form.tsv", _rows(rows))) == {"156/94 mmHg", "128 mg/dL"}


@pytest.mark.slow
def test_a_finding_in_words_under_or_after_its_item_is_a_result(scanner):
    above = _docx(["人間ドック 結果報告書", f"受診者 {PERSON} 様", "腹部超音波", "軽度脂肪肝", "心電図", "異常なし"])
    assert _texts(in_file(scanner, "report.docx", above)) == {"軽度脂肪肝"}
    lines = "\n".join([f"氏名: {PERSON}", "胸部X線: 右上肺野に結節影", "眼底: 異常を認めず"]).encode("utf-8")
    assert _texts(in_file(scanner, "note.txt", lines)) == {"右上肺野に結節影"}


@pytest.mark.slow
def test_english_and_romaji_keys_of_an_export_hold_results(scanner):
    record = {"employee_name": PERSON, "results": {"systolic_bp": 162, "hba1c": 7.1}, "overall_judgement": "D2"}
    found = _texts(in_file(scanner, "export.json", json.dumps(record, ensure_ascii=False).encode("utf-8")))
    assert {"162", "7.1", "D2"} <= found, found
    xml = f"<kenshin><shimei>{PERSON}</shimei><ketsuatsu>168/102</ketsuatsu><sogo_hantei>D2</sogo_hantei></kenshin>"
    assert {"168/102", "D2"} <= _texts(in_file(scanner, "record.xml", xml.encode("utf-8")))


@pytest.mark.slow
def test_a_yes_or_a_circle_under_a_column_naming_the_result_is_the_result(scanner):
    rows = [["氏名", "所属", "高ストレス者該当", "面接指導"], [PERSON, "製造部", "○", "希望"], ["梶原 静香", "総務部", "", ""],
            ["北条 勇", "営業部", "", ""]]
    assert _texts(in_file(scanner, "stress.csv", _rows(rows, ","))) == {"○"}


@pytest.mark.slow
def test_a_judgement_word_beside_the_result_it_grades_is_not_a_second_finding(scanner):
    rows = [["健診結果一覧"], ["氏名", "所見", "判定"], [PERSON, "胸部X線 右上肺野に陰影", "要精密検査"],
            ["梶原 静香", "じん肺管理区分2", "要精検"], ["北条 勇", "異常なし", "A"]]
    assert _texts(in_file(scanner, "list.tsv", _rows(rows))) == {"胸部X線 右上肺野に陰影", "じん肺管理区分2"}


NO_ONES = [
    ("notice.txt", "\n".join([f"{PERSON} 様", "要再検査・要精密検査と判定された方は、8月末までに受診してください。",
                              "特定保健指導の対象となった方には別途ご連絡します。", SIGNED])),
    ("legend.txt", "\n".join([f"{PERSON} 様", "人間ドックのご案内", "結果はA（異常なし）〜E（要治療）の5段階で通知します。", SIGNED])),
    ("bylaw.txt", "\n".join(["健康診断事後措置規程", "第4条 会社は、総合判定が要治療の従業員に対し、受診を勧奨する。", SIGNED])),
    ("attendance.tsv", "\n".join(["氏名\t健診日\t受診状況", f"{PERSON}\t6/10\t受診済", "梶原 静香\t6/11\t未受診"])),
]


@pytest.mark.slow
@pytest.mark.parametrize("name, text", NO_ONES, ids=[name for name, _ in NO_ONES])
def test_results_said_of_a_kind_of_people_and_attendance_are_no_ones(scanner, name, text):
    assert in_file(scanner, name, text.encode("utf-8")) == []
