"""宗教, 信条, 犯罪被害 and 健康診断結果 as people's records say them (issue 12):
member words and sects in a temple's or a survey's columns, funeral rites and
faith in an HR form, political activity, victims telling of it, flagged results
in a one-row-per-item sheet; and what names a faith, a party, a crime or a grade
about no one (notices, statistics, legends, reference ranges). Made-up people,
the real GiNZA detector and real files."""

import pytest

from samples import writers as w

MATCHES = [
    ("宗教", "山田 太郎さんは浄土真宗本願寺派の門徒です。", "浄土真宗本願寺派の門徒"),
    ("宗教", "佐藤 花子さんは日曜日にカトリック教会のミサに通っている。", "カトリック教会のミサに通っ"),
    ("宗教", "鈴木 一郎さんは日蓮正宗の信徒である。", "日蓮正宗の信徒"),
    ("宗教", "田中 次郎さんはムスリムのため、ラマダン中は日中に食事をとらない。", "ムスリム"),
    ("宗教", "中島 綾さんは黄檗宗の檀家で、法事のため休暇を取る。", "黄檗宗の檀家"),
    ("宗教", "野村 健太さんの実家の宗派は時宗で、葬儀は寺で行う。", "宗派は時宗"),
    ("信条", "面談で大野 恵さんは支持政党は立憲だと話した。", "支持政党は立憲"),
    ("信条", "高橋 健さんは共産党候補の選挙運動に参加した。", "共産党候補の選挙運動に参加"),
    ("信条", "伊藤 誠さんは日曜に党の機関紙を配布している。", "機関紙を配布"),
    ("信条", "渡辺 恵さんはれいわを支持している。", "れいわを支持している"),
    ("犯罪被害", "小林 愛さんから元交際相手によるストーカー被害について相談があった。", "ストーカー被害"),
    ("犯罪被害", "加藤 亮さんは投資詐欺の被害に遭った。", "投資詐欺の被害に遭った"),
    ("健康診断結果", "森 浩二 様\nAST(GOT)　48 U/L（基準値 10～30）　判定 C", "AST(GOT)　48 U/L"),
]

NEAR_MISSES = [
    "佐藤 一郎さんは健康診断の判定区分（A:異常なし B:軽度異常 C:要経過観察 D:要医療）を説明した。",
    "山本 由美さんは選挙の投票所で受付を担当した。",
    "井上 誠さんはストーカー被害の防止策について講演した。",
]

NO_PERSON = [
    "光明寺（浄土真宗本願寺派）寺報　門徒の皆様へ　報恩講を11月23日に厳修いたします。",
    "立憲民主党 第3区総支部ニュース：党員・サポーター登録のお願い。自民党政権の政策について意見交換会を開催します。",
    "管内で特殊詐欺の被害が相次いでいます。ストーカー被害の相談は警察へ。",
    "判定区分：A 異常なし、B 軽度異常、C 要経過観察、D 要医療、E 治療中",
]


def sensitive(detector, text):
    return [d for d in detector.detect(text) if d.entity_type == "SENSITIVE"]


def in_file(scanner, name, data):
    record = scanner.scan_bytes(name, data)
    return sorted((f.category, f.text) for o in record.walk() for f in o.findings if f.entity_type == "SENSITIVE")


@pytest.mark.slow
@pytest.mark.parametrize("category, text, phrase", MATCHES)
def test_faith_belief_victim_and_results_are_found_with_their_category(detector, category, text, phrase):
    found = sensitive(detector, text)
    assert any(d.category == category and (phrase in d.text or d.text in phrase) for d in found), found


@pytest.mark.slow
@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_say_nothing_of_the_person(detector, text):
    assert sensitive(detector, text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_PERSON)
def test_notices_statistics_and_legends_about_no_one(detector, text):
    assert sensitive(detector, text) == []


@pytest.mark.slow
def test_a_temple_roll_gives_each_members_word_and_sect(scanner):
    rows = ["世帯主,住所,区分,宗派,出身校", "西田 勝,京都府京都市下京区1-2-3,門徒,真宗大谷派,仏教大学",
            "東 礼子,京都府京都市下京区4-5-6,檀家総代,真宗大谷派,-"]
    found = in_file(scanner, "門徒名簿.csv", "\r\n".join(rows).encode("cp932"))
    assert ("宗教", "門徒") in found and ("宗教", "檀家総代") in found and ("宗教", "真宗大谷派") in found
    assert all(category == "宗教" for category, _ in found) and not any("大学" in text for _, text in found)


@pytest.mark.slow
def test_a_survey_gives_the_party_but_not_no_party(scanner):
    rows = ["回答者,年代,支持政党", "北川 大輔,40代,自民", "南 さやか,30代,支持政党なし", "東山 拓,50代,わからない"]
    assert in_file(scanner, "調査.csv", "\n".join(rows).encode("utf-8")) == [("信条", "自民")]


@pytest.mark.slow
def test_a_funeral_benefit_form_gives_sect_and_rite(scanner, tmp_path):
    path = tmp_path / "慶弔.docx"
    w.write_docx(path, ["慶弔見舞金申請書"], [["申請者氏名", "岡本 直人"], ["続柄", "父"], ["宗旨・宗派", "臨済宗妙心寺派"],
                                            ["葬儀の形式", "神葬祭"]])
    assert in_file(scanner, "慶弔.docx", path.read_bytes()) == [("宗教", "神葬祭"), ("宗教", "臨済宗妙心寺派")]


@pytest.mark.slow
def test_a_one_row_per_item_sheet_gives_flagged_results_not_ranges_or_legends(scanner, tmp_path):
    sheet = [["氏名", "検査項目", "結果", "基準範囲", "判定"], ["今村 徹", "ALT(U/L)", "74 H", "10～30", "要再検査"],
             ["今村 徹", "HbA1c(%)", "5.2", "4.6～5.5", "異常なし"], [],
             ["判定区分", "A:異常なし B:軽度異常 C:要経過観察 D:要医療"]]
    path = tmp_path / "結果.xlsx"
    w.write_xlsx(path, {"結果": sheet})
    assert in_file(scanner, "結果.xlsx", path.read_bytes()) == [("健康診断結果", "74 H"), ("健康診断結果", "要再検査")]


@pytest.mark.slow
def test_a_reference_row_under_item_columns_is_no_result(scanner, tmp_path):
    sheet = [["氏名", "γ-GTP", "HbA1c"], ["基準値", "≦50", "4.6-5.5"], ["堀 美和", "38", "6.8"]]
    path = tmp_path / "健診.xlsx"
    w.write_xlsx(path, {"健診": sheet})
    texts = [text for _, text in in_file(scanner, "健診.xlsx", path.read_bytes())]
    assert "≦50" not in texts and "4.6-5.5" not in texts and "6.8" in texts
