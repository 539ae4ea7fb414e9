"""People read across offices (people23): a staff column headed by the desk's doer alone (対応,
応対, 受付, in other languages too); a sheet whose notes hold 「label：value」 in one cell keeps its
header; poets of the classics and emperors of history are no record's people.
Made-up people and sentences, the real GiNZA model."""

import pytest

from detectors.fields import is_field_label
from detectors.jp.person_column_headers import header_kind
from scanner.extract.table import table_units


def _found(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]


@pytest.mark.parametrize("header", ["対応", "応対", "受付", "窓口担当", "handled by", "người phụ trách", "담당자"])
def test_a_desks_doer_alone_heads_a_staff_column(header):
    assert header_kind(header) is True


def test_surnames_alone_under_a_doers_header_are_people(detector):
    text = ("来所者\t相談内容\t応対\n来所者: PHAN VAN LONG\t相談内容: 住居の更新\t応対: 有馬\t\n"
            "来所者: LIM SOOJIN\t相談内容: 年金の手続\t応対: 沢井\t\n来所者: CRUZ MARIA\t相談内容: 通訳の依頼\t応対: 有馬\n")
    found = _found(detector, text)
    assert "有馬" in found and "沢井" in found


def test_a_doers_column_of_no_names_stays_empty(detector):
    text = ("日付\t用件\t受付\n日付: 2025/04/01\t用件: 駐車場\t受付: 電話\t\n"
            "日付: 2025/04/02\t用件: 騒音\t受付: 窓口\t\n日付: 2025/04/03\t用件: 落とし物\t受付: 済\n")
    assert _found(detector, text) == []


def test_a_label_and_its_value_in_one_cell_is_no_label():
    assert not is_field_label("聞取り：教会の会員")
    assert is_field_label("氏名：")


def test_a_note_of_label_and_value_keeps_the_sheets_header():
    rows = [(0, [(0, "面談メモ")]), (1, [(0, "留学生"), (1, "メモ"), (2, "担当")]),
            (2, [(0, "CHEN YUTING"), (1, "聞取り：宗教は仏教"), (2, "有馬")]),
            (3, [(0, "LE THI MAI"), (1, "聞取り：教会の会員"), (2, "沢井")]),
            (4, [(0, "PARK MINSEO"), (1, "聞取り：寮の件"), (2, "有馬")])]
    text = "".join(unit.text for unit in table_units(rows, sheet="s"))
    assert "担当: 沢井" in text


@pytest.mark.parametrize("text", [
    "氏名\t段位\t得意札\n氏名: 森本 莉子\t段位: 三段\t得意札: 在原業平\n氏名: 大川 直樹\t段位: 初段\t得意札: 紫式部\n",
    "第五回大会の結果。決勝は「小野小町」の札で決まりました。",
    "秋の文化講座「伊勢大輔の和歌を読む」を開きます。",
    "展示では持統天皇と式子内親王の歌を紹介します。",
])
def test_poets_and_emperors_of_history_are_no_people(detector, text):
    found = _found(detector, text)
    assert not {"在原業平", "紫式部", "小野小町", "伊勢大輔", "持統", "式子"} & set(found)


def test_a_member_who_bears_a_poets_name_stays(detector):
    text = "氏名\t段位\n氏名: 伊勢 大輔\t段位: 三段\n氏名: 森本 莉子\t段位: 初段\n"
    assert "伊勢 大輔" in _found(detector, text)


@pytest.mark.parametrize("text, car", [
    ("顧客名\t電話\t購入車\n顧客名: 森本莉子\t電話: 090-1111-2222\t購入車: スズキ アルト\n", "スズキ アルト"),
    ("事故の概要：契約者車両（日産 セレナ）が駐車中に傷つけられた。", "セレナ"),
    ("代車はトヨタ アクアを手配しました。", "アクア"),
])
def test_a_cars_maker_and_model_are_no_person(detector, text, car):
    assert car not in _found(detector, text)


def test_a_person_whose_surname_reads_as_a_maker_stays(detector):
    text = "顧客名\t電話\t購入車\n顧客名: スズキ ハルト\t電話: 090-1111-2223\t購入車: ダイハツ タント\n"
    assert "スズキ ハルト" in _found(detector, text)


@pytest.mark.parametrize("text, name", [
    ("来電メモ\n日時：12/3 14:05　受付：有馬　用件：見積りの件\n", "有馬"),
    ("日時：6/2 10:00　応対：沢井\n", "沢井"),
])
def test_a_staff_surname_after_a_desks_doer_and_a_colon(detector, text, name):
    assert name in _found(detector, text)


@pytest.mark.parametrize("text, name", [
    ("Xin chao PHAM VAN LONG-san\n\n面談の日程をお知らせします。", "PHAM VAN LONG"),
    ("Dear LIM SOOJIN,\nご相談の件でご連絡します。", "LIM SOOJIN"),
])
def test_a_name_in_capitals_after_a_greeting(detector, text, name):
    assert name in _found(detector, text)


def test_a_sentence_is_no_label():
    assert not is_field_label("勤務先の被害を申告したい")
    assert is_field_label("扶養親族（配偶者を除く）")


def test_a_sheet_of_sentences_keeps_its_header():
    rows = [(0, [(0, "相談記録")]), (1, [(0, "来所者"), (1, "内容"), (2, "応対")]),
            (2, [(0, "SILVA ANA"), (1, "勤務先の被害を申告したい"), (2, "有馬")]),
            (3, [(0, "LIM SOOJIN"), (1, "教会の会員として手伝いを希望"), (2, "沢井")])]
    text = "".join(unit.text for unit in table_units(rows, sheet="s"))
    assert "応対: 沢井" in text
