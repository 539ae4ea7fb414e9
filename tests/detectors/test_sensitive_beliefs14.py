"""宗教, 信条, 人種・民族 and 犯罪歴 told as the information wherever a record places it (issue 12,
beliefs14): English and romaji keys of faith, origin and record (religion, ethnicity,
criminal_record, shuha), labels a form or a card uses (戒名, 前歴, 出身民族), a label joined to
another (前科・前歴) on its value's line or above it, a label's value never run into the next
label; in prose a religious body in general terms, a stance held, a lineage, a served sentence.
A 組合 of another body (管理組合, 国保組合, 労働金庫) is no labour union; 少年院 is no hospital.
Made-up people, the real GiNZA model and real files."""

import json

import pytest

from detectors.jp.sensitive.keyed import english_label
from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file

NOTE = "面談記録\n対象者：真壁 慎吾\n"


@pytest.mark.parametrize("key, label", [("religion", "宗教"), ("denomination", "宗教"), ("ethnicOrigin", "民族"),
                                        ("criminal_record", "犯罪歴"), ("shuha", "宗教"), ("arrest-record", "逮捕歴"),
                                        ("race", None), ("record", None)])
def test_faith_origin_and_record_keys_stand_for_their_labels(key, label):
    assert english_label(key) == label


def test_a_json_export_gives_faith_origin_and_record_under_english_keys(scanner):
    record = {"id": "P0001", "name": "榊原 理沙", "religion": "ヒンドゥー教", "ethnicity": "琉球民族",
              "criminal_record": "道路交通法違反(罰金刑)", "dept": "総務"}
    found = in_file(scanner, "people.json", json.dumps([record], ensure_ascii=False).encode("utf-8"))
    assert ("宗教", "ヒンドゥー教") in found and ("人種・民族", "琉球民族") in found
    assert ("犯罪歴", "道路交通法違反(罰金刑)") in found


def test_labels_above_their_values_keep_each_value_to_its_own_label(scanner):
    text = "入所者台帳\n氏名\n真壁 慎吾\n宗教\nイスラム教\n民族\nロヒンギャ\n前科・前歴\n詐欺(令和元年 執行猶予)\n戒名\n釋浄信"
    found = in_file(scanner, "intake.txt", text.encode("cp932"))
    assert found == [("人種・民族", "ロヒンギャ"), ("宗教", "イスラム教"), ("宗教", "釋浄信"),
                     ("犯罪歴", "詐欺(令和元年 執行猶予)")]


def test_a_label_joined_to_another_begins_its_field(scanner):
    text = "身上書\n氏名：真壁 慎吾\n信仰・宗派：円応教\n前科・前歴：傷害(平成29年 罰金)\n出身民族：モン族"
    found = in_file(scanner, "card.txt", text.encode("utf-8"))
    assert found == [("人種・民族", "モン族"), ("宗教", "円応教"), ("犯罪歴", "傷害(平成29年 罰金)")]
    assert in_file(scanner, "blank.txt", "身上書\n氏名：真壁 慎吾\n前科・前歴：なし".encode("utf-8")) == []


def test_a_family_table_gives_each_relatives_faith(scanner):
    rows = [["家族構成"], ["続柄", "氏名", "生年", "信仰"], ["父", "真壁 一郎", "1951", "金光教"], ["母", "真壁 和子", "1954", "生長の家"]]
    found = in_file(scanner, "family.xlsx", w.xlsx_bytes({"Sheet1": rows}))
    assert found == [("宗教", "生長の家"), ("宗教", "金光教")]


@pytest.mark.parametrize("sentence, category, phrase", [
    ("真壁さんは新興宗教の団体に入会しており、週末は布教に出ている。", "宗教", "新興宗教の団体に入会"),
    ("真壁さんは天理教の布教所に通っている。", "宗教", "布教所に通っ"),
    ("真壁さんは死刑廃止を強く支持している。", "信条", "死刑廃止を強く支持"),
    ("真壁さんは夫婦別姓に賛成の立場をとっている。", "信条", "賛成の立場をとっている"),
    ("真壁さんのルーツはフィリピンにある。", "人種・民族", "ルーツはフィリピンにある"),
    ("真壁さんは服役経験がある。", "犯罪歴", "服役経験がある"),
    ("真壁さんは前科者であることを打ち明けた。", "犯罪歴", "前科者"),
    ("真壁さんは少年院に入院していたことがある。", "犯罪歴", "少年院に入院していた")])
def test_a_persons_faith_view_origin_and_record_in_a_note(scanner, sentence, category, phrase):
    found = in_file(scanner, "note.txt", (NOTE + sentence).encode("utf-8"))
    assert any(c == category and phrase in text for c, text in found), found
    assert not any(c == "病歴" for c, _ in found)


@pytest.mark.parametrize("sentence", [
    "真壁さんはマンション管理組合の理事長を務めている。", "真壁さんは建設国保組合に加入している。",
    "真壁さんは労働金庫の組合員向けローンを利用した。", "当法人は前科者の社会復帰を支援しています。",
    "この料理のルーツはフィリピンにある。", "会社は残業廃止を支持している。", "多くの市民が死刑廃止を支持している。",
    "天理教の布教所に通ってください。"])
def test_other_bodies_groups_and_things_tell_nothing_of_the_person(scanner, sentence):
    assert in_file(scanner, "note.txt", (NOTE + sentence).encode("utf-8")) == []


def test_an_origins_label_on_its_own_line_is_no_finding_but_its_value_is(scanner):
    found = in_file(scanner, "intake.txt", "入所者台帳\n氏名\n真壁 慎吾\n出身民族\nモン族".encode("utf-8"))
    assert found == [("人種・民族", "モン族")]
