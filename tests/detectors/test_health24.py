"""病歴, 障害 and a pregnancy read by where they stand (issue 12, health24): a form's label joined
to another word (既往症・ケガ：, けが・持病：) is still the label, and its value starts after the
colon; two fields on one line (障害：…／服薬：…, 既往:… | 血液型:…) each end at the next one's
label; a label word inside a sentence is no line's label, even after a blank line; a disease's
attack with its history and a remark in brackets is one phrase (喘息発作の既往(幼少期)で通院中).
A pregnancy or a birth as such (妊娠中, 妊娠20週, 産休中, 出産予定日) is not 病歴 — no disease is
suffered and no doctor's care is said (施行令第2条第3号) — while a pregnancy's disorder or its
treatment is (切迫流産で入院, 妊娠悪阻で点滴). Made-up people and wordings."""

import pytest

from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401


@pytest.mark.parametrize("text, value", [
    ("参加者：坂口 亮\n既往症・けが：腎結石の既往あり\n緊急連絡：妻", "腎結石の既往あり"),
    ("申込者：松浦 葵\n病歴・ケガ：痛風で通院中\n", "痛風で通院中"),
    ("けが・持病：花粉症で点鼻薬を使用\n", "花粉症で点鼻薬を使用"),
    ("既往歴／体質：虫垂炎で切除\n", "虫垂炎で切除"),
    ("持病・体質：ぜんそく\n", "ぜんそく"),
])
def test_a_label_joined_to_another_word_is_still_the_label(recognizer, text, value):
    found = told(recognizer, text)
    assert (value, "病歴") in found, found


@pytest.mark.parametrize("text", [
    "連絡・配慮事項：駐車場を利用\n",
    "既往・その他：特になし\n",
])
def test_a_joined_label_of_any_need_or_nothing_said_is_no_finding(recognizer, text):
    assert told(recognizer, text) == []


@pytest.mark.parametrize("text, value, category, not_inside", [
    ("障害：右片麻痺（杖使用）／服薬：高血圧でアムロジピンを内服", "高血圧でアムロジピンを内服", "病歴", "服薬"),
    ("障害：療育手帳A2を所持／服薬：気管支喘息で吸入薬を使用", "気管支喘息で吸入薬を使用", "病歴", "服薬"),
    ("氏名:北野 聡 | 既往:痛風 | 血液型:A", "痛風", "病歴", "血液型"),
    ("障害:聴覚障害2級;持病:てんかん", "てんかん", "病歴", "持病"),
])
def test_two_fields_on_one_line_each_end_at_the_next_label(recognizer, text, value, category, not_inside):
    found = told(recognizer, text)
    assert (value, category) in found, found
    assert not any(not_inside in phrase for phrase, _ in found), found


def test_a_label_word_inside_a_sentence_after_a_blank_line_labels_nothing(recognizer):
    found = told(recognizer, "担当：原\n\n経過：胆石の既往（昨年）　次回 5月")
    assert not any("次回" in phrase for phrase, _ in found), found


@pytest.mark.parametrize("text, inside", [
    ("会員消息：大川さんは喘息発作の既往（幼少期）で通院中。", "喘息発作の既往(幼少期)で通院中"),
    ("近況：父は痛風発作の既往があり、禁酒している。", "痛風発作の既往"),
])
def test_an_attack_with_its_history_and_a_remark_is_one_phrase(recognizer, text, inside):
    found = told(recognizer, text)
    assert any(inside in phrase and category == "病歴" for phrase, category in found), found


@pytest.mark.parametrize("text", [
    "面談メモ：木下さんは現在妊娠20週で、重い荷物は避けたいとのこと。",
    "備考：産休中のため7月まで不在",
    "出産予定日：2027年2月3日",
    "第一子を妊娠しており、秋から産前休業に入る。",
    "健康状態：妊娠中（16週）",
    "その他：妊娠中",
    "料理の備考：妊娠中のため生ものは控える",
    "つわりのため2日間欠勤した。",
])
def test_a_pregnancy_or_a_birth_as_such_is_not_a_disease(recognizer, text):
    assert told(recognizer, text) == []


@pytest.mark.parametrize("text, inside, category", [
    ("面談メモ：木下さんは切迫流産で2週間入院していた。", "切迫流産", "病歴"),
    ("連絡：妊娠悪阻で点滴を受けたため、今週は休みます。", "妊娠悪阻で点滴", "病歴"),
    ("既往歴：妊娠糖尿病（前回の妊娠時）", "妊娠糖尿病", "病歴"),
    ("妊娠中に切迫早産と診断され、自宅安静の指示が出た。", "切迫早産", "病歴"),
    ("不妊治療のため月2回通院している。", "不妊治療", "病歴"),
    ("つわりがひどく、クリニックで点滴を受けた。", "点滴", "病歴"),
    ("健診の後、担当医より自宅での安静を指示された。", "安静を指示された", "病歴"),
    ("既往：常位胎盤早期剥離（第一子）", "常位胎盤早期剥離", "病歴"),
])
def test_a_pregnancys_disorder_or_its_treatment_is_a_disease(recognizer, text, inside, category):
    found = told(recognizer, text)
    assert any(inside in phrase and cat == category for phrase, cat in found), found


@pytest.mark.parametrize("text, disability, cause", [
    ("備考：車いす常用（頸髄損傷）のため、1階の教室を希望", "車いす常用(頸髄損傷)", "頸髄損傷"),
    ("連絡事項：歩行器を使用（脳出血の後遺症）", "歩行器を使用(脳出血の後遺症)", "脳出血の後遺症"),
])
def test_an_aid_with_its_cause_in_brackets_is_one_disability(recognizer, text, disability, cause):
    found = told(recognizer, text)
    assert (disability, "障害") in found, found
    assert (cause, "病歴") not in found, found
