"""Names under a person's label outside a composed table, and animals and weekdays
called like people (issue 12, names11): key-value lines, a label above its value,
one-line JSON and XML keyed in Japanese, reading columns and names the dictionary cannot
know in person columns; a pet's name at every mention (detectors/non_human), a
schedule's days (person_days).
Made-up people, the real GiNZA model, real files."""

import json

import pytest

from samples import writers as w
from tests.scanner.test_bare_exports import _findings

CASES = [
    ("受講者：すぎやま ひなた\n受講日：2026年4月1日\n", ["すぎやま ひなた"]),
    ("・保証人：Takumi Sugiyama\n・続柄：父\n", ["Takumi Sugiyama"]),
    ("世帯主: ブイ・ティ・トゥー\n", ["ブイ・ティ・トゥー"]),
    ("届出書\n\n相続人\n\nHinata Sugiyama\n\n届出日\n\n2026年5月1日\n", ["Hinata Sugiyama"]),  # a PDF's lines
    ('[{"番号": 1, "契約者": "曹 文傑", "受付日": "2026-06-01"}]', ["曹 文傑"]),
    ("<r><入居者>すぎやま ひなた</入居者><室>201</室></r>", ["すぎやま ひなた"]),
    ('[{"id": 1, "name": "GURUNG ASHA", "rank": "AB"}]', ["GURUNG ASHA"]),  # a passport's spelling
    ('[{"sku": "81-4", "name": "磁器プレート 青", "price": 2800}]', []),  # a bare name key: a product's too
    ("担当：総務課\n承認：済\n保護者：同上\n依頼者：本人\n会員：正会員\n利用者：なし\n", []),
    ("担当：商工会議所 経営指導員\n記入者：地域包括支援組合 相談員\n", []),  # a body by its kind and a post
    ("担当：中小企業相談所 すぎやま ひなた\n", ["すぎやま ひなた"]),  # the body before a name: the name
    ("契約者\nいつもご利用ありがとうございます\n", []),  # a greeting below a label is no name
    ("受付日\n2026/04/01\n", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_names_under_a_persons_label_outside_a_table(detector, text, expected):
    assert [d.text for d in detector.detect(text) if d.entity_type == "PERSON"] == expected


ANIMALS_AND_DAYS = [
    ("愛犬のお名前：ぽんず（ビーグル）\n飼い主：杉山 拓海\nぽんずちゃんは朝晩の散歩が必要です。\n", ["杉山 拓海"]),
    ("入浴予定表（火木土）\n利用者: 杉山 拓海\n", ["杉山 拓海"]),
    ("毎週月水金曜に通所。担当は杉山 拓海。\n", ["杉山 拓海"]),
    ("水木さんから電話がありました。\n", ["水木"]),  # a surname of weekday characters, not a schedule
]


@pytest.mark.parametrize("text, expected", ANIMALS_AND_DAYS)
def test_animals_and_a_schedules_days_are_no_people(detector, text, expected):
    assert [d.text for d in detector.detect(text) if d.entity_type == "PERSON"] == expected


def test_a_grooming_list_reports_the_owners_not_the_dogs(scanner, tmp_path):
    rows = [["名前", "犬種", "ワクチン", "飼い主"], ["ムサシ", "柴犬", "済", "杉山 拓海"], ["モカ", "チワワ", "未", "すぎやま ひなた"]]
    found = _findings(scanner, tmp_path, "grooming.xlsx", w.xlsx_bytes({"顧客": rows}))
    assert set(found["PERSON"]) == {"杉山拓海", "すぎやまひなた"}


def test_a_pdf_form_with_labels_above_their_values(scanner, tmp_path):
    path = tmp_path / "form.pdf"
    w.write_pdf(path, [["申請書", "代理人", "Takumi Sugiyama", "申請日", "2026年5月1日"]])
    found = _findings(scanner, tmp_path, "form.pdf", path.read_bytes())
    assert set(found["PERSON"]) == {"TakumiSugiyama"}


def test_readings_glued_and_chinese_surnames_that_are_words_in_person_columns(scanner, tmp_path):
    text = "番号\t氏名\tカナ\n1\t勅使川原慎吾\tテシガワラシンゴ\n2\t鬼塚隼人\tオニヅカハヤト\n3\t何 静怡\t\n"
    found = _findings(scanner, tmp_path, "reception.tsv", text.encode("utf-8"))
    assert set(found["PERSON"]) == {"勅使川原慎吾", "テシガワラシンゴ", "鬼塚隼人", "オニヅカハヤト", "何静怡"}


def test_a_product_lists_reading_column_holds_no_names(scanner, tmp_path):
    text = "品番,品名,カナ\n1,電動ドライバー,デンドウドライバー\n2,加湿器,カシツキ\n3,掃除機,ソウジキ\n"
    assert "PERSON" not in _findings(scanner, tmp_path, "goods.csv", text.encode("utf-8"))


def test_a_one_line_json_export_keyed_in_japanese(scanner, tmp_path):
    rows = [{"受講者": "すぎやま ひなた", "会場": "本社"}, {"受講者": "ブイ・ティ・トゥー", "会場": "本社"}]
    found = _findings(scanner, tmp_path, "export.json", json.dumps(rows, ensure_ascii=False).encode("utf-8"))
    assert set(found["PERSON"]) == {"すぎやまひなた", "ブイティトゥー"}
