"""What only resembles a person's check-up result, condition or disability (checkup11): a
legend of grades one entry a line, a criterion's judgement, counts of people per judgement
and rates per item, a form's printed choices, a form letter to a placeholder, findings that
are denied, a service's clients, a disease screened for, aids sold as goods — none is
reported, while the person's own results beside them still are. Made-up people, the real
detector and real files."""

import tempfile
from pathlib import Path

import pytest

from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file

STAFF = "作成 健康管理室 保健師 真鍋 千尋"
LEGEND = ["A:異常なし", "B:軽度異常", "C:要経過観察", "D1:要治療", "D2:要精密検査", "E:治療中"]


def _rows(rows, separator="\t"):
    return "\n".join(separator.join(row) for row in rows).encode("utf-8")


def _docx(lines, table=None):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.docx"
        w.write_docx(path, lines, table)
        return path.read_bytes()


NOTHING_IN = [
    ("legend.txt", "\n".join(["判定区分", *LEGEND, STAFF]).encode("utf-8")),
    ("legend.docx", _docx(["結果の読み方", "A 今回は問題ありませんでした", "C 半年後に再度検査してください",
                           "D 病院で詳しい検査を受けてください", STAFF])),
    ("legend_marks.txt", "\n".join(["【A】異常なし", "【C】要経過観察", "判定D:要治療", "判定E:治療中", STAFF]).encode("utf-8")),
    ("criteria.txt", "\n".join(["判定基準", "空腹時血糖 126 mg/dL以上は要精密検査", "γ-GTP 51〜100 U/L → C判定",
                                STAFF]).encode("utf-8")),
    ("report.txt", "\n".join(["健診実施報告", "受診者 356名", "要精密検査 48名、要治療 19名、治療中 37名",
                              "主な有所見項目:脂質 30.1%、肝機能 19.8%", STAFF]).encode("utf-8")),
    ("counts.tsv", _rows([["判定別人数"], ["判定", "人数", "割合"], ["要再検査", "31", "12.0%"], ["要治療", "9", "3.5%"],
                          ["集計", "真鍋 千尋", ""]])),
    ("choices.csv", _rows([["就業判定票"], ["氏名", ""], ["判定", "要再検査・要精密検査・要治療"], ["記入者", "真鍋 千尋"]], ",")),
    ("template.txt", "\n".join(["〇〇 様", "健康診断の結果、「要精密検査」と判定されました。", "医療機関を受診してください。",
                                STAFF]).encode("utf-8")),
    ("denied.txt", "\n".join(["桑原 康介 様 健診結果", "心電図:異常を認めず",
                              "総合所見:今回の健診では異常を認めませんでした。"]).encode("utf-8")),
    ("support.csv", _rows([["氏名", "担当業務"], ["真鍋 千尋", "精神障害者の就労支援"], ["寺田 翔", "聴覚障害者支援"]], ",")),
    ("goods.xlsx", w.xlsx_bytes({"品目": [["品名", "型番", "月額", "担当"], ["車椅子(自走式)", "WC-1", "500円", "真鍋 千尋"],
                                          ["補聴器", "HA-3", "1,200円", "真鍋 千尋"]]})),
    ("employment.txt", "\n".join(["障害者雇用状況報告", "常用労働者数 412名", "障害者 9名(うち重度身体障害者 2名)",
                                  STAFF]).encode("utf-8")),
    ("screening.csv", _rows([["日付", "内容", "担当"], ["9/2", "胃がん・大腸がん検診", "真鍋 千尋"]], ",")),
]


@pytest.mark.slow
@pytest.mark.parametrize("name, data", NOTHING_IN, ids=[name for name, _ in NOTHING_IN])
def test_what_only_resembles_a_result_is_not_reported(scanner, name, data):
    assert in_file(scanner, name, data) == []


@pytest.mark.slow
def test_a_persons_results_above_a_legend_are_still_reported(scanner):
    rows = [["健康診断結果表"], ["氏名", "桑原 康介"], ["検査項目", "結果", "単位", "基準値", "判定"],
            ["LDLコレステロール", "176", "mg/dL", "60〜119", "C"], ["尿酸", "5.2", "mg/dL", "2.1〜7.0", "A"]]
    found = in_file(scanner, "sheet.tsv", _rows(rows + [[line] for line in LEGEND]))
    assert [category for category, _ in found] == ["健康診断結果"]
    assert "176" in found[0][1]


@pytest.mark.slow
def test_a_persons_judgement_and_a_disability_beside_look_alikes_are_reported(scanner):
    letter = "\n".join(["寺田 翔 様", "・空腹時血糖 131mg/dL 判定:要精密検査", "※判定基準:空腹時血糖 126mg/dL以上は要精密検査"])
    found = in_file(scanner, "letter.txt", letter.encode("utf-8"))
    assert [c for c, _ in found] == ["健康診断結果"] and "131" in found[0][1]
    record = "\n".join(["相談者 寺田 翔", "状況 視覚障害があり白杖を使用", "当課の支援:視覚障害者の外出支援"])
    assert any(c == "障害" and "白杖" in t for c, t in in_file(scanner, "record.txt", record.encode("utf-8")))
