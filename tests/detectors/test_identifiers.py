"""Test tables for the other identifiers: real matches and near-misses."""

import pytest

CASES = [
    # PASSPORT: context required
    ("PASSPORT", "パスポート番号 TR1234567", ["TR1234567"]),
    ("PASSPORT", "旅券番号：ＴＲ１２３４５６７", ["ＴＲ１２３４５６７"]),
    ("PASSPORT", "品番 TR1234567", []),
    ("PASSPORT", "TR1234567", []),
    # RESIDENCE_CARD (and 特別永住者証明書)
    ("RESIDENCE_CARD", "在留カード番号 AB12345678CD", ["AB12345678CD"]),
    ("RESIDENCE_CARD", "特別永住者証明書 XY87654321ZZ", ["XY87654321ZZ"]),
    ("RESIDENCE_CARD", "型番 AB12345678CD", []),
    # DRIVERS_LICENSE: 12 digits, context decides (the same shape as a My Number)
    ("DRIVERS_LICENSE", "運転免許証番号 459803358720", ["459803358720"]),
    ("DRIVERS_LICENSE", "免許証番号：第４５９８０３３５８７２０号", ["４５９８０３３５８７２０"]),
    ("DRIVERS_LICENSE", "459803358720", []),
    ("DRIVERS_LICENSE", "個人番号 459803358720", []),
    # BASIC_PENSION_NUMBER
    ("BASIC_PENSION_NUMBER", "基礎年金番号 1234-567890", ["1234-567890"]),
    ("BASIC_PENSION_NUMBER", "年金手帳 1234567890", ["1234567890"]),
    ("BASIC_PENSION_NUMBER", "電話 0312345678", []),
    # RESIDENT_RECORD_CODE
    ("RESIDENT_RECORD_CODE", "住民票コード 12345678901", ["12345678901"]),
    ("RESIDENT_RECORD_CODE", "12345678901", []),
    # EMPLOYMENT_INSURANCE_NUMBER
    ("EMPLOYMENT_INSURANCE_NUMBER", "雇用保険被保険者番号 1234-567890-1", ["1234-567890-1"]),
    ("EMPLOYMENT_INSURANCE_NUMBER", "雇用保険適用事業所番号 1234-567890-1", []),
    # HEALTH_INSURANCE_NUMBER: Luhn on 8 digits
    ("HEALTH_INSURANCE_NUMBER", "保険者番号 33120015", ["33120015"]),
    ("HEALTH_INSURANCE_NUMBER", "保険者番号 01130012", ["01130012"]),
    ("HEALTH_INSURANCE_NUMBER", "保険者番号 33120016", []),
    # BANK_ACCOUNT
    ("BANK_ACCOUNT", "振込先 みずほ銀行 新宿支店 普通 1234567", ["普通 1234567"]),
    ("BANK_ACCOUNT", "口座番号 7654321", ["7654321"]),
    ("BANK_ACCOUNT", "ゆうちょ銀行 記号番号 12345-1234567", ["12345-1234567"]),
    ("BANK_ACCOUNT", "会員番号 1234567", []),
    ("BANK_ACCOUNT", "1234567", []),
    # CREDIT_CARD: Luhn + issuer, and a label or record that says card (a shape alone is a product code's too)
    ("CREDIT_CARD", "カード番号 3530 1113 3330 0000", ["3530 1113 3330 0000"]),
    ("CREDIT_CARD", "クレジットカード：4111-1111-1111-1111", ["4111-1111-1111-1111"]),
    ("CREDIT_CARD", "4111-1111-1111-1111", []),
    ("CREDIT_CARD", "カード番号 3530 1113 3330 0001", []),  # Luhn fails
    ("CREDIT_CARD", "注文番号 4111111111111111", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("entity, text, expected", CASES)
def test_identifier(detector, entity, text, expected):
    assert [d.text for d in detector.detect(text) if d.entity_type == entity] == expected


@pytest.mark.slow
def test_a_column_header_is_context_for_every_cell(detector):
    assert [d.entity_type for d in detector.detect("TR1234567", context=["パスポート番号"])] == ["PASSPORT"]


@pytest.mark.slow
def test_the_nearer_context_decides_between_two_types(detector):
    text = "雇用保険被保険者番号　1234-567890-1\n住民票コード　12345678901"
    found = {(d.entity_type, d.text) for d in detector.detect(text)}
    assert found == {("EMPLOYMENT_INSURANCE_NUMBER", "1234-567890-1"), ("RESIDENT_RECORD_CODE", "12345678901")}
