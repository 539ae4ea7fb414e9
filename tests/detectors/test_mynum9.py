"""Issue 12, mynum9: twelve digits passing the My Number check are no My Number
under the label of another record's key (受注, SKU, 保険証券, `"order": "…"`, a
sentence's 「ご注文 」), nor unlabelled in an order's or a policy's row (数量, 単価,
保険料), not even in a run or beside マイナンバー; a My Number under its own label,
a headerless run of a person's rows and a person's label stay. A card of stored value
is told by its own label or record (ギフト券番号, 額面, a 旅行券 ledger), not by points
or a balance near a credit card. The real GiNZA detector; made-up people and numbers."""

import pytest
from stdnum import luhn
from stdnum.jp import in_

KEYS = ("176749365367", "861564985029", "942849815402", "123456789018", "381204765514", "514209837718")
CARD, GIFT = "4111111111111111", "5555555555554444"


def _found(detector, text, entity):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == entity)


def test_the_numbers_of_these_tests_pass_their_checks():
    assert all(in_.is_valid(k) for k in KEYS) and luhn.is_valid(CARD) and luhn.is_valid(GIFT)


def _rows(line: str) -> str:
    return "\n".join(line.format(key=key) for key in KEYS)


@pytest.mark.parametrize("text", [
    "SKU\t商品名\t価格\n" + _rows("SKU: {key}\t商品名: 土鍋\t価格: 3200"),  # a run under a record's kind
    "受注\t受注日\t購入者\n" + _rows("{key}\t2026/11/03\t梶原 真一"),  # the column's header, not composed
    "\t届け先\t品名\t個数\t運賃\n" + _rows("{key}\t富永 由香\t書籍\t2\t1300"),  # an order's row, no key's label
    _rows('{{"contract": "{key}", "holder": "宮内 健太", "myNumberProvided": true}}'),
    "<orders>" + "".join(f"<order><id>{key}</id><total>3200</total></order>" for key in KEYS) + "</orders>",
    f"保険証券 {KEYS[0]} について、マイナンバーのご提出をお願いします。",
    f"お買い上げいただいた受注（{KEYS[0]}）は出荷済みです。マイナンバーカードは不要です。",
    f"契約者氏名：桑田 早苗\n個人番号：確認済み\n証券：{KEYS[0]}",
    f"本人確認：マイナンバーカード\n【ご注文】\n{KEYS[0]}\nご確認ください。"])  # its label on the line above
def test_another_records_key_passing_the_check_is_no_my_number(detector, text):
    assert _found(detector, text, "MY_NUMBER") == []


@pytest.mark.parametrize("text, found", [
    ("氏名\t個人番号\t保険料\n" + _rows("大森 隆之\t{key}\t42000"), sorted(KEYS)),  # its own header in a policy's row
    (_rows("{key}\t氏名(カナ): ミヤウチ ケンタ\t19790108\t5590000"), sorted(KEYS)),  # a person's headerless run
    (f"社員のマイナンバー\n社員 今泉 葵 {KEYS[0]}", [KEYS[0]]),  # a person after 社員, no key's label
    (f"（個人番号）\n{KEYS[0][:4]} {KEYS[0][4:8]} {KEYS[0][8:]}", [KEYS[0]]),
    (f"氏名: 柴崎 航\tマイナンバー: {KEYS[0]}\t注文: {KEYS[1]}", [KEYS[0]])])
def test_a_my_number_under_its_own_label_or_a_persons_run_stays(detector, text, found):
    assert _found(detector, text, "MY_NUMBER") == found


@pytest.mark.parametrize("text", [
    f"ご利用代金明細書\nカード番号 {CARD}\n今回ご請求額 30,800円\nポイント残高 5662pt\nご利用残高 0円",
    f"会員名: 大森 隆之\tお支払いカード: {CARD}\tポイント残高: 280\tギフトカード番号: {GIFT}",
    f"会員氏名: 水野 彩花\t登録カード: {CARD}\t保有ポイント: 141\tチャージ残高: 9000",
    f"対象カード：{CARD}\nご利用内容：電子マネーへのチャージ 5,000円\n今月の獲得ポイント：78P",
    # a word of stored value only whole: a Vietnamese name's QUOC is no QUO card, an Appointment no point
    f"契約者名\t払込方法\nTRUONG QUOC VIET\t{CARD}",
    f"Appointment: 2026/10/02\tCard: {CARD}"])
def test_a_credit_card_beside_points_or_a_balance_stays(detector, text):
    assert CARD in _found(detector, text, "CREDIT_CARD")


@pytest.mark.parametrize("text", [
    f"会員名: 大森 隆之\tお支払いカード: {CARD}\tポイント残高: 280\tギフトカード番号: {GIFT}",
    f"お支払いに使ったギフト券の番号：{GIFT}",
    f"旅行券\t販売日\t券種\n旅行券: {GIFT}\t販売日: 2026/09/10\t券種: 1000円券",
    f"ビール券販売台帳\n販売日\t番号\n2026/10/01\t{GIFT}",
    f"QUOカード\t{GIFT}", f"Gift card no. {GIFT}"])
def test_a_card_of_stored_value_by_its_own_label_or_record(detector, text):
    assert GIFT not in _found(detector, text, "CREDIT_CARD")
