"""Classes read from corpus 26's errors that other writers share (issue 12, read26).

- A grade cell (判定: C, 総合判定: D1) in a row that has a findings column (所見, 所見1) judges
  that column: the findings cell is the result, or there is none (異常なし); the grade alone
  is not one (a grade with no findings column beside it is left to the rules before).
- A monument or a site tied to a name (…ゆかりの石碑, …ゆかりの旧宅) tells a figure of history, as
  …ゆかりの地 did.
- A name right after an example's marker (見本：…, 記入例：…) is a sample, as a number there is.
Made-up people and wordings only."""

import pytest

from detectors.jp.person_figures import names_a_figure
from detectors.jp.person_not_people import names_no_person
from samples import writers as w
from tests.detectors.test_sensitive_beliefs import in_file


@pytest.mark.slow
def test_a_grade_beside_a_findings_column_is_no_result_of_its_own(scanner, tmp_path):
    sheet = [["職員番号", "氏名", "判定", "所見", "受診日"],
             ["K0101", "浅見 恭平", "D", "異常なし", "2025/06/02"],
             ["K0102", "野々村 千景", "C", "尿蛋白(2+) 要再検査", "2025/06/03"],
             ["K0103", "赤羽 智也", "B", "異常なし", "2025/06/04"]]
    path = tmp_path / "健診.xlsx"
    w.write_xlsx(path, {"結果": sheet})
    assert in_file(scanner, "健診.xlsx", path.read_bytes()) == [("健康診断結果", "尿蛋白(2+) 要再検査")]


@pytest.mark.slow
def test_an_overall_grade_beside_numbered_findings_columns_is_no_result_of_its_own(scanner):
    rows = ("受診者\t氏名\t所見1\t所見2\t総合判定\n"
            "P01\t浅見 恭平\t便潜血 陽性（要精密検査）\t尿酸 5.0mg/dL A\tD2\n"
            "P02\t野々村 千景\t尿酸 5.2mg/dL A\tHbA1c 5.4% A\tB\n")
    found = in_file(scanner, "ドック.tsv", rows.encode("utf-8"))
    assert not [t for _, t in found if t.strip() in ("D2", "B")], found
    assert any("便潜血 陽性" in t for _, t in found), found


@pytest.mark.parametrize("text, name", [
    ("午後は北条早雲ゆかりの石碑まで歩いた。", "北条早雲"),
    ("帰りに上杉鷹山ゆかりの旧宅に寄る。", "上杉鷹山"),
])
def test_a_monument_tied_to_a_name_tells_a_figure_of_history(text, name):
    start = text.index(name)
    assert names_a_figure(text, start, start + len(name))


def test_a_member_going_somewhere_with_a_monument_is_still_a_person():
    text = "午後は北条 直子さんと石碑まで歩いた。"
    start = text.index("北条 直子")
    assert not names_a_figure(text, start, start + len("北条 直子"))


@pytest.mark.parametrize("text, name", [
    ("行書体　見本：北条 一郎", "北条 一郎"),
    ("氏名欄（記入例：浅見 恭平）", "浅見 恭平"),
])
def test_a_name_after_an_examples_marker_is_a_sample(text, name):
    start = text.index(name)
    assert names_no_person(text, start, start + len(name))


@pytest.mark.parametrize("text, name", [("担当：北条 一郎", "北条 一郎"), ("見本市で浅見 恭平さんに会う", "浅見 恭平"),
                                        ("事例：浅見 恭平", "浅見 恭平")])
def test_a_name_after_another_label_or_a_word_ending_in_a_marker_stays(text, name):
    start = text.index(name)
    assert not names_no_person(text, start, start + len(name))
