"""Issue 12, ids13: passports, residence cards and licences wherever a writer puts their
label — its own label without a number's word (ryoken bango, 旅券), abbreviated keys
(PP_No, RC No.), a form's label above past a PDF's blank lines, a row headed by the
label (one record to a column), a copy-of-ID row naming the document over a generic
書類番号, a headerless stay row; other countries' shapes (2 letters + 6 digits, 9
digits) under the label; none for a form's example number, a serial or a code. The
real GiNZA detector; made-up people and numbers."""

import pytest

from detectors.jp.example_numbers import is_example

PASSPORT, CARD, LICENCE = "TR1234567", "AB12345678CD", "459803358720"


def _found(detector, text, entity):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == entity)


@pytest.mark.parametrize("text, number", [
    ("ryoken bango\tTK8165938", "TK8165938"), ("- No: 1\n  PP_No: RE6682717\n", "RE6682717"),
    ("<Emp><EmpNo>51</EmpNo><PP_No>MA123456</PP_No></Emp>", "MA123456"),
    ("No.\n\n1\n\n旅券番号\n\n521334497\n\n", "521334497"), ("パスポート番号：FZ123456", "FZ123456"),
    ("\tNo.\tryoken bango\n\t1\tRE1515035", "RE1515035"), ("EMP_CD: 1001\tPSPT_NO: C1234567", "C1234567")])
def test_a_passport_under_its_own_label_wherever_it_stands(detector, text, number):
    assert _found(detector, text, "PASSPORT") == [number]


def test_a_row_headed_by_the_label_one_record_to_a_column(detector):
    text = "No.\t1\t2\t3\nNo.: パスポートNo.\t1: C1234567\t2: E12345678\t3: TK7654321"
    assert _found(detector, text, "PASSPORT") == ["C1234567", "E12345678", "TK7654321"]
    cards = "学生氏名\tLEE A\tKIM B\n在留カード番号\tAB12345678CD\tCD87654321EF"
    assert _found(detector, cards, "RESIDENCE_CARD") == ["AB12345678CD", "CD87654321EF"]


def test_a_copy_of_id_row_naming_the_document_over_a_generic_label(detector):
    text = ("確認日\t氏名\t確認書類\t書類番号\n"
            "確認日: 2026/10/01\t氏名: LE MINH\t確認書類: パスポート\t書類番号: C1234567\n"
            f"確認日: 2026/10/01\t氏名: LE AN\t確認書類: 在留カード\t書類番号: {CARD}")
    assert _found(detector, text, "PASSPORT") == ["C1234567"]
    assert _found(detector, text, "RESIDENCE_CARD") == [CARD]
    assert _found(detector, text.replace("パスポート", "社員証"), "PASSPORT") == []


def test_a_headerless_stay_row_holds_one_passport_field(detector):
    text = "3101\tPHAM VAN DUC\tベトナム\t特定技能1号\t20290331\tC12345678\n3102\tRAI SUMAN\tネパール\t技能実習2号\t20290331\tPA1234567"
    assert _found(detector, text, "PASSPORT") == ["C12345678", "PA1234567"]
    # the staff code in front, or a table with a header saying only 番号: not a passport
    assert _found(detector, "E1234567\tPHAM VAN DUC\tベトナム\t特定技能1号\t20290331", "PASSPORT") == []
    assert _found(detector, "氏名\t国籍\t在留資格\t番号\nPHAM VAN DUC\tベトナム\t特定技能1号\tC1234567", "PASSPORT") == []


@pytest.mark.parametrize("text", [
    f"申請者さんのRC No.は{CARD}です。", f"RC No.\n\n{CARD}\n\n", f"<RC_No.>{CARD}</RC_No.>",
    f"在留カード番号\n氏名\tNo.\nLE\t{CARD.lower()}".replace("No.", "在留カード番号"),
    f"NGUYEN\tベトナム\t特定技能1号\t{CARD.lower()}"])
def test_a_residence_card_abbreviated_lower_case_or_in_a_stay_record(detector, text):
    assert _found(detector, text, "RESIDENCE_CARD") == [CARD]


@pytest.mark.parametrize("text", [
    f"menkyo_bango: {LICENCE}", f"No.\t運転免許証番号\n1\t第{LICENCE}号", f"\tmenkyo_bango\t308343005392\t{LICENCE}"])
def test_a_licence_under_romaji_or_written_dai_go_in_a_table(detector, text):
    assert LICENCE in _found(detector, text, "DRIVERS_LICENSE")


@pytest.mark.parametrize("text, entity", [
    (f"旅券番号欄の書き方\n旅券に記載された番号を記入してください（記入例：{PASSPORT}）。", "PASSPORT"),
    (f"在留カード番号の記入方法\nカード右上の12桁を記入してください。例）{CARD}", "RESIDENCE_CARD"),
    (f"運転免許証番号の記入について\n免許証中央の12桁を記入してください。記入例 {LICENCE}", "DRIVERS_LICENSE"),
    (f"管理番号\n\n{CARD}\n\n", "RESIDENCE_CARD"), (f"予約番号: {PASSPORT}\n旅券番号欄は空欄", "PASSPORT")])
def test_an_example_a_serial_or_a_code_is_nobodys(detector, text, entity):
    assert _found(detector, text, entity) == []


def test_an_example_marker_is_not_a_word_ending_in_rei():
    assert is_example("（記入例：TK1234567）", 5) and is_example("例）AB12345678CD", 2)
    assert not is_example("事例：TK1234567", 3) and not is_example("旅券番号：TK1234567", 5)
