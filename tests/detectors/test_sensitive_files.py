"""要配慮 values given their category by a column header or a form's row label,
read from real csv, xlsx and docx files by the scanner: the cell is the finding,
never the header; values that say there is nothing are not findings."""

import pytest

from samples import writers as w


def sensitive(record):
    return sorted((f.location, f.category, f.text) for o in record.walk() for f in o.findings
                  if f.entity_type == "SENSITIVE")


@pytest.mark.slow
def test_a_honseki_column_makes_each_rows_value_the_finding(scanner):
    rows = ["社員番号,氏名,本籍,入社日", "10231,石田 涼子,福岡県久留米市,2019/4/1", "10232,水野 拓海,-,2020/4/1",
            "10233,平野 美穂,北海道函館市,2021/4/1"]
    record = scanner.scan_bytes("身上一覧.csv", "\r\n".join(rows).encode("cp932"))
    assert sensitive(record) == [("C2", "本籍", "福岡県久留米市"), ("C4", "本籍", "北海道函館市")]
    assert all(f.masked == "本籍: ****" for o in record.walk() for f in o.findings if f.entity_type == "SENSITIVE")


@pytest.mark.slow
def test_checkup_items_and_judgements_in_a_sheet(scanner, tmp_path):
    sheet = [["定期健康診断 結果一覧"], [], ["社員番号", "氏名", "HbA1c", "γ-GTP", "総合判定", "事後措置"],
             ["20101", "今井 大樹", "6.9", "34", "C", "要再検査"], ["20102", "河野 沙織", "5.4", "22", "A", "-"]]
    path = tmp_path / "健診.xlsx"
    w.write_xlsx(path, {"結果": sheet})
    found = sensitive(scanner.scan_bytes("健診.xlsx", path.read_bytes()))
    assert [(loc, text) for loc, _, text in found] == [
        ("結果!C4", "6.9"), ("結果!C5", "5.4"), ("結果!D4", "34"), ("結果!D5", "22"), ("結果!E4", "C"),
        ("結果!F4", "要再検査")]
    assert {category for _, category, _ in found} == {"健康診断結果"}


@pytest.mark.slow
def test_a_form_in_docx_gives_its_rows_categories_and_skips_none(scanner, tmp_path):
    rows = [["氏名", "松井 健太"], ["本籍", "長崎県佐世保市"], ["既往歴", "特記事項なし"], ["健康状態", "緑内障（点眼治療中）"],
            ["宗教", "日蓮宗"], ["賞罰", "なし"], ["障害", "有（3級）"]]
    path = tmp_path / "身上書.docx"
    w.write_docx(path, ["身上書"], rows)
    found = {(category, text) for _, category, text in sensitive(scanner.scan_bytes("身上書.docx", path.read_bytes()))}
    assert found == {("本籍", "長崎県佐世保市"), ("病歴", "緑内障（点眼治療中）"), ("宗教", "日蓮宗"), ("障害", "有（3級）")}


@pytest.mark.slow
def test_union_roles_and_remarks_in_rows_and_no_findings_in_an_it_log(scanner, tmp_path):
    roster = ["氏名,所属,組合役職", "大橋 修,物流課,執行委員", "北村 彩花,経理課,-", "内田 蒼,物流課,組合員"]
    record = scanner.scan_bytes("組合.csv", "\n".join(roster).encode("utf-8"))
    assert [(loc, text) for loc, _, text in sensitive(record)] == [("C2", "執行委員"), ("C4", "組合員")]
    log = [["日時", "障害内容", "対応者"], ["2026/10/01", "システム障害によりログイン不可", "大橋 修"],
           ["2026/10/02", "通信障害（拠点間VPN）", "北村 彩花"]]
    path = tmp_path / "障害管理.xlsx"
    w.write_xlsx(path, {"台帳": log})
    assert sensitive(scanner.scan_bytes("障害管理.xlsx", path.read_bytes())) == []


@pytest.mark.slow
def test_a_header_row_alone_is_not_a_finding(scanner):
    rows = ["氏名,既往歴,本籍,宗教,支持政党", "", "記入例,なし,なし,なし,なし"]
    assert sensitive(scanner.scan_bytes("様式.csv", "\n".join(rows).encode("utf-8"))) == []


@pytest.mark.slow
def test_a_bare_disease_counts_in_a_remarks_cell_not_in_a_department(scanner):
    rows = ["氏名,所属,備考", "岩崎 勇気,糖尿病内科,気管支喘息", "森田 真央,総務課,在宅勤務"]
    found = sensitive(scanner.scan_bytes("職員.csv", "\n".join(rows).encode("utf-8")))
    assert found == [("C2", "病歴", "気管支喘息")]
