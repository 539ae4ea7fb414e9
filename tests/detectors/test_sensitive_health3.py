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
    assert fields.label_of("精密検査結果") is not None and fields.label_of("再検査結果受領日") is None


def test_dates_statuses_and_printed_choices_are_not_a_measure(fields):
    measure = fields.labels["就業区分"]
    assert fields.counts(measure, "就業制限")
    for value in ("2025/7/3", "令和7年6月2日", "9月予定", "通知済", "未提出", "意見書回収済み", "本人に通知", "別紙参照",
                  "通常勤務 ・ 就業制限 ・ 要休業", "就業制限なし", "措置不要", "異常なし(A)", "通常勤務可", "就業可能"):
        assert not fields.counts(measure, value), value
    assert fields.counts(measure, "就業制限なし・要保健指導") and fields.counts(measure, "経過観察中")


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


def test_last_times_column_is_passed_over_for_this_times(fields):
    text = "検査項目\t基準値\t前回\t今回\t判定\n尿酸\t2.1〜7.0\t5.5\t8.9\tC 要経過観察\n尿蛋白\t(-)\t(-)\t(2+)\t\n"
    found = [finding for _, _, finding in item_rows(text, fields.label_of) if finding]
    assert [f.key for f in found] == ["尿酸:8.9 C 要経過観察", "尿蛋白:(2+) 陽性"]


def test_a_finding_in_words_counts_with_its_grade(fields):
    text = "項目\t今回\t判定\n心電図\t洞性徐脈\tB\n胸部X線\t異常なし\tA\n眼底\t所見なし\tA\n"
    found = [finding for _, _, finding in item_rows(text, fields.label_of) if finding]
    assert [f.key for f in found] == ["心電図:洞性徐脈 B"]


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


INCIDENTS = [
    ("概要: 神崎 徹が通勤途中に自転車と接触し、左膝を打撲。翌日整形外科を受診した。", "左膝を打撲"),
    ("概要: 訪問先で犬にかまれ、神崎 徹が病院で手当てを受けた。", "病院で手当てを受けた"),
]
NO_INJURY = [
    "概要: 来客の日下部 咲さんが階段で転倒したが、骨折の疑いはなく、けがもなかった。",
    "概要: 配送中の車両が電柱に接触。運転していた神崎 徹にけがはなかった。",
]
SERVICE_DESK = [
    ("2025/6/3\t日下部 咲様\t苦情\tキャッシュカードをスキミングされたとの申し出。", "スキミングされた"),
    ("2025/6/3\t日下部 咲様\t相談\t自宅に不審者が侵入し、現金を盗られた。", "盗られた"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, phrase", INCIDENTS)
def test_an_injury_or_its_treatment_in_an_accident_report(detector, text, phrase):
    assert any(d.category == "病歴" and phrase in d.text for d in sensitive(detector, text))


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_INJURY)
def test_an_accident_that_hurt_no_one(detector, text):
    assert sensitive(detector, text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, phrase", SERVICE_DESK)
def test_a_customer_told_of_an_offence_suffered(detector, text, phrase):
    assert any(d.category == "犯罪被害" and phrase in d.text for d in sensitive(detector, text))


@pytest.mark.slow
def test_a_treatment_in_a_follow_up_row_followed_from_the_check_up(scanner, tmp_path):
    sheet = [["社員番号", "氏名", "所属", "総合判定", "既往歴", "備考"],
             ["1001", "久住 和弥", "総務課", "D1", "喘息", "降圧薬の服用を開始"],
             ["1002", "沖田 玲奈", "総務課", "A", "", ""], ["1003", "三枝 奈緒", "経理課", "B", "", "通院中"]]
    path = tmp_path / "follow.xlsx"
    w.write_xlsx(path, {"一覧": sheet})
    found = in_file(scanner, "follow.xlsx", path.read_bytes())
    assert ("健康診断結果", "降圧薬の服用を開始") in found and ("病歴", "喘息") in found


@pytest.mark.slow
def test_a_disease_on_the_line_under_a_name_does_not_take_the_name_in(detector):
    # `$` once matched before the line break, so the phrase began inside the name above
    found = [f.text for f in sensitive(detector, "面談対象：堀川 和臣\nがんの再発により通院中です。")]
    assert found and all("和臣" not in text for text in found), found
