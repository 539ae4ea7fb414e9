"""Issue 12, names14: an animal named like a person is no person wherever its record or a
sentence says it is an animal — under 呼び名 / 愛称 / ニックネーム beside an animal's field,
in a JSON line, in a row that has its keeper's column (飼い主), in prose with its kind or
sex in the bracket right after its name; a storm after 台風 — while its owner, adopter or
applicant stays found, and a person's bracket (猫アレルギー, 35歳・会社員) or a person's
呼び名 keeps the person. The real GiNZA detector; made-up people and animals."""

import pytest

from detectors.animal_mentions import described_as_animal, named_storm


def _people(detector, text):
    return sorted({d.value for d in detector.detect(text) if d.entity_type == "PERSON"})


@pytest.mark.parametrize("label", ["愛称", "呼び名", "ニックネーム"])
def test_a_nickname_column_beside_an_animals_field(detector, label):
    rows = (f"{label}\t毛色\t性別\t里親\n{label}: 健太\t毛色: 茶白\t性別: オス\t里親: 宮城 直子\n"
            f"{label}: 美咲\t毛色: 黒\t性別: メス\t里親: 宮城 直子")
    assert _people(detector, rows) == ["宮城直子"]


def test_a_json_line_of_animals(detector):
    text = ('[{"名前": "小太郎"\t "犬種": "柴犬"\t "申込者": "大森 貴之"}\t '
            '{"名前": "花子"\t "性別": "メス"\t "申込者": "大森 貴之"}]')  # as the JSON extractor gives it
    assert _people(detector, text) == ["大森貴之"]


def test_a_row_with_its_keepers_column(detector):
    rows = "名前\t品種\t飼い主\n名前: 吉宗\t品種: トイプードル\t飼い主: 神田 里美"
    assert _people(detector, rows) == ["神田里美"]


def test_an_animal_described_in_the_bracket_after_its_name(detector):
    text = "里親の坂本 千秋さんに、銀次郎（柴犬・オス・3歳）を譲渡しました。"
    assert _people(detector, text) == ["坂本千秋"]


def test_a_storms_name(detector):
    text = "総務部 坂本 千秋\n台風マリアの接近に伴い、本日は臨時休業とします。"
    assert _people(detector, text) == ["坂本千秋"]


@pytest.mark.parametrize("text, end, animal", [
    ("ハナ（トイプードル・メス）", 2, True), ("レオ(雑種/オス)", 2, True), ("モモちゃん（猫・避妊済）", 2, True),
    ("花子（猫アレルギー）", 2, False), ("太郎（35歳・会社員）", 2, False), ("健一（犬の散歩係）", 2, False),
    ("花子（柴犬・3歳のオーナー）", 2, False), ("ソラ（推定2歳・雑種・4.5kg）", 2, True)])
def test_what_a_bracket_says(text, end, animal):
    assert described_as_animal(text, end) is animal


def test_a_persons_bracket_and_nickname_keep_the_person(detector):
    assert _people(detector, "参加者：村井 花子（猫アレルギーあり）") == ["村井花子"]
    rows = "氏名\t愛称\t性別\n氏名: 村井 花子\t愛称: はなちゃん\t性別: 女"
    assert "村井花子" in _people(detector, rows)


def test_no_storm_before_a_name():
    assert named_storm("台風ハイエン", 2) and not named_storm("担当 ハイエン", 3)


def test_a_storms_kind_read_as_a_names_first_part(detector):
    text = "海外事業部 坂本 千秋\nサイクロン・ルーシーの影響で、出張を延期します。"
    assert _people(detector, text) == ["坂本千秋"]
