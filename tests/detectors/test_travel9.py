"""Issue 12, travel9: passports and residence cards wherever a writer puts them — their
own label in any language and key style, other countries' passport shapes, lower case
and separators under that label, a foreigner's stay record (国籍, 在留資格 in the row, its
header or a form's lines) around an unlabelled number, a fixed-width file's header above
it, a passport copy's MRZ with its check digit; none under another number's label or a
product's. The real GiNZA detector; made-up people and numbers."""

import pytest

from detectors.jp.travel_documents import mrz_check_digit

PASSPORT, CARD = "TR1234567", "AB12345678CD"


def _found(detector, text, entity):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == entity)


@pytest.mark.parametrize("text", [
    f"passportNumber: {PASSPORT}", f"<PassportNo>{PASSPORT}</PassportNo>", f"PP No. {PASSPORT}",
    f"旅券（{PASSPORT}）を確認した。", f"旅券番号: {PASSPORT.lower()}", "旅券番号: TR-1234567", "旅券番号：TR 1234567",
    f"Passport Number: {PASSPORT}"])
def test_a_passport_under_its_own_label_in_any_key_style(detector, text):
    assert _found(detector, text, "PASSPORT") == [PASSPORT]


@pytest.mark.parametrize("text, number", [
    ("旅券番号: C1234567", "C1234567"), ("Passport No.: E12345678", "E12345678"),
    ("passport_no: p1234567a", "P1234567A"), ("パスポート番号　123456789", "123456789")])
def test_another_countrys_passport_under_its_own_label(detector, text, number):
    assert _found(detector, text, "PASSPORT") == [number]


@pytest.mark.parametrize("text", [
    f"residenceCardNo: {CARD}", f"zairyu_card: {CARD}", f"<ResidenceCardNo>{CARD}</ResidenceCardNo>",
    f"Card number: {CARD}", "在留カード番号: AB 1234 5678 CD", "在留カード番号: AB-1234-5678-CD",
    f"在留カード番号: {CARD.lower()}", f"番号: {CARD}"])
def test_a_residence_card_under_its_own_or_a_generic_label(detector, text):
    assert _found(detector, text, "RESIDENCE_CARD") == [CARD]


@pytest.mark.parametrize("text", [
    f"氏名: LE MINH\t国籍: ベトナム\t在留資格: 技能実習\t番号: {PASSPORT}\tカード: {CARD}",
    f"LE MINH,ベトナム,家族滞在,{PASSPORT},{CARD},2027/03/31",
    f"外国人従業員名簿\n氏名\t国籍\tNo.\tCard\nLE MINH\tベトナム\t{PASSPORT}\t{CARD}",
    f"確認書類: パスポート\t番号: {PASSPORT}\t在留カード\t{CARD}",
    f"申請人 LE MINH\n国籍 ベトナム\n在留資格 留学\n{PASSPORT}\n{CARD}"])
def test_unlabelled_numbers_in_a_foreigners_stay_record(detector, text):
    assert _found(detector, text, "PASSPORT") == [PASSPORT]
    assert _found(detector, text, "RESIDENCE_CARD") == [CARD]


def test_another_countrys_shape_in_a_stay_record_that_names_the_passport(detector):
    text = "旅券・在留カード一覧\n氏名\t国籍\t番号\t有効期限\nLE MINH\tベトナム\tC1234567\t2030/01/01"
    assert _found(detector, text, "PASSPORT") == ["C1234567"]
    assert _found(detector, text.replace("旅券・在留カード一覧", "外国人社員一覧"), "PASSPORT") == []


@pytest.mark.parametrize("text", [
    f"派遣スタッフ台帳\nNo\t氏名\t国籍\t旅券\nE1234567\tLE MINH\tベトナム\t{PASSPORT}\nEM7654321\tZHANG WEI\t中国\t",
    # rows composed with their headers, as detectors.fields writes them (a tab ends each row)
    f"No: E1234567\t氏名: LE MINH\t国籍: ベトナム\t旅券: {PASSPORT}\t\nNo: EM7654321\t氏名: ZHANG WEI\t国籍: 中国\t旅券: "])
def test_a_staff_code_beside_the_passports_own_column_is_no_passport(detector, text):
    assert _found(detector, text, "PASSPORT") == [PASSPORT]


def test_a_fixed_width_files_header_labels_its_columns(detector):
    text = ("社員CD  氏名            旅券番号    在留カード番号\n"
            f"0001    LE MINH         C1234567    {CARD}\n"
            "0002    ZHANG WEI       E12345678   CD87654321EF")
    assert _found(detector, text, "PASSPORT") == ["C1234567", "E12345678"]
    assert _found(detector, text, "RESIDENCE_CARD") == [CARD, "CD87654321EF"]


def test_a_headerless_record_with_both_documents_side_by_side(detector):
    text = (f"003101  LE MINH               VNM  {PASSPORT}  {CARD}  20290331\n"
            "003102  ZHANG WEI             CHN  TK7654321  CD87654321EF  20280115")
    assert _found(detector, text, "PASSPORT") == ["TK7654321", PASSPORT]
    assert _found(detector, text, "RESIDENCE_CARD") == [CARD, "CD87654321EF"]
    alone = f"003101  LE MINH               VNM  {PASSPORT}  20290331"
    assert _found(detector, alone, "PASSPORT") == []


def _mrz(number: str, check: int | None = None) -> str:
    field = number.ljust(9, "<")
    digit = mrz_check_digit(field) if check is None else check
    return ("P<VNMLE<<MINH<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
            f"{field}{digit}VNM9001014M3001012<<<<<<<<<<<<<<02")


def test_a_passport_copys_mrz_gives_its_number_when_the_check_digit_matches(detector):
    assert _found(detector, _mrz("C1234567"), "PASSPORT") == ["C1234567"]
    wrong = (mrz_check_digit("C1234567<") + 1) % 10
    assert _found(detector, _mrz("C1234567", wrong), "PASSPORT") == []


@pytest.mark.parametrize("text", [
    f"受付番号: {PASSPORT}\t国籍: ベトナム", f"社員番号: EM1234567\t国籍: 中国\t在留資格: 留学",
    f"品番 {PASSPORT} 在留資格の案内冊子", f"シリアル {CARD}", f"管理番号: {CARD}\t国籍: 中国",
    "旅券番号の欄は空欄でよい。型番 C1234567", PASSPORT, CARD])
def test_no_document_under_another_numbers_label_or_a_products(detector, text):
    assert _found(detector, text, "PASSPORT") == [] and _found(detector, text, "RESIDENCE_CARD") == []
