"""Issue 12, ids8: a driving licence passing its checks near any word of driving
(免許No., DL No., ライセンス, 公安委員会, a host's record with its class and colour, a
sentence), none under another number's label nor without a word of driving; a
health-insurance card's 記号 and 番号 told by their labels in an insurance scope (apart,
joined, over a column, a card's copy on lines, 被保険者番号), none for ゆうちょ's or a
pension book's 記号・番号; a stored-value card (ギフト, プリペイド, ポイント, 商品券, 額面)
is no credit card, a card beside a word of credit still is. The real GiNZA detector;
made-up people and numbers."""

import pytest

from detectors.jp.drivers_license import check_digit_matches

LICENCES = ("447288859870", "521551950111", "306202972471")
CARD, OTHER_CARD = "4111111111111111", "5555555555554444"


def _found(detector, text, entity):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == entity)


def test_the_licences_of_these_tests_pass_the_check():
    assert all(check_digit_matches(n) for n in LICENCES)


@pytest.mark.parametrize("text", [
    f"乗務員名簿\n氏名: 岩城 徹\t免許No.: {LICENCES[0]}\t有効期限: 2029/01/31",
    f"氏名: 岩城 徹\tDL No.: {LICENCES[0][:4]} {LICENCES[0][4:8]} {LICENCES[0][8:]}",
    f"ライセンス: {LICENCES[0]}",
    f"免許の番号は{LICENCES[0]}です。",
    f"（写し）\n氏名 岩城 徹\n番号 第 {LICENCES[0]} 号\n種類 普通\n静岡県公安委員会",
    f"00031  イワキ トオル   {LICENCES[0]}  大型  ゴールド  20300115",
    f"S12,岩城 徹,{LICENCES[0]},準中型,2031-02-28\nS13,森 茜,{LICENCES[1]},普通,2030-10-01"])
def test_a_licence_passing_its_checks_near_a_word_of_driving(detector, text):
    assert LICENCES[0] in _found(detector, text, "DRIVERS_LICENSE")


@pytest.mark.parametrize("text", [
    f"会員番号: {LICENCES[0]}\t確認書類: 運転免許証",
    f"部品一覧（運転席）\n品番: {LICENCES[0]}\t品名: シートカバー",
    f"ご案内\n受付番号 {LICENCES[0]}\n明細をご確認ください。",
    f"個人番号: {LICENCES[0]}\t運転免許: 有"])
def test_no_licence_under_another_numbers_label_nor_without_a_word_of_driving(detector, text):
    assert _found(detector, text, "DRIVERS_LICENSE") == []


def test_a_number_failing_the_check_needs_the_licences_own_word(detector):
    failing = LICENCES[0][:10] + str((int(LICENCES[0][10]) + 1) % 10) + LICENCES[0][11]
    assert _found(detector, f"免許No.: {failing}", "DRIVERS_LICENSE") == []
    assert _found(detector, f"運転免許証番号: {failing}", "DRIVERS_LICENSE") == [failing]


@pytest.mark.parametrize("text, found", [
    ("健康保険証　記号 55　番号 1234　枝番 01", ["1234", "55"]),
    ("保険証：記号　５５　番号　１２３４", ["1234", "55"]),
    ("氏名: 森 茜\t健康保険 記号: 3051\t番号: 42\t入社日: 2024/04/01", ["3051", "42"]),
    ("続柄: 妻\t氏名: 森 茜\t保険証番号: 3051-42", ["305142"]),
    ("後期高齢者医療 被保険者番号：12345678", ["12345678"]),
    ("組合員証 記号番号: 120-3456", ["1203456"]),
    ("健康保険被保険者証\n本人（被保険者）\n記号　3051\n番号　42\n氏名　森 茜", ["3051", "42"])])
def test_a_cards_symbol_and_number_told_by_their_labels(detector, text, found):
    assert _found(detector, text, "HEALTH_INSURANCE_NUMBER") == found


@pytest.mark.parametrize("text, found", [
    ("振込先 ゆうちょ銀行 記号 12340 番号 12345671", []),
    ("保険証 記号 55 番号 1234\n振込先：ゆうちょ銀行 記号 12340 番号 12345671", ["1234", "55"]),
    ("年金手帳の写し\n記号番号：1234-567890", []),
    ("雇用保険被保険者番号: 1234-567890-1", []),
    ("車両 登録番号 品川 300 記号 あ 番号 12-34", []),
    ("受付番号 1234\n記号: 12\t番号: 345", [])])
def test_no_card_number_for_another_numbers_symbol_and_number(detector, text, found):
    assert _found(detector, text, "HEALTH_INSURANCE_NUMBER") == found


@pytest.mark.parametrize("text", [
    f"ギフトカード番号: {CARD}",
    f"商品券発行台帳\n発行日: 2026/11/01\tカード番号: {CARD}\t額面: 5000\t残高: 3000",
    f"プリペイドカード {CARD} の残高は 1,200 円です。",
    f"会員名: 森 茜\tポイントカード番号: {CARD}\t保有ポイント: 120"])
def test_a_stored_value_card_is_no_credit_card(detector, text):
    assert _found(detector, text, "CREDIT_CARD") == []


@pytest.mark.parametrize("text", [
    f"カード番号: {CARD}\t有効期限: 12/29",
    f"お支払い: クレジットカード VISA {CARD}　ポイント付与 120pt",
    f"会員名: 森 茜\tポイントカード番号: {OTHER_CARD}\t決済用クレジットカード: {CARD}"])
def test_a_credit_card_beside_a_word_of_credit_stays(detector, text):
    assert CARD in _found(detector, text, "CREDIT_CARD")


@pytest.mark.parametrize("written", ["3652 018473 6192", "3652-018473-6192"])
def test_a_diners_card_grouped_as_its_card_groups_it(detector, written):
    assert _found(detector, f"クレジットカード番号：{written}", "CREDIT_CARD") == ["36520184736192"]


def test_a_long_sheets_symbol_and_number_under_its_title_only(detector):
    rows = "".join(f"氏名: 山田 {n}郎\t記号: {100 + n}\t番号: {2000 + n}\t回収日: 2026/04/{10 + n}\n" for n in range(12))
    sheet = "健康保険証 回収記録\t\n氏名\t記号\t番号\t回収日\t\n" + rows
    found = _found(detector, sheet, "HEALTH_INSURANCE_NUMBER")
    assert found == sorted([str(100 + n) for n in range(12)] + [str(2000 + n) for n in range(12)])
    assert _found(detector, sheet.replace("健康保険証 回収記録", "駐車場 区画記録"), "HEALTH_INSURANCE_NUMBER") == []


def test_an_html_tables_symbol_and_number_columns_under_their_headers(detector):
    table = "\n被保険者証の写し\n\n\t氏名\t記号\t番号\n\n" + "".join(f"\t山田 {n}郎\t{10 + n}\t{300 + n}\n\n" for n in range(9))
    found = _found(detector, table, "HEALTH_INSURANCE_NUMBER")
    assert found == sorted([str(10 + n) for n in range(9)] + [str(300 + n) for n in range(9)])
