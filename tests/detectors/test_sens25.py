"""要配慮 read across writers (issue 12, sens25): an operation done on a disease (〜を…で切除,
〜で抜歯予定), a treatment done a number of times (〜移植を3回), a remark in brackets between a
disease and what is told of it (〜(重度)で, 〜手術(右眼)済み), a treatment counted (〜3回目) or
kept for years (透析歴12年, 断酒歴6年: 断酒 is the treatment of a dependence), a body part's loss (左手に欠損あり),
the kinds of aid the 補装具 list names (短下肢装具, 義眼), a clause ended by 〜があり before the next
one's word (支援員), a baptism (受洗) after its church, a する verb's passive with its を (落書きを
された), an offence's verb (毀損された). Made-up people and wordings."""

import pytest

from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401


@pytest.mark.parametrize("text, inside, category", [
    ("病棟日誌\n305号室 大野 茂様 胃ポリープを内視鏡で切除した。", "胃ポリープを内視鏡で切除", "病歴"),
    ("通院記録 利用者 石川 美奈様：歯肉炎（重度）で抜歯予定。", "歯肉炎(重度)で抜歯予定", "病歴"),
    ("面談記録 原田 進さんは緑内障手術（右眼）済み。", "緑内障手術(右眼)済み", "病歴"),
    ("相談メモ 秋山 由香さん、これまで体外受精を4回。", "体外受精を4回", "病歴"),
    ("患者会の記録\n青木 まどかさん：人工授精3回目。", "人工授精3回目", "病歴"),
    ("自助グループ名簿\n内藤 修　090-1111-2222　断酒歴6年", "断酒歴6年", "病歴"),
    ("送迎名簿\n川口 勇様　透析歴12年、月水金。", "透析歴12年", "病歴"),
    ("支援記録 小松 拓也さんは右手に欠損あり、書字は左手で行う。", "右手に欠損あり", "障害"),
    ("利用者票 吉川 清 様\n移動：短下肢装具を装着", "短下肢装具を装着", "障害"),
    ("面談メモ 柴田 翼さんは知的障害があり支援員が付き添う。", "知的障害があり", "障害"),
    ("信徒名簿 備考：村田 晴美さんは2009年に日本聖公会で受洗。", "日本聖公会で受洗", "宗教"),
    ("相談票 相談者 北野 誠\n店のシャッターに落書きをされた。", "落書きをされた", "犯罪被害"),
    ("相談票 相談者 北野 誠\n掲示板で名誉を毀損された。", "毀損された", "犯罪被害"),
    # a name in brackets is no remark: the disability inside keeps its reading
    ("利用者メモ 坂井 孝様：ストーマ（人工肛門）を造設済みで、装具の交換は自分で行う。", "人工肛門", "障害"),
])
def test_told_of_a_person(recognizer, text, inside, category):
    found = told(recognizer, text)
    assert any(inside in value and cat == category for value, cat in found), found


@pytest.mark.parametrize("text", [
    "予防接種のご案内\nワクチン注射を2回、4週間の間隔で。",
    "理事会議事録\n会議を3回開催した。会費は支払い済み。研修を3回、説明会を2回実施済み。",
    "障害のある方への支援について、説明会を開きます。",
    "接種記録の様式\nワクチン注射2回目の日付を書いてください。",
    "職員名簿 遠藤 正 喫煙歴20年、勤続歴5年。第3回目の研修に参加。",
])
def test_no_ones(recognizer, text):
    assert not [p for p in told(recognizer, text) if p[1] in ("障害", "病歴")], told(recognizer, text)


@pytest.mark.slow
def test_a_records_key_person_is_no_other_subject(scanner):
    """A care record's body tells its person's condition; its table names the person, the one
    who writes it and the key person who acts for them (キーパーソン, 緊急連絡先): the body is the
    person's. Three people not so labelled tie nothing."""
    from tests.detectors.test_sensitive_beliefs import in_file
    from tests.detectors.test_sensitive_care8 import docx_bytes
    body = ["支援経過記録", "心不全で利尿薬を服用中。"]
    table = [["利用者氏名", "早川 聡子"], ["担当", "相談員 三宅 健"], ["キーパーソン", "早川 俊介（090-2345-6789）"]]
    assert ("病歴", "心不全で利尿薬を服用中") in in_file(scanner, "plan.docx", docx_bytes(body, [table]))
    several = [["利用者氏名", "早川 聡子"], ["担当", "相談員 三宅 健"], ["同席者", "村越 ゆか"]]
    assert in_file(scanner, "plan.docx", docx_bytes(body, [several])) == []


def test_a_distance_reached_with_an_aid_is_a_step_of_training(recognizer):
    text = "リハビリ経過 利用者 関 直人様\n術後3週、歩行器で40m自立。"
    assert not [p for p in told(recognizer, text) if p[1] == "障害"], told(recognizer, text)
    assert ("歩行器を使用", "障害") in told(recognizer, "利用者 関 直人様\n屋内は歩行器を使用。")
