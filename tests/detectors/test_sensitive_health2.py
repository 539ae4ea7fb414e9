"""健康診断結果, 病歴 and 犯罪被害 in an occupational-health and general-affairs office
(issue 12, second round): tables whose labels the extractor left uncomposed, last
time's values and summary rows beside a person's results, programme words (有所見率,
保健指導の日程), 特定保健指導 levels, victims told by a passive verb, offences in a
victims' record; and the same words about no one. Made-up people, the real GiNZA
detector and real files."""

import pytest

from detectors.jp.sensitive.columns import labelled_cells
from detectors.jp.sensitive.lexicon import FieldLabel
from detectors.jp.sensitive.victims import about_victims, passive_stem
from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file, sensitive

PASSIVE_VICTIMS = [
    ("水野 早苗さんは商店街で買い物袋を奪われた。", "奪われた"),
    ("相談者の川口 隆さんは、深夜に帰宅途中で後をつけられていると話した。", "後をつけられて"),
    ("柴田 光さんは駐輪場で自転車のサドルを切り裂かれました。", "切り裂かれました"),
    ("宮本 隼人さんは居酒屋で隣の客に殴打され、救急搬送された。", "殴打され"),
    ("面談者：杉山 美穂\n電車の中でスマートフォンで盗撮され、駅員に伝えた。", "盗撮され"),
    ("相談者: 野口 卓也\n経過: 5/30 深夜 路上で見知らぬ男に殴られる。", "殴られる"),
]

NOT_VICTIMS = [
    "大橋 誠さんは忘れ物の傘を見つけられた。",
    "荒木 由香さんは自転車を盗まれないように二重ロックを勧めた。",
    "岩田 剛さんの説明：取引先がお金をだまし取られる事件が全国で起きている。",
    "高田 亜美さんは、鍵をかけないと自転車が盗まれると心配した。",
]

RULES = [
    "保健師 森下 綾より: 収縮期血圧 160以上 → 要受診、HbA1c 6.5%以上は要精密検査とします。",
    "文責 丸山 聡: 結果票に「要再検査」と書かれていたら、早めに受診してください。",
]

NO_ONE = [
    "部署別の有所見率は製造部が41.2%で最も高く、特定保健指導の実施率は55%でした。文責 健康管理室 丸山 聡",
    "保健指導 実施日程 第1回 11月6日 本館2F 担当 保健師 森下 綾",
]


def test_the_passive_stem_of_each_kind_of_verb():
    assert [passive_stem(v) for v in ("奪う", "盗む", "殴る", "巻き上げる|1", "尾行する")] == [
        "奪わ", "盗ま", "殴ら", "巻き上げら", "尾行さ"]


def test_a_victims_record_is_told_from_an_offenders_record():
    assert about_victims("受付番号\t届出人\t罪種\t被害品")
    assert not about_victims("被疑者\t罪種\t被害品")
    assert not about_victims("罪種\t令和5年\t令和6年")


def test_a_header_under_a_title_labels_the_cells_below_it():
    text = "災害記録\t\n日付\t被災者\t傷病名\t休業\t\n6/3\t小西 学\t左前腕挫創\t3\t\n"
    label = ("傷病名", FieldLabel("病歴", "any"))
    cells = [(word, text[s:e]) for word, _, s, e in labelled_cells(text, lambda t: label if t == "傷病名" else None)]
    assert cells == [("傷病名", "左前腕挫創")]


def test_composed_rows_are_left_to_the_composed_labels():
    text = "氏名\t傷病名\n氏名: 小西 学\t傷病名: 左前腕挫創\n"
    label = ("傷病名", FieldLabel("病歴", "any"))
    assert list(labelled_cells(text, lambda t: label if t == "傷病名" else None)) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, phrase", PASSIVE_VICTIMS)
def test_a_victim_told_by_a_passive_verb(detector, text, phrase):
    found = sensitive(detector, text)
    assert any(d.category == "犯罪被害" and phrase in d.text for d in found), found


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_VICTIMS)
def test_a_passive_that_is_no_ones_suffering(detector, text):
    assert [d for d in sensitive(detector, text) if d.category == "犯罪被害"] == []


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_ONE)
def test_rates_and_schedules_are_no_ones_result(detector, text):
    assert sensitive(detector, text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text", RULES)
def test_thresholds_and_quoted_judgements_are_rules_not_results(detector, text):
    assert sensitive(detector, text) == []


@pytest.mark.slow
def test_a_sheet_gives_this_years_flagged_values_not_last_years_or_the_summary(scanner, tmp_path):
    sheet = [["2024年度 健診結果"], ["No", "氏名", "所属", "γ-GT(U/L)", "前回γ-GT", "判定"],
             ["1", "永井 透", "総務課", "188 H", "201", "D2"], ["2", "平田 恵", "総務課", "30", "28", "A"], [],
             ["受診者数", "2", "有所見率", "50%", "", ""]]
    path = tmp_path / "健診.xlsx"
    w.write_xlsx(path, {"結果": sheet})
    found = {text for _, text in in_file(scanner, "健診.xlsx", path.read_bytes())}
    assert {"188 H", "D2"} <= found and not found & {"201", "28", "2", "50%"}  # a normal value (30) counts neither way


@pytest.mark.slow
def test_a_form_of_label_and_value_cells_gives_the_value_not_the_label(scanner, tmp_path):
    path = tmp_path / "措置.docx"
    w.write_docx(path, ["事後措置票"], [["氏名", "坂口 亮"], ["有所見項目", "尿酸 9.1mg/dL"], ["就業区分", "要休業(1週間)"]])
    found = in_file(scanner, "措置.docx", path.read_bytes())
    assert found == [("健康診断結果", "尿酸 9.1mg/dL"), ("健康診断結果", "要休業(1週間)")]


@pytest.mark.slow
def test_guidance_levels_count_in_a_persons_row_only(scanner):
    rows = ["特定保健指導 対象者名簿", "氏名,支援レベル,面談日", "栗原 健,動機付け支援,10/2", "松井 彩,積極的支援,10/3"]
    found = in_file(scanner, "名簿.csv", "\n".join(rows).encode("utf-8"))
    assert found == [("健康診断結果", "動機付け支援"), ("健康診断結果", "積極的支援")]


@pytest.mark.slow
def test_a_vaccine_or_a_screening_names_no_ones_disease(scanner):
    rows = ["社員番号,氏名,実施日,備考", "3,小野 実,2024/10/1,B型肝炎ワクチン 2回目", "4,今井 咲,2024/10/2,子宮頸がん検診(希望)",
            "5,原 大地,2024/10/3,糖尿病"]
    assert in_file(scanner, "接種.csv", "\n".join(rows).encode("utf-8")) == [("病歴", "糖尿病")]


@pytest.mark.slow
def test_offences_in_a_victims_record_and_not_in_statistics(scanner):
    book = ["被害届受理簿", "番号,届出人,罪種,被害額", "12,吉川 聡,詐欺(架空請求),30000", "13,森田 瞳,器物損壊,5000"]
    found = in_file(scanner, "受理簿.csv", "\n".join(book).encode("utf-8"))
    assert found == [("犯罪被害", "器物損壊"), ("犯罪被害", "詐欺(架空請求)")]
    stats = ["罪種別 被害認知件数", "罪種,件数", "詐欺,120", "器物損壊,48", "作成 防犯係 長尾 健一 045-201-0110"]
    assert in_file(scanner, "統計.csv", "\n".join(stats).encode("utf-8")) == []
