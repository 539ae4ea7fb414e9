"""要配慮 precision in health-check follow-up sheets, result sheets and incident reports
(issue 12, third health round): the columns of paperwork around a follow-up (通知日,
提出期限, 判定医), dates and statuses, printed choices; one finding per out-of-range
item of a result table; a crime against an organisation's property. Made-up people,
the real detector and real files."""

import pytest

from detectors.jp.sensitive.fields import FieldValues
from detectors.jp.sensitive.lexicon import load_lexicon
from detectors.jp.sensitive.results import _out_of_range, item_rows
from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file, sensitive


@pytest.fixture(scope="module")
def fields():
    return FieldValues(load_lexicon())


def test_a_header_naming_the_paperwork_around_a_label_labels_nothing(fields):
    assert fields.label_of("事後措置") is not None
    assert fields.label_of("事後措置通知日") is None
    assert fields.label_of("産業医意見書提出期限") is None
    assert fields.label_of("判定医") is None


def test_dates_statuses_and_printed_choices_are_not_a_measure(fields):
    measure = fields.labels["就業区分"]
    assert fields.counts(measure, "就業制限")
    for value in ("2025/7/3", "令和7年6月2日", "通知済", "未提出", "意見書回収済み", "通常勤務 ・ 就業制限 ・ 要休業"):
        assert not fields.counts(measure, value), value


def test_a_reference_range_is_read_in_every_form():
    assert _out_of_range(61, "10〜30") and not _out_of_range(22, "10-30")
    assert _out_of_range(33, "40〜") and _out_of_range(140, "〜129") and _out_of_range(150, "130未満")
    assert not _out_of_range(45, "40以上") and not _out_of_range(5, "陰性")


def test_each_item_row_gives_one_finding_on_this_times_value(fields):
    text = ("項目\t今回\t前回\t基準範囲\tH/L\n"
            "ALT(GPT)\t91\t18\t10〜30\tH\n"
            "尿酸\t5.5\t5.4\t2.1〜7.0\t\n"
            "HDLコレステロール\t33\t41\t40〜\t\n"
            "γ-GTP\t176\t120\tmg/dL\tD2\n")
    found = [finding for _, _, finding in item_rows(text, fields.label_of) if finding]
    assert [text[f.start:f.end] for f in found] == ["91", "33", "176"]
    assert [f.key for f in found] == ["ALT(GPT):91 H", "HDLコレステロール:33 範囲外", "γ-GTP:176 D2"]


@pytest.mark.slow
def test_a_follow_up_sheet_reports_its_measures_not_its_dates_or_notes(scanner, tmp_path):
    sheet = [["事後措置管理表"],
             ["氏名", "総合判定", "就業区分", "措置内容", "事後措置通知日", "意見書提出期限", "健診機関", "状況"],
             ["久住 和弥", "D2", "就業制限", "深夜業の禁止", "2025/8/4", "2025/8/29", "北野健診センター", "通知済"],
             ["沖田 玲奈", "A", "通常勤務", "", "2025/8/4", "", "北野健診センター", "通知済"],
             [], ["※就業区分: 通常勤務/就業制限/要休業"]]
    path = tmp_path / "jigo.xlsx"
    w.write_xlsx(path, {"一覧": sheet})
    found = {text for _, text in in_file(scanner, "jigo.xlsx", path.read_bytes())}
    assert {"D2", "就業制限", "深夜業の禁止"} <= found
    assert not any(text.startswith("2025") or "通知" in text or "/" in text for text in found), found


@pytest.mark.slow
def test_a_result_sheet_reports_one_finding_per_item_out_of_range(scanner, tmp_path):
    sheet = [["健康診断結果個人票"], ["氏名", "汐見 恭平", "受診日", "2025/6/11"], [],
             ["検査項目", "結果", "単位", "基準値", "判定"],
             ["AST(GOT)", "64", "U/L", "10〜30", "D2"], ["中性脂肪", "88", "mg/dL", "30〜149", "A"]]
    path = tmp_path / "kojin.xlsx"
    w.write_xlsx(path, {"個人票": sheet})
    assert in_file(scanner, "kojin.xlsx", path.read_bytes()) == [("健康診断結果", "64")]


@pytest.mark.slow
def test_a_theft_of_company_property_is_no_ones_victimisation(detector):
    note = ("報告者: 総務課 片桐 亮\n概要: 倉庫の施錠が壊され、会社所有のノートPC 3台が盗まれた。\n警察に被害届を提出済み。")
    assert sensitive(detector, note) == []
    told = "報告者: 片桐 亮\n概要: 来客の三枝 奈緒さんが、ロビーで財布を盗まれたと申し出た。"
    assert [d.category for d in sensitive(detector, told)] == ["犯罪被害"]
