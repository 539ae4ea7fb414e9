import random

import pytest

from detectors.jp.phone import _e164, parsed, valid_e164

PHONE = [
    ("電話: 03-1234-5678", ["03-1234-5678"]),
    ("携帯 090ー1234ー5678", ["090ー1234ー5678"]),
    ("TEL（０６）６１２３－４５６７", ["（０６）６１２３－４５６７"]),
    ("連絡先 +81-90-1234-5678", ["+81-90-1234-5678"]),
    ("フリーダイヤル 0120-123-456", []),  # toll-free: an organisation's number, never a person's
    ("電話 0312345678", ["0312345678"]),
    ("0312345678", []),  # bare digits without context
    ("電話 03-1234-567", []),  # too short
    ("注文番号 03-1234-5678", []),
    ("口座番号 0312345678", []),
]

EMAIL = [
    ("メール：taro.yamada@example.co.jp", ["taro.yamada@example.co.jp"]),
    ("連絡先taro@example.jp まで", ["taro@example.jp"]),  # kanji glued before
    ("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", ["ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"]),
    ("user@localhost", []),
    ("@example.jp", []),
]

POSTAL = [
    ("〒100-0005 東京都千代田区", ["〒100-0005"]),
    ("〒１６０－００２３", ["〒１６０－００２３"]),
    ("郵便番号 530-0001", ["530-0001"]),
    ("品番 530-0001", []),
    ("530-0001", []),
    ("電話 03-1234-5678", []),
]


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", PHONE)
def test_phone(detector, text, expected):
    assert _found(detector, text, "PHONE") == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", EMAIL)
def test_email(detector, text, expected):
    assert _found(detector, text, "EMAIL") == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", POSTAL)
def test_postal_code(detector, text, expected):
    assert _found(detector, text, "POSTAL_CODE") == expected


@pytest.mark.slow
def test_same_phone_in_two_forms_has_one_identity(detector):
    a, b = detector.detect("電話 03-1234-5678"), detector.detect("TEL ０３（１２３４）５６７８")
    assert a[0].value == b[0].value == "+81312345678"


@pytest.mark.slow
def test_corporate_number_is_not_personal_data(detector):
    assert detector.detect("法人番号 8699370974431 登録番号 T4011001098993") == []


def test_domestic_numbers_checked_as_phonenumbers_parses_them():
    rng = random.Random(7)
    shapes = ["0{}-{}-{}", "0{}{}{}", "(0{}){}-{}", "0{}({}){}", "0{} {} {}"]
    values = ["00-1234-5678", "010-1-212-555-0100", "0-1234", "(0)12-3456"]
    for _ in range(3000):
        groups = ["".join(rng.choice("0123456789") for _ in range(rng.randint(1, 4))) for _ in range(3)]
        values.append(rng.choice(shapes).format(*groups))
    assert [_e164(v) for v in values] == [valid_e164(parsed(v)) for v in values]  # parse's reading
    assert sum(_e164(v) is not None for v in values) > 300  # valid numbers among them, not only rejects
