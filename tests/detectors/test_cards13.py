"""Issue 12, cards13: a long number passing Luhn with a card issuer's prefix is a card only
where its own label or its record says so — a カード番号 / クレジット / お支払い label, a
cc_number or PAN key, an element <card><no>, a headerless row with a brand or an expiry
beside its holder, a table headed 有効期限 or 名義, a key-value record with exp:, a
sentence that names the card; never by its shape alone (a goods code, an IMEI, a serial,
a request id, a number in a URL), nor under a card that pays for nothing (SIMカード,
社員証). The real GiNZA detector; made-up people and numbers."""

import pytest
from stdnum import luhn

CARD, JCB, AMEX, IMEI, SKU = "4929000011112224", "3540123456789016", "378282246310005", "354012345678905", "5100123456789013"


def _found(detector, text):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == "CREDIT_CARD")


def test_the_numbers_of_these_tests_pass_luhn():
    assert all(luhn.is_valid(n) for n in (CARD, JCB, AMEX, IMEI, SKU))


@pytest.mark.parametrize("text", [
    f"カード番号：{CARD[:4]}-{CARD[4:8]}-{CARD[8:12]}-{CARD[12:]}",
    f"cc_number: {CARD}",
    f"PAN={CARD}",
    f"<payment><card><no>{CARD}</no></card></payment>",
    f"<order><item><sku>{SKU}</sku></item><pay><num>{CARD}</num><expiry>08/29</expiry></pay></order>",
    f"AKIRA KONO      {CARD}  VISA      08/29",
    f"name: HARUKA SANO\tcc_number: {CARD}\tcc_exp: 08/2029",
    f"お支払い方法\tクレジットカード\n会員名\t番号\t有効期限\n菅原 幸子\t{CARD}\t08/29",
    f"SUGAWARA SACHIKO\t{CARD}\t08/29",
    f"菅原 幸子,{CARD},JCB,2029/08",
    f"settlement:\n  holder: SUGAWARA SACHIKO\n  number: {CARD}\n  expires: 08/29\n",
    f"お預かりしたクレジットの番号 {CARD} は本日削除しました。",
    f"菅原様\nご登録いただいたカードは以下です。\n\n{CARD}\n",
    f"決済手段: {AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}"])
def test_a_card_said_by_its_label_or_record(detector, text):  # a holder's surname ending in NO is no "No."
    assert _found(detector, text) in ([CARD], [AMEX])


@pytest.mark.parametrize("text", [
    f"{CARD}",
    f"{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}",
    f"型番\t品名\n{CARD}\tカードホルダー 黒",
    f"商品名: 非接触ICカードリーダー\tコード: {JCB}",
    f"IMEI: {IMEI}",
    f"SIMカード番号: {CARD}",
    f"社員証カード {CARD} を再発行",
    f"2026-12-01T10:00:00 req={CARD} status=200",
    f"詳しくは https://example.jp/goods/{CARD} をご覧ください。",
    f"<items><item><code>{CARD}</code></item></items>",
    f"<shop><item><name>カードケース</name><code>{CARD}</code></item><card><no>{AMEX}</no></card></shop>",
    f"{CARD},ノート A5,12冊,350",
    f"品名\tコード\t有効期限\n湿布薬 大\t{CARD}\t04/28",
    f"抽選番号 {JCB} の方が当選です。"])
def test_a_long_number_said_to_be_nothing_of_a_card_is_none(detector, text):
    assert not set(_found(detector, text)) & {CARD, JCB, IMEI}
