"""One rule where two were written (revrules18): the edges where the two rules of one class
differed, each read now by the one rule — a body called 組合 that is no labour union (one
list: 事業組合員, a 国保組合's roster, a labour bank's notice); one judgement of "names a
disease" (a diet after a transplant or an injection, a one-letter name only by the lexicon);
one list of the employer's words for a key and a row (雇用主, 事業者, 適用); one judgement of
an account's holder (any holder's label, 口座名 as 名義). (A lasting impairment a disease
left is one 病歴 phrase with the disease: test_health18b.) Made-up people, numbers and
wordings only."""

import pytest

from detectors.jp.sensitive.health import names_a_disease
from detectors.jp.sensitive.lexicon import load_lexicon

from tests.detectors.test_sensitive_health14 import recognizer, told as _told  # noqa: F401  (NFKC as the scanner gives it)


def _found(detector, text, entity):
    return sorted(d.text for d in detector.detect(text) if d.entity_type == entity)


# --- 1. bodies called 組合 that are no labour union: one list --------------------------------

@pytest.mark.parametrize("text", [
    "中川 翠は北浜事業組合員である。",  # a kind said before 組合 (the phrase's list had it, the word's not)
    "ろうきんニュース 労働金庫のお知らせ\n組合員 中川 翠",  # a labour bank's notice: its product's 組合員
    "北部建設国保組合 加入者名簿\n組合員\t中川 翠",  # an insurer's roster (the word's list had it, the text's not)
    "区分: 非組合員　氏名: 中川 翠",  # a denial
])
def test_a_member_of_a_body_that_is_no_labour_union(recognizer, text):
    assert [p for p in _told(recognizer, text) if p[1] == "労働組合"] == []


@pytest.mark.parametrize("text", [
    "中川 翠は東和精機労働組合の組合員として交渉に臨む。",
    "北浜ユニオン 組合員名簿とは別に、中川 翠さんが本日加入した。\n組合員 中川 翠",
])
def test_a_labour_unions_member_stays(recognizer, text):
    assert any(p[1] == "労働組合" for p in _told(recognizer, text))


# --- 2. one judgement of a disease's name ----------------------------------------------------

def test_a_one_letter_name_only_by_the_lexicon():
    lexicon = load_lexicon()
    assert names_a_disease(lexicon, "痔") and names_a_disease(lexicon, "癌")  # listed: a disease
    assert not names_a_disease(lexicon, "症") and not names_a_disease(lexicon, "病")  # an ending alone


@pytest.mark.parametrize("text, phrase", [
    ("配食ルート表\n中川 翠\t腎移植後の減塩食", "腎移植後の減塩食"),  # a treatment, then 後
    ("配食ルート表\n中川 翠\tインスリン注射のためのカロリー制限食", "インスリン注射のためのカロリー制限食"),
    ("配食ルート表\n中川 翠\t透析食", "透析食"),
    ("配食ルート表\n中川 翠\t胃切除後の分割食", "胃切除後の分割食"),
])
def test_a_diet_for_a_disease_or_a_treatment(recognizer, text, phrase):
    assert (phrase, "病歴") in _told(recognizer, text)


@pytest.mark.parametrize("text", ["配食ルート表\n中川 翠\t治療食", "配食ルート表\n中川 翠\t療法食"])
def test_a_diets_kind_alone_names_no_treatment(recognizer, text):
    assert [p for p in _told(recognizer, text) if p[1] == "病歴"] == []


# --- 3. the employer's words: one list for a key and a row ------------------------------------

PENSION, INSURED = "3456-789012", "4567-890123-4"


@pytest.mark.parametrize("text", [
    f"2001,雇用主,{PENSION},{INSURED},2021/04/01",  # a row naming the employer: no person's pair
    f"2002,派遣元事業者,{PENSION},{INSURED},2021/04/01",
    f'{{"name":"中川 翠"\t"適用 ei_no":"{INSURED}"}}',  # a key naming the employer's 適用: not raised
])
def test_no_pair_nor_own_key_naming_the_employer(detector, text):
    assert _found(detector, text, "EMPLOYMENT_INSURANCE_NUMBER") == []
    assert _found(detector, text, "BASIC_PENSION_NUMBER") == []


def test_a_persons_row_of_both_numbers_stays(detector):
    text = f"2003,中川 翠,{PENSION},{INSURED},2021/04/01"
    assert _found(detector, text, "EMPLOYMENT_INSURANCE_NUMBER") == [INSURED]


# --- 4. an account's holder: one judgement ----------------------------------------------------

def test_a_payees_holder_by_any_holders_label_in_a_text_naming_nobody(detector):
    text = "宿泊のご案内\n振込先：湖南銀行 湯元支店 普通 5813213 口座名 コハルビヨリテイ\n"
    assert _found(detector, text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize("line", ["振込先：湖南銀行 湯元支店 普通 5813213 名義 ナカガワミドリ",
                                  "振込先：コハルビヨリテイ名義 湖南銀行 湯元支店 普通 5813213"])  # 名義 a suffix: a bank after it
def test_a_persons_or_an_unread_holder_keeps_the_account(detector, line):
    assert _found(detector, f"宿泊のご案内\n{line}\n", "BANK_ACCOUNT") == ["普通 5813213"]
