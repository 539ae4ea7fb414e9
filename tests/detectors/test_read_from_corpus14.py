"""Classes read from corpus 14's errors once it became a development set (issue 12): a
student's pre-placement sheet whose antibody titres and "other findings" are her results,
a clause of a finding that never runs on into the next cell, and a check-up's word naming a
poster or a notice (受診勧奨ポスター) rather than anyone's result. Made-up people, the real
detector (GiNZA) and real files."""

import io

import pytest
from openpyxl import Workbook


def _placement_sheet() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "実習前健診"
    sheet.append(["実習前 健康診断・抗体価一覧"])
    sheet.append(["氏名", "生年月日", "実習先", "抗体価1", "抗体価2", "胸部X線", "その他所見"])
    sheet.append(["宮前 香織", "1999/04/12", "市民病院", "麻疹EIA 30.2（陽性）", "風疹HI 12.4（基準未満・要接種）",
                  "異常なし", "ツベルクリン反応 強陽性 要精査"])
    sheet.append(["水島 陽太", "2001/10/30", "訪問看護ST", "水痘EIA 2.2（基準未満・要接種）", "ムンプスEIA 9.1（陽性）",
                  "右上肺野に結節影（要精査）", "特記なし"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.slow
def test_antibody_titres_and_other_findings_are_each_students_results(scanner):
    record = scanner.scan_bytes("実習前健康診断.xlsx", _placement_sheet())
    found = sorted(f.text for o in record.walk() for f in o.findings if f.category == "健康診断結果")
    assert found == sorted(["麻疹EIA 30.2（陽性）", "風疹HI 12.4（基準未満・要接種）", "ツベルクリン反応 強陽性 要精査",
                            "水痘EIA 2.2（基準未満・要接種）", "ムンプスEIA 9.1（陽性）", "右上肺野に結節影（要精査）"]), found


@pytest.mark.slow
def test_a_finding_told_after_its_exam_stays_in_the_exams_cell(detector):
    row = "氏名\t胸部X線\tその他所見\n宮前 香織\t胸部X線 異常なし\tその他所見 なし\n"
    found = [d.text for d in detector.detect(row) if d.entity_type == "SENSITIVE"]
    assert all("\t" not in text for text in found), found


@pytest.mark.slow
def test_a_check_ups_word_naming_a_poster_is_no_ones_result(detector):
    log = ("2024/10/11 宮前陽太\n授業中に気分不良。定期健診で血圧 162/100（要医療）を指摘済み、受診を勧奨。\n"
           "掲示物：がん検診の受診勧奨ポスター\n")
    found = [(d.category, d.text) for d in detector.detect(log) if d.entity_type == "SENSITIVE"]
    assert found == [("健康診断結果", "血圧 162/100（要医療）")], found


def _members_book() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "組合員"
    sheet.append(["氏名", "生年月日", "職種", "住所", "社会保険", None, None, None, "役職"])
    sheet.append([None, None, None, None, "個人番号", "基礎年金番号", "雇用保険番号", "国保組合 記号-番号", None])
    for name, town in (("宮前 香織", "群馬県高崎市上中居町4丁目27番8号"), ("水島 陽太", "岡山県倉敷市児島小川1丁目11番17号"),
                       ("松浦 和子", "兵庫県姫路市飾磨区細江3-33-3")):
        sheet.append([name, "S33.04.10", "配管", town, None, "1426-556645", None, "25-92496", "組合員"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.slow
def test_a_two_row_headers_body_word_is_no_owner_of_the_addresses_under_it(scanner):
    """The lower header row (its cells shifted under the group's title) holds 国保組合: the
    members' addresses in the rows below are theirs, not the body's."""
    record = scanner.scan_bytes("組合員台帳.xlsx", _members_book())
    found = sorted(f.text for o in record.walk() for f in o.findings if f.entity_type == "ADDRESS")
    assert found == sorted(["群馬県高崎市上中居町4丁目27番8号", "岡山県倉敷市児島小川1丁目11番17号", "兵庫県姫路市飾磨区細江3-33-3"]), found
