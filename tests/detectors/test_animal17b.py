"""Issue 12, animal17b: an animal hospital's, a groomer's or a pet hotel's notes name the owner
with the pet in a bracket (name・breed) and tell the owner's own condition (飼い主様は…). The
pet joined to its breed is no person; the owner's illness said with the owner as its subject stays
the owner's 要配慮 while the pet's own diagnosis in the same record is no one's. The real GiNZA
detector; made-up people and animals."""

import pytest

from detectors.animal_mentions import animal_description, described_as_animal, named_with_kind


def _found(detector, text, entity):
    return sorted({d.value for d in detector.detect(text) if d.entity_type == entity})


@pytest.mark.parametrize("value", ["ポチ・ミニチュアシュナウザー", "タマ・サバトラ", "ラテ・ボーダーコリー", "こむぎ・豆柴",
                                   "ソラ・ロシアンブルー", "チョコ・ダックスフンド", "マル・ノルウェージャンフォレストキャット"])
def test_a_pets_name_joined_to_its_kind(value):
    assert named_with_kind(value)


@pytest.mark.parametrize("value", ["マリア・テレサ", "ジョン・スミス", "山田・佐藤", "アンナ・カレーニナ"])
def test_a_persons_name_with_a_middle_dot_is_no_pet(value):
    assert not named_with_kind(value)


def test_breeds_and_coats_alone_are_kinds():
    assert animal_description("サバトラ・メス") and animal_description("ボーダーコリー")


@pytest.mark.parametrize("text, owner", [
    ("◆ 大河内 紗希 様（ポチ・ミニチュアシュナウザー）\n  次回トリミング 6月2日", "大河内紗希"),
    ("●鷲尾 恭平 様（タマ・サバトラ）\n  お迎え 17時", "鷲尾恭平"),
])
def test_the_pet_in_the_owners_bracket_is_no_person(detector, text, owner):
    assert _found(detector, text, "PERSON") == [owner]


def _sensitive(detector, text):
    return sorted({d.value for d in detector.detect(text) if d.entity_type == "SENSITIVE"})


@pytest.mark.parametrize("sentence", [
    "オーナー様は糖尿病でインスリン注射中のため、お迎え時間にご配慮ください。",
    "飼い主様ご本人がパーキンソン病で通院中です。",
    "飼主さんが人工透析を受けているため、火木土の午前は来院できません。",
])
def test_the_owners_own_condition_in_an_animals_record(detector, sentence):
    text = f"ペットホテル宿泊カード\n飼い主：今泉 陽向\nペット名：ラテ（ボーダーコリー）\n備考：{sentence}"
    assert _sensitive(detector, text) != []


def test_the_animals_own_diagnosis_stays_no_ones(detector):
    text = "診療メモ\n飼い主：今泉 陽向\nペット名：ラテ\n所見：慢性腎不全の疑い。糖尿病でインスリン注射中。"
    assert _sensitive(detector, text) == []


def test_the_owner_telling_of_the_pet_stays_no_ones(detector):
    text = "診療メモ\n飼い主：今泉 陽向\nペット名：ラテ\n飼い主様の話では、ラテちゃんは糖尿病でインスリン注射中とのこと。"
    assert _sensitive(detector, text) == []


@pytest.mark.parametrize("text", ["（小次郎・黒柴）を預かり", "（ルイ／ダックスフント・オス）", "（エマ、ビションフリーゼ・3歳）"])
def test_a_name_opening_a_bracket_of_its_kind(text):
    name_end = min(text.find(sep) for sep in "・／、" if sep in text)
    assert described_as_animal(text, name_end)


def test_a_persons_bracket_with_a_role_is_no_animal():
    text = "（佐伯・営業部）"
    assert not described_as_animal(text, text.index("・"))


@pytest.mark.parametrize("title", ["ペットシッター訪問記録", "トリミング予約表", "ペットホテル 宿泊メモ"])
def test_an_animal_business_note_without_the_word_owner(detector, title):
    text = f"{title}\nオーナー：今泉 陽向 様（ラテ・ボーダーコリー）\nラテちゃんは外耳炎で点耳中。\nオーナー様は糖尿病で通院中です。"
    assert _sensitive(detector, text) == ["病歴:糖尿病で通院中"]
