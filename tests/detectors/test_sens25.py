"""要配慮 read across writers (issue 12, sens25): an operation done on a disease (〜を…で切除,
〜で抜歯予定), a treatment done a number of times (〜移植を3回), a remark in brackets between a
disease and what is told of it (〜(重度)で, 〜手術(右眼)済み), a body part's loss (左手に欠損あり),
the kinds of aid the 補装具 list names (短下肢装具, 義眼), a clause ended by 〜があり before the next
one's word (支援員). Made-up people and wordings."""

import pytest

from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401


@pytest.mark.parametrize("text, inside, category", [
    ("病棟日誌\n305号室 大野 茂様 胃ポリープを内視鏡で切除した。", "胃ポリープを内視鏡で切除", "病歴"),
    ("通院記録 利用者 石川 美奈様：歯肉炎（重度）で抜歯予定。", "歯肉炎(重度)で抜歯予定", "病歴"),
    ("面談記録 原田 進さんは緑内障手術（右眼）済み。", "緑内障手術(右眼)済み", "病歴"),
    ("相談メモ 秋山 由香さん、これまで体外受精を4回。", "体外受精を4回", "病歴"),
    ("支援記録 小松 拓也さんは右手に欠損あり、書字は左手で行う。", "右手に欠損あり", "障害"),
    ("利用者票 吉川 清 様\n移動：短下肢装具を装着", "短下肢装具を装着", "障害"),
    ("面談メモ 柴田 翼さんは知的障害があり支援員が付き添う。", "知的障害があり", "障害"),
])
def test_told_of_a_person(recognizer, text, inside, category):
    found = told(recognizer, text)
    assert any(inside in value and cat == category for value, cat in found), found


@pytest.mark.parametrize("text", [
    "予防接種のご案内\nワクチン注射を2回、4週間の間隔で。",
    "理事会議事録\n会議を3回開催した。会費は支払い済み。研修を3回、説明会を2回実施済み。",
    "障害のある方への支援について、説明会を開きます。",
])
def test_no_ones(recognizer, text):
    assert not [p for p in told(recognizer, text) if p[1] in ("障害", "病歴")], told(recognizer, text)
