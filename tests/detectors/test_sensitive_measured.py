"""健康診断結果 read from a row's structure (issue 12, care9): a measured value in a clinical
unit, or under an item, with the flag or the grade that puts it out of range — in a wide
sheet of a row per person, an export of a row per item, composed `label: value` cells —
and a person's overall judgement; a judgement told after an item's value on a line begins
at the item. A machine's or water's inspection and a count of findings are not. Made-up
people, the real detector and real files."""

import pytest

from detectors.jp.sensitive.fields import FieldValues
from detectors.jp.sensitive.lexicon import load_lexicon
from detectors.jp.sensitive.measured import judgements_with_values, measured_rows
from detectors.jp.sensitive.phrases import Phrase
from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file


@pytest.fixture(scope="module")
def is_item():
    fields = FieldValues(load_lexicon())
    return lambda word: (found := fields.label_of(word)) is not None and found[1].kind == "item"


def _said(text, phrases):
    return [(text[p.start:p.end], p.key) for p in phrases]


def test_a_value_with_a_clinical_unit_and_its_mark_cell_is_the_finding(is_item):
    text = ("番号|氏名|検査|値|単位|区分\n"
            "0417|岸本 朋美|フェリチン|6|ng/mL|L\n"
            "0417|岸本 朋美|アミラーゼ|88|U/L|\n")
    assert _said(text, measured_rows(text, is_item)[0]) == [("6", ":6 L")]  # an item the lexicon does not know: no key


def test_a_unit_in_the_header_or_an_item_in_the_row_makes_a_value_a_measure(is_item):
    text = ("受付\t氏名\tCRP(mg/dL)\t尿酸\t総合\n"
            "31\t浜口 修\t2.4 H\t8.2 H\tD2 要精密検査\n"
            "32\t浅井 恵\t0.1\t5.0\tA\n")
    assert _said(text, measured_rows(text, is_item)[0]) == [
        ("2.4 H", "CRP(mg/dL):2.4 H"), ("8.2 H", "尿酸:8.2 H"), ("D2 要精密検査", "")]


def test_a_grade_beside_one_of_several_values_is_the_rows_judgement_not_the_values(is_item):
    text = "氏名: 浜口 修\tCRP(mg/dL): 0.2\tAST(U/L): 21\t判定: C\n"
    assert _said(text, measured_rows(text, is_item)[0]) == [("C", "")]


def test_inspections_counts_and_plain_numbers_are_not_measures(is_item):
    for text in ("設備\t圧力\t単位\t評価\nポンプ3\t0.71\tMPa\tC\n",
                 "項目\t受診者\t有所見\t率\nCRP\t210\t31\t14.8%\n",
                 "社員番号\t氏名\t評価\t等級\n5521\t浜口 修\tC\t3\n"):
        assert measured_rows(text, is_item) == ([], []), text


def test_on_a_checkup_page_a_number_with_a_letter_beside_it_needs_a_unit_or_an_item(is_item):
    schedule = "健康診断 日程\n受付\t会場\t氏名\n12\tC\t浜口 修\n13\tD\t浅井 恵\n"
    assert measured_rows(schedule, is_item) == ([], [])
    results = "健康診断 結果\n受付\t氏名\t値\t区分\n12\t浜口 修\t41\t↑\n"
    assert _said(results, measured_rows(results, is_item)[0]) == [("41", ":41 ↑")]


def test_a_judgement_after_an_item_and_its_value_begins_at_the_item():
    text = "下記のとおりです。\n・フェリチン 6ng/mL 判定: 要再検査\n"
    start = text.index("要再検査")
    phrase = judgements_with_values(text, [Phrase(start, start + 4, "健康診断結果")])[0]
    assert text[phrase.start:phrase.end] == "フェリチン 6ng/mL 判定: 要再検査"


@pytest.mark.slow
def test_an_export_and_a_wide_sheet_in_files(scanner):
    export = "\r\n".join(["ID,NAME,ITEM,VALUE,UNIT,FLAG", "8801,岸本 朋美,フェリチン,6,ng/mL,L",
                          "8801,岸本 朋美,アミラーゼ,88,U/L,"]).encode("cp932")
    assert ("健康診断結果", "6") in in_file(scanner, "export.csv", export)
    rows = [["健康診断 結果一覧"], ["職員番号", "氏名", "CRP(mg/dL)", "尿酸(mg/dL)", "総合判定"],
            ["3101", "浜口 修", "2.4 H", "8.2 H", "D2 要精密検査"], ["3102", "浅井 恵", "0.1", "5.0", "A"]]
    found = in_file(scanner, "sheet.xlsx", w.xlsx_bytes({"Sheet1": rows}))
    assert {("健康診断結果", "2.4 H"), ("健康診断結果", "D2 要精密検査")} <= set(found), found


@pytest.mark.slow
def test_a_machine_inspection_sheet_is_no_finding(scanner):
    rows = [["設備点検記録"], ["設備", "測定値", "単位", "判定"], ["ポンプ3", "0.71", "MPa", "C"],
            ["炉1", "612", "℃", "D"], ["点検者", "浜口 修"]]
    assert in_file(scanner, "inspection.xlsx", w.xlsx_bytes({"Sheet1": rows})) == []


def test_a_long_plain_text_table_reads_its_header_once_and_as_far_as_before(is_item):
    """Each row of a results table in plain text (no composed labels) takes its items
    from the header above it; the rows walk up once between them (lines10), and a row
    more than 200 lines below the header still reads none, as before."""
    rows = [f"{i:04d}|{'岸本 朋美' if i % 2 else '浅井 恵'}|{5 + i % 4}.{i % 10}|H" for i in range(260)]
    text = "健康診断結果\n社員番号|氏名|HbA1c|判定\n" + "\n".join(rows) + "\n"
    found = measured_rows(text, is_item)[0]
    assert len(found) == 260
    keyed = [p.key.startswith("HbA1c:") for p in found]
    assert keyed == [True] * 200 + [False] * 60  # the 200th row is the last within 200 lines of the header (the old code says the same)
    assert all(p.key.endswith(" H") for p in found)
