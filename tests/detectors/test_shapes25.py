"""Identifier shapes decided by their context (shapes25): an account a notice asks its
readers to pay into, with no holder named, in a text that names nobody, is the payee's."""

import pytest


def _found(detector, text, entity):
    return sorted(d.text for d in detector.detect(text) if d.entity_type == entity)


@pytest.mark.parametrize("line", ["振込先 みずなら銀行 中央支店 普通 4702218",
                                  "会費の振込先：みずなら銀行 中央支店 普通 4702218"])
def test_a_notices_account_to_pay_into_with_no_holder_is_the_payees(detector, line):
    text = f"白樺台自治会\n〒390-0811 長野県松本市中央2-4-6\n\n総会のお知らせ\n年会費は下記へお願いします。\n{line}\n"
    assert _found(detector, text, "BANK_ACCOUNT") == []


def test_the_same_account_in_a_form_naming_its_applicant_stays(detector):
    text = "返金申請書\n氏名 栗林 早苗\n生年月日 1979年3月8日\n振込先 みずなら銀行 中央支店 普通 4702218\n"
    assert _found(detector, text, "BANK_ACCOUNT") == ["普通 4702218"]


@pytest.mark.parametrize("text", ["手続きのご案内\nTEL 0263-31-4470\n給与振込先 みずなら銀行 中央支店 普通 4702218\n",
                                  "振込先 みずなら銀行 中央支店 普通 4702218\n"])  # no issuer's contact: a form's line
def test_a_persons_own_account_or_a_lone_line_stays_in_a_text_naming_nobody(detector, text):
    assert _found(detector, text, "BANK_ACCOUNT") == ["普通 4702218"]


@pytest.mark.parametrize("sentence", ["秋の例祭は本殿で執り行います。", "雨天の場合も同様です。"])
def test_a_word_holding_a_title_s_character_names_no_one(detector, sentence):
    text = f"若葉台自治会だより\nTEL 0263-31-4470\n{sentence}\n振込先 みずなら銀行 中央支店 普通 4702218\n"
    assert _found(detector, text, "BANK_ACCOUNT") == []


def test_a_title_after_a_name_still_names_someone(detector):
    text = "若葉台自治会だより\nTEL 0263-31-4470\n栗林早苗様へ\n振込先 みずなら銀行 中央支店 普通 4702218\n"
    assert _found(detector, text, "BANK_ACCOUNT") == ["普通 4702218"]


def test_an_insurers_number_on_a_sheet_of_an_organisations_numbers_is_the_insurers(detector):
    text = "項目\t番号\t\n事業所番号\t事業所番号: 1301-482915-3\t\n保険者番号\t保険者番号: 33120015\t\n"
    assert _found(detector, text, "HEALTH_INSURANCE_NUMBER") == []


def test_an_insurers_number_in_a_persons_record_stays(detector):
    text = "氏名\t生年月日\t保険者番号\t\n氏名: 栗林 早苗\t生年月日: 1979/03/08\t保険者番号: 33120015\t\n"
    assert _found(detector, text, "HEALTH_INSURANCE_NUMBER") == ["33120015"]


CHECKED_LICENCE = "441827364540"  # made up: commission 44, both unverified checks pass


def test_a_laboratory_unit_is_no_word_of_driving(detector):
    text = f"治験記録\n被験者 栗林 早苗\n検査：LDL-C 182 mg/dL（高値）\n試験薬ロット {CHECKED_LICENCE}\n"
    assert _found(detector, text, "DRIVERS_LICENSE") == []


@pytest.mark.parametrize("label", ["DL", "DL No.", "dl_no"])
def test_a_licences_abbreviation_still_says_driving(detector, label):
    assert _found(detector, f"乗務員 栗林 早苗\n{label} {CHECKED_LICENCE}\n", "DRIVERS_LICENSE") == [CHECKED_LICENCE]
