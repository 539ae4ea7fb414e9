"""要配慮 values placed where a label's words are English, above them or a tick away (issue 12,
creed12): a JSON key or an XML element in English or romaji (union_role, pastIllness), a form's
label on the line above its value, the caption of a ticked box; a union section's head after
組合, activity in a movement's body. Blank forms, labels left empty and unticked options tell
nothing. Made-up people, the real GiNZA model and real files."""

import json

import pytest

from detectors.jp.sensitive.keyed import english_label
from detectors.jp.sensitive.recognizer import SensitiveRecognizer
from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file


@pytest.fixture(scope="module")
def recognizer():
    return SensitiveRecognizer()


def told(recognizer, text):
    return sorted((text[p.start:p.end], p.category) for p in recognizer.phrases(text))


@pytest.mark.parametrize("key, label", [("union_role", "組合役職"), ("pastIllness", "既往歴"), ("Political-Party", "支持政党"),
                                        ("kioreki", "既往歴"), ("victim of", "被害内容"), ("user_name", None),
                                        ("incident_type", None), ("既往歴", None)])
def test_an_english_or_romaji_key_stands_for_its_japanese_label(key, label):
    assert english_label(key) == label


def test_a_json_record_gives_its_values_under_english_keys(scanner):
    record = {"staffNo": "S-2031", "name": "広瀬 亜希子", "political_view": "脱原発の立場", "unionRole": "分会会計",
              "medical_history": "甲状腺機能亢進症", "victimization": "なし"}
    found = in_file(scanner, "members.json", json.dumps([record], ensure_ascii=False, indent=2).encode("utf-8"))
    assert ("信条", "脱原発の立場") in found and ("病歴", "甲状腺機能亢進症") in found
    assert any(category == "労働組合" for category, _ in found)
    assert not any(text == "なし" for _, text in found)


def test_xml_elements_in_english_give_their_values(recognizer):
    text = "<person><name>広瀬 亜希子</name><union_post>副書記長</union_post><chronic_disease>クローン病</chronic_disease></person>"
    assert told(recognizer, text) == [("クローン病", "病歴"), ("副書記長", "労働組合")]


def test_a_label_above_its_value_gives_the_value_and_an_empty_form_nothing(recognizer):
    filled = "面談票\n氏名\n広瀬 亜希子\n所属政党\n未来共生党\n被害の概要\nSNSで執拗に脅迫された\n持病\n緑内障(点眼治療中)"
    assert [c for _, c in told(recognizer, filled)].count("病歴") >= 1
    assert ("未来共生党", "信条") in told(recognizer, filled)
    assert ("SNSで執拗に脅迫された", "犯罪被害") in told(recognizer, filled)
    empty = "面談票\n氏名\n\n所属政党\n被害の概要\n持病\n該当する方はご記入ください"
    assert told(recognizer, empty) == []


def test_the_ticked_caption_is_the_answer_and_empty_boxes_are_print(recognizer):
    assert told(recognizer, "受けた被害 □空き巣 ☑ひったくり □その他") == [("ひったくり", "犯罪被害")]
    assert told(recognizer, "所属組合 ✔加入 □未加入") == [("加入", "労働組合")]
    assert told(recognizer, "受けた被害 □空き巣 □ひったくり □その他") == []


@pytest.mark.parametrize("text, phrase, category", [
    ("広瀬さんは組合の女性部の副部長をしている。", "女性部の副部長", "労働組合"),
    ("広瀬さんは反戦の市民団体で活動している。", "反戦の市民団体で活動", "信条"),
])
def test_a_sections_head_and_activity_in_a_movement(recognizer, text, phrase, category):
    assert any(phrase in said and c == category for said, c in told(recognizer, text)), told(recognizer, text)


def test_a_word_file_with_labels_above_reports_them_of_the_person(scanner, tmp_path):
    path = tmp_path / "身上調書.docx"
    w.write_docx(path, ["身上調書", "氏名", "広瀬 亜希子", "加入組合", "北部合同ユニオン", "既往歴", "十二指腸潰瘍"])
    found = in_file(scanner, path.name, path.read_bytes())
    assert ("労働組合", "北部合同ユニオン") in found and ("病歴", "十二指腸潰瘍") in found


@pytest.mark.parametrize("text, category", [
    ("山田様は認知症の診断あり、曜日を間違えることがある。", "病歴"),  # a disease by its ending
    ("山田様はパニック障害のため、事業の承継について相談。", "病歴"),  # a disease of the lexicon named 〜障害
    ("本人は発達障害と診断された。", "障害"),  # a disability stays one
])
def test_the_clause_reader_names_a_disease_病歴_whatever_its_vector(recognizer, nlp, text, category):
    found = [(text[p.start:p.end], p.category) for p in recognizer.phrases(text, (), nlp)]
    assert found and all(c == category for _, c in found), found


@pytest.mark.parametrize("text", ["公開講座のご案内\n演題:関節リウマチと骨粗しょう症の最新治療\n講師:市民病院 整形外科部長",
                                  "テーマ：慢性心不全の在宅治療と緩和ケア"])
def test_the_clause_reader_reads_no_topic_of_a_talk_or_a_paper(recognizer, nlp, text):
    assert recognizer.phrases(text, (), nlp) == []
