"""Issue 12, ids6: a twelve-digit number under another number's label (患者ID,
受付番号, 証券番号, patient_id, a 会員番号 column's header) is no My Number though it
passes the check; under 個人番号 / マイナンバー it stays found, beside its label or
under its column's header. An account the reader is asked to pay into (a bill's
お振込先, a 寄付 notice) is the organisation's; a person's 給与振込 / 返金先 account
stays found. The real GiNZA detector; made-up people and numbers."""

import pytest

from detectors.jp.number_labels import MY_NUMBER_LABEL, ColumnHeaders, labelled_as_other_number, number_label

MINE, OTHER, THIRD, FOURTH = "123456789018", "234567890121", "345678901234", "456789012346"


def _found(detector, text, entity):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == entity)


@pytest.mark.parametrize("before, label", [
    ("受付番号は ", "受付番号は"), ("ご契約の証券番号（", "ご契約の証券番号（"), ("お客様の伝票番号は「", "お客様の伝票番号は「"),
    ('"patient_id": "', '"patient_id": "'), ("<OrderID>", "<OrderID>"), ("Policy No. ", "Policy No."),
    ("患者ID: ", "患者ID:"), ("受付番号は、", "受付番号は"), ("【会員番号】\n", "【会員番号】"),
    ("Your order number is ", "order number is"), ("患者ID（12桁）: ", "患者ID（12桁）:"), ("Order #: ", "Order #:"),
    ("番号: ", None), ("No.", None), ("氏名 ", None), ("受付番号\t", None), ("2026年\n", None)])
def test_which_words_label_a_number(before, label):
    assert number_label(before + MINE, len(before)) == label


@pytest.mark.parametrize("before, other", [("患者ID: ", True), ("カルテ番号：", True), ("会員番号 ", True),
                                           ("個人番号: ", False), ("マイナンバー：", False), ("my_number: ", False),
                                           ("個人番号カード番号 ", False), ("番号: ", False), ("", False)])
def test_another_numbers_label_for_a_my_number(before, other):
    assert labelled_as_other_number(before + MINE, len(before), MY_NUMBER_LABEL) is other


def test_a_columns_header_names_its_cells():
    text = "名簿\n\t受付番号\t氏名\tマイナンバー\n\t" + OTHER + "\t山田 花子\t" + MINE + "\n\t" + THIRD + "\t川口 次郎\t" + FOURTH
    columns = ColumnHeaders(text)
    assert [columns.names(text.index(n), MY_NUMBER_LABEL) for n in (OTHER, MINE, THIRD, FOURTH)] == [
        False, True, False, True]
    assert columns.header(text.index("名簿")) is None


def test_a_my_number_under_another_numbers_label_is_none(detector):
    rows = ("患者ID\t氏名\t個人番号\n患者ID: " + OTHER + "\t氏名: 山田 花子\t個人番号: " + MINE)
    assert _found(detector, rows, "MY_NUMBER") == [MINE]
    form = f"氏名：山田 花子\nマイナンバー：{MINE}\n受付番号：{THIRD}\n備考：なし"
    assert _found(detector, form, "MY_NUMBER") == [MINE]
    prose = f"マイナンバーカードの写しを受領しました。受付番号は {OTHER[:4]} {OTHER[4:8]} {OTHER[8:]} です。"
    assert _found(detector, prose, "MY_NUMBER") == []


def test_json_keys_and_html_headers(detector):
    records = f"patient_id: {OTHER}\nname: 山田 花子\nmy_number: {MINE}\n"
    assert _found(detector, records, "MY_NUMBER") == [MINE]
    table = "名簿\n\t会員番号\t氏名\tマイナンバー\n" + "".join(
        f"\t{other}\t山田 花子\t{mine}\n" for other, mine in ((OTHER, MINE), (THIRD, FOURTH)))
    assert _found(detector, table, "MY_NUMBER") == sorted([MINE, FOURTH])


def test_a_run_of_numbers_under_an_order_header_is_none(detector):
    numbers = [MINE, OTHER, THIRD, FOURTH, "567890123457", "678901234562"]
    sheet = "注文番号\t氏名\n" + "\n".join(f"注文番号: {n}\t氏名: 山田 花子" for n in numbers)
    assert _found(detector, sheet, "MY_NUMBER") == []
    bare = "\n".join(f"{n},山田 花子" for n in numbers)
    assert len(_found(detector, bare, "MY_NUMBER")) == 6  # a header-less export: a run is decided as before


def test_an_account_to_pay_into_is_the_organisations(detector):
    bill = "ご請求書\n下記の通りご請求申し上げます。\nお振込先：ひばり銀行 本店 普通 1234567\nお支払期限：11月30日"
    donation = "寄付金の振込先は下記の口座です。\nはまなす信用金庫 中央支店 普通預金 2345678"
    assert _found(detector, bill, "BANK_ACCOUNT") == []
    assert _found(detector, donation, "BANK_ACCOUNT") == []
    payroll = "給与振込口座届\n氏名：山田 花子\n振込先口座：ひばり銀行 駅前支店 普通 3456789"
    refund = "返金先口座（山田 花子）：みずうみ銀行 北支店 普通 4567890"
    assert _found(detector, payroll, "BANK_ACCOUNT") == ["3456789"]
    assert _found(detector, refund, "BANK_ACCOUNT") == ["4567890"]


def test_a_phone_under_another_numbers_column_is_none(detector):
    table = "\tPolicy Number\tContact Number\n\t03-2822-0420\t090-3744-7151"
    assert _found(detector, table, "PHONE") == ["+819037447151"]


def test_a_card_number_under_another_numbers_label_is_none(detector):
    assert _found(detector, "会員番号: 4111 1111 1111 1111", "CREDIT_CARD") == []
    assert _found(detector, "カード番号: 4111 1111 1111 1111", "CREDIT_CARD") == ["4111111111111111"]
    assert _found(detector, "お支払い: 4111 1111 1111 1111", "CREDIT_CARD") == ["4111111111111111"]


def test_a_licence_number_in_a_row_that_names_the_document(detector):
    log = ("入館日\t氏名\t確認書類\t書類番号\n"
           "入館日: 2026/11/07\t氏名: 山田 花子\t確認書類: 運転免許証\t書類番号: 932040911012\n"
           "入館日: 2026/11/08\t氏名: 川口 次郎\t確認書類: 社員証\t書類番号: 451839262020")
    assert _found(detector, log, "DRIVERS_LICENSE") == ["932040911012"]
