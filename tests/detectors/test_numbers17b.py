"""numbers17b: a personnel desk's headerless list pairing each employee's 基礎年金番号 (10
digits, plain or in its 4-6 groups) with his My Number (12 digits passing the check digit)
types the ten-digit column as pensions, as the pair with 雇用保険被保険者番号 already did; a
column of ten-digit order numbers beside no My Numbers (or beside twelve digits failing the
check) stays untyped. A dealer's 本人確認記録 under a header (確認書類 | 番号) whose record
names a マイナンバーカード labels that record's number 個人番号 where it passes the check
digit. Made-up people and numbers."""

import pytest

from detectors.columns import column_labels
from detectors.columns.identity import IDENTITY_LABEL, MY_NUMBER_KIND, header_cell_labels, named_kind
from detectors.columns.insurance import PENSION_LABEL, insurance_columns

NAMES = ["大槻　弘毅", "千早　詩織", "目黒　篤志", "羽生　菜摘", "倉持　拓真", "相馬　千景"]
PENSIONS = ["2210-384756", "3308471925", "4127-550913", "5064218837", "6190-027461", "1873302956"]
MY_NUMBERS = ["864542841030", "664856280239", "288358114613", "879268506596", "050759063187", "338504143989"]
ORDERS = ["2026113041", "2026113187", "2026120123", "2026120311", "2026120278", "2026120302"]


def test_a_pension_column_beside_my_numbers_is_typed():
    columns = {0: [f"{n:04d}" for n in range(1201, 1207)], 1: NAMES, 2: PENSIONS, 3: MY_NUMBERS}
    assert insurance_columns(columns) == {2: PENSION_LABEL}
    assert column_labels(columns)[2] == PENSION_LABEL


def test_the_pair_with_an_insured_number_may_be_written_in_groups():
    insured = ["5012-345678-1", "5012-345679-3", "5012-345680-5", "5012-345681-7", "5012-345682-9", "5012-345683-0"]
    assert insurance_columns({0: NAMES, 1: PENSIONS, 2: insured}) == {1: PENSION_LABEL, 2: "雇用保険被保険者番号"}


def test_ten_digits_beside_no_my_numbers_stay_untyped():
    failing = [value[:-1] + str((int(value[-1]) + 1) % 10) for value in MY_NUMBERS]
    assert insurance_columns({0: NAMES, 1: ORDERS, 2: failing}) == {}
    assert insurance_columns({0: NAMES, 1: ORDERS}) == {}
    assert PENSION_LABEL not in column_labels({0: NAMES, 1: ORDERS, 2: ["1", "2", "3", "4", "5", "6"]}).values()


def test_a_my_number_card_is_a_kind_of_its_own():
    for cell in ("マイナンバーカード", "個人番号カード", "ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ", "マイナカード", "My Number Card"):
        assert named_kind(cell) == MY_NUMBER_KIND, cell
    assert named_kind("保険証") != MY_NUMBER_KIND


def test_a_headed_records_number_is_the_my_number_its_record_names():
    labels = {0: "氏名", 1: "本人確認書類", 2: "書類番号"}
    row = [(0, NAMES[0]), (1, "個人番号カード"), (2, MY_NUMBERS[0])]
    assert header_cell_labels(labels, {2}, row)[2] == MY_NUMBER_KIND
    failing = [(0, NAMES[0]), (1, "個人番号カード"), (2, MY_NUMBERS[0][:-1] + "9")]
    assert header_cell_labels(labels, {2}, failing)[2] == "書類番号"
    licence_row = [(0, NAMES[1]), (1, "運転免許証"), (2, MY_NUMBERS[1])]  # a licence's row: no My Number
    assert header_cell_labels(labels, {2}, licence_row)[2] != MY_NUMBER_KIND
    assert IDENTITY_LABEL  # the headerless path shares the kind (detectors.columns.identity.cell_labels)


def _found(detector, text, entity):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == entity)


@pytest.mark.parametrize("text", [
    "お振込先：ひかり銀行 駅前支店 普通 2345678（当事務所名義）",
    "振込口座　あさひ信用金庫 本店 当座 8765432 弊所名義",
    "店舗情報\n当座（当金庫名義）: 4567123",
    "返済口座: 普通 3456712（当組合名義）"])
def test_an_account_the_body_calls_its_own_is_no_ones(detector, text):
    assert _found(detector, text, "BANK_ACCOUNT") == []


def test_a_persons_account_near_a_desk_word_stays(detector):
    text = "ご返金先：ひかり銀行 駅前支店 普通 2345678 名義 サトウ ハナコ（担当行員 確認済）"
    assert _found(detector, text, "BANK_ACCOUNT") == ["2345678"]


def test_a_contractors_phone_on_a_roster_is_the_firms(detector):
    text = ("役職: 理事長\t担当: 羽生 菜摘\n役職: 管理会社\t担当: 045-512-3304\n"
            "役職: 警備会社\t担当: 03-5561-2290\n役職: 副理事長\t担当: 090-2231-4456")
    assert _found(detector, text, "PHONE") == ["+819022314456"]  # the officer's own line stays
