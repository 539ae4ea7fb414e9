"""障害 and 病歴 by what the words are of (issue 12, care16): a para-sport named by its
disability word is an event, no one's condition (車いすテニス under 種目); a treatment
under a disability's own label is the disability it treats (障がいの状況 | 腹膜透析 — an
internal disability); a treatment's supplies delivered to a named client tell the
client's illness (在宅酸素療法の消耗品); a condition left after a disease or an operation
(くも膜下出血後の右半身まひ, 帝王切開後の創部痛), a disease's tendency (更年期障害の
傾向あり), a disease said with the copula's joining form (患者さんは〜で、) or given for a
suspension (〜のため…まで休止) are the illness told; a condition that is a disability by itself
(脳性まひ, ダウン症) is one under a diagnosis's label, a disability's other name in brackets
(人工肛門(ストーマ)) is the same one, and the injury a crime did is the crime's harm. Made-up
people and wordings only."""

import pytest

from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file
from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401  (NFKC as the scanner gives it)


def _body(found):
    return [p for p in found if p[1] in ("病歴", "障害")]


@pytest.mark.parametrize("text", [
    "会員番号\t氏名\t種目\n201\t岸本 遼\t車いすテニス\n202\t大和田 咲\t車椅子ラグビー",
    "氏名：岸本 遼\n所属クラブ：車いすマラソン同好会",
    "登録種目 車イスバスケットボール　氏名 大和田 咲",
    "岸本 遼さんは車いすフェンシングの県代表に選ばれました。",
    "No,氏名,競技\n1,大和田 咲,車椅子ソフトボール",
])
def test_a_sport_named_by_its_aid_is_no_ones_condition(recognizer, text):
    assert _body(told(recognizer, text)) == []


@pytest.mark.parametrize("text, phrase", [
    ("氏名：岸本 遼\n移動：車いすを使用", "車いすを使用"),
    ("会員番号\t氏名\t種目\t障害の状況\n201\t岸本 遼\t車いすテニス\t頸髄損傷(四肢まひ)", "頸髄損傷(四肢まひ)"),
])
def test_a_persons_own_aid_or_condition_beside_a_sport_stays(recognizer, text, phrase):
    assert (phrase, "障害") in told(recognizer, text), told(recognizer, text)


@pytest.mark.parametrize("text, phrase", [
    ("番号\t氏名\t障がいの状況\n1\t岸本 遼\t腹膜透析を毎日実施\n2\t大和田 咲\t療育手帳A", "腹膜透析を毎日実施"),
    ("氏名：大和田 咲\n障害の内容：在宅酸素療法(24時間)", "在宅酸素療法(24時間)"),
    ("No\t氏名\t障害の状況\n3\t岸本 遼\t血液透析のため月水金に通院", "血液透析のため月水金に通院"),
])
def test_a_treatment_under_a_disabilitys_label_is_the_disability(recognizer, text, phrase):
    found = told(recognizer, text)
    assert (phrase, "障害") in found and not [p for p in found if p[1] == "病歴"], found


@pytest.mark.parametrize("text, phrase", [
    ("配慮事項：血液透析のため月水金は夕方に通院", "血液透析のため月水金は夕方に通院"),
    ("岸本様は人工透析を週3回受けている。", "人工透析を週3回受けている"),
])
def test_dialysis_told_alone_stays_an_illness(recognizer, text, phrase):
    """No certificate, grade or disability's label: the guideline's 障害 needs one (see docs)."""
    found = told(recognizer, text)
    assert any(p[1] == "病歴" and (p[0] in phrase or phrase in p[0]) for p in found), found
    assert not [p for p in found if p[1] == "障害"], found


@pytest.mark.parametrize("text, phrase", [
    # a treatment's supplies delivered to a client
    ("本日のお届け先\n大和田 咲様 市内北町2-3 ／ 在宅酸素療法の消耗品", "在宅酸素療法の消耗品"),
    ("配送リスト\n岸本 遼様 ／ 腹膜透析液の定期配送", "腹膜透析液の定期配送"),
    ("岸本 遼様 宛て: インスリン製剤の定期お届け(月1回)", "インスリン製剤の定期お届け"),
    ("大和田 咲様へ抗がん剤の配達は木曜です。", "抗がん剤の配達"),
    # a condition left after a disease or an operation
    ("引継ぎ：大和田はくも膜下出血後の右半身まひ。脚立作業は不可。", "くも膜下出血後の右半身まひ"),
    ("健康上の留意点：心筋梗塞後の息切れ", "心筋梗塞後の息切れ"),
    ("体調：帝王切開後の傷の痛み", "帝王切開後の傷の痛み"),
    ("産後の状態：会陰切開後の創部痛あり", "会陰切開後の創部痛"),
    # a disease's tendency said of a person
    ("申込者：大和田 咲\n心と体の様子：更年期障害の傾向あり", "更年期障害の傾向あり"),
    ("面談記録 岸本 遼\n睡眠障害の傾向がみられる。", "睡眠障害の傾向がみられ"),
    # a disease said of someone with the copula's joining form
    ("提供者候補 岸本 遼さんの件。\n受け手の患者さんは慢性骨髄性白血病で、早期の移植が望まれます。", "慢性骨髄性白血病"),
    ("紹介状 大和田 咲様\n本人は悪性リンパ腫(再発)で、外来通院が難しい。", "悪性リンパ腫(再発)"),
    ("母は肺気腫で酸素療法中で、外出は短時間です。 記入:岸本 遼", "肺気腫"),
    # a disease given for a suspension until a date, or told as the person's report
    ("配達メモ\n北町3-2の岸本 遼さん宅、バセドウ病のため2026年2月1日まで配達休止。", "バセドウ病のため2026年2月1日まで配達休止"),
    ("大和田 咲さんは気管支喘息で定例会を欠席。", "気管支喘息で定例会を欠席"),
    ("面談 岸本 遼\n本人よりクローン病との申告があった。", "クローン病との申告"),
])
def test_supplies_sequels_tendencies_copulas_and_suspensions_tell_the_illness(recognizer, text, phrase):
    found = told(recognizer, text)
    assert any(p[1] == "病歴" and phrase in p[0] for p in found), found


@pytest.mark.parametrize("text", [
    "在宅酸素療法の消耗品は、毎月第2水曜日にまとめて発注します。",
    "透析液の配送に関するお知らせ\n年末年始の配送は休止します。",
    "術後の経過は良好です。次回は来月。",
    "雨の後の晴れ間に作業を再開。",
    "台風後の片付けで腰を使う作業が続く。",
    "担当の山田さんは不在(出張)で、折り返します。",
    "利用者様は入浴中で、電話に出られません。",
    "お知らせ 岸本 遼\nシステム障害のため2026年1月5日まで受付を休止します。",
    "台風のため3月末まで休止。担当 大和田 咲",
])
def test_supplies_of_no_one_whereabouts_failures_and_weather_are_nothing(recognizer, text):
    assert _body(told(recognizer, text)) == []


@pytest.mark.parametrize("text, phrase", [
    ("児童名：宮下 陽\n診断名：ダウン症", "ダウン症"),
    ("利用者\t主たる診断\n大和田 咲\tダウン症候群(21トリソミー)", "ダウン症候群"),
    ("連絡帳 岸本 遼\n脳性まひ(右上下肢)のため着替えに時間がかかる。", "脳性まひ"),
    ("障害:四肢まひ", "四肢まひ"),
    ("障がいの概要:右上肢まひ", "上肢まひ"),  # a body part's paralysis in kana (the check corpus's miss)
])
def test_a_condition_that_is_a_disability_by_itself_is_one_under_a_diagnosis_too(recognizer, text, phrase):
    found = told(recognizer, text)
    assert any(p[1] == "障害" and phrase in p[0] for p in found), found
    assert not [p for p in found if p[1] == "病歴"], found


@pytest.mark.slow
def test_a_disabilitys_other_name_in_brackets_is_the_same_disability(scanner):
    rows = [["利用者名", "主な疾患", "身体状況", "品目"], ["岸本 遼", "高血圧で通院", "人工肛門(ストーマ)を造設", "特殊寝台"],
            ["大和田 咲", "心不全", "自立歩行可", "歩行器"]]
    found = in_file(scanner, "rental.xlsx", w.xlsx_bytes({"Sheet1": rows}))
    assert ("障害", "人工肛門(ストーマ)") in found and ("病歴", "ストーマ") not in found, found


@pytest.mark.parametrize("text, phrase", [
    ("面談 大和田 咲\n駅前で傷害事件の被害に遭い骨折との申告。", "被害に遭い骨折との申告"),
    ("岸本 遼さんは路上で暴行を受け、打撲した。", "暴行を受け、打撲した"),
])
def test_an_injury_a_crime_did_is_the_crimes_harm(recognizer, text, phrase):
    found = told(recognizer, text)
    assert any(p[1] == "犯罪被害" and phrase in p[0] for p in found) and not _body(found), found
