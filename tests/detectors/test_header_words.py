"""A host export's header words read word by word (headers13): every spelling habit
of one field word gives the same Japanese label, and a header of a product, a shop or
a generic code gives none (detectors.header_words, detectors.header_romaji)."""

import pytest

from detectors.export_headers import glossed
from detectors.header_romaji import header_words
from detectors.header_words import field_label


@pytest.mark.parametrize("header, label", [
    # Hepburn, kunrei and wāpuro spellings of one word; long vowels written or not
    ("JUSHO", "住所"), ("ZYUSYO", "住所"), ("JYUUSHO2", "住所"), ("ｼﾞｭｳｼｮ", "住所"),
    ("KOZA_NO", "口座番号"), ("KOUZA_BANGOU", "口座番号"), ("kouzaBangou", "口座番号"),
    # words joined without a break, camelCase, a number after the header
    ("KOJINBANGO", "個人番号"), ("kojinBangou", "個人番号"), ("TEL1", "電話"), ("myNumber", "個人番号"),
    # English and its abbreviations; consonant abbreviations of a romaji word
    ("DOB", "生年月日"), ("BIRTH_DT", "誕生日"), ("ACCT_TYPE", "口座種別"), ("KJN_NO", "個人番号"),
    ("EMAIL_ADDR", "メールアドレス"), ("MAIL_ADR", "メールアドレス"),
    # half-width kana, and a kana set without small letters (ｾｲﾈﾝｶﾞﾂﾋﾟ)
    ("ｾｲﾈﾝｶﾞｯﾋﾟ", "生年月日"), ("ｾｲﾈﾝｶﾞﾂﾋﾟ", "生年月日"), ("ｺｼﾞﾝﾊﾞﾝｺﾞｳ", "個人番号"),
    # kanji with a romaji or English suffix
    ("口座No", "口座番号"), ("携帯TEL", "携帯電話"),
    # a name word beside words of a person; kana and kanji suffixes
    ("SHIMEI_KN", "氏名カナ"), ("customerName", "氏名"), ("NAME_KANA", "氏名(カナ)"),
    # 要配慮 columns under their category's own label
    ("SHUKYO_MEI", "宗教"), ("HONSEKI_JUSHO", "本籍"), ("SHIKKAN", "病名"), ("KIOUREKI", "既往歴"),
])
def test_each_spelling_habit_gives_the_field_label(header, label):
    assert field_label(header) == label


@pytest.mark.parametrize("header", ["NAME", "NO", "ID", "CODE", "TYPE", "SHOHIN_CD", "ITEM_NAME", "TENPO_TEL",
                                    "JAN_CD", "HATSUBAI_BI", "UPDATE_DT", "CARD_NO", "氏名", "tanka", "hinban", "EBI", "MENO"])
def test_a_generic_word_or_a_product_or_shop_header_names_no_persons_field(header):
    assert field_label(header) is None


def test_the_words_of_a_header_come_in_one_spelling():
    assert header_words("simeiKana") == header_words("SHIMEI_KANA") == header_words("ｼﾒｲ ｶﾅ")
    assert header_words("HOKENSYA_NO") == header_words("hokenshaNo")


def test_a_glossed_header_keeps_its_own_words_first():
    assert glossed("KOZA_SYUBETU") == "KOZA_SYUBETU 口座種別" and glossed("seinengappi") == "seinengappi 生年月日"
    assert glossed("SHOHIN_CD") == "SHOHIN_CD"
