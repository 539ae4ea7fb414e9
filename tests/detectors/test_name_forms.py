"""Spellings of one name meet in one folded form; different names stay apart."""

import pytest

from detectors.name_forms import KANA, KANJI, LATIN, NameReader, fold_name, reading_form, script_of

SAME = [
    ("髙橋 一郎", "高橋一郎"), ("山﨑　花子", "山崎花子"), ("渡邊 健", "渡辺健"), ("渡邉健", "渡辺健"),
    ("齋藤美穂", "斎藤美穂"), ("齊藤美穂", "斉藤美穂"), ("濱田 舞", "浜田舞"), ("澤田・聡", "沢田聡"),
    ("ﾀｶﾊｼ ｲﾁﾛｳ", "タカハシ イチロウ"), ("たかはし いちろう", "タカハシイチロウ"), ("ｼﾖｳｼﾞ", "ショウジ"),
    ("ユーコ", "ユコ"), ("ヤマザキ", "ﾔﾏｻｷ"), ("ﾏﾂﾓﾄ ｺｳｼ", "マツモト コウジ"), ("TARO YAMADA", "Yamada Taro"), ("ＹＡＭＡＤＡ　ＴＡＲＯ", "yamada, taro"),
    ("辻\U000e0100本", "辻本"),
]
DIFFERENT = [("山田太郎", "山田次郎"), ("高橋", "高橋一郎"), ("ヤマダタロウ", "ヤマダハナコ"), ("佐藤", "加藤")]


@pytest.mark.parametrize("one, other", SAME)
def test_variants_of_a_name_fold_to_one_form(one, other):
    assert fold_name(one) == fold_name(other)


@pytest.mark.parametrize("one, other", DIFFERENT)
def test_different_names_stay_apart(one, other):
    assert fold_name(one) != fold_name(other)


def test_scripts():
    assert [script_of(fold_name(n)) for n in ("山田 太郎", "ﾔﾏﾀﾞ ﾀﾛｳ", "Taro Yamada", "やまだ")] == \
        [KANJI, KANA, LATIN, KANA]
    assert script_of("山田") == KANJI and script_of("123") is None


def test_dictionary_reading_meets_the_documents_reading():
    reader = NameReader()
    assert reader.reading(fold_name("髙橋 一郎")) == fold_name("ﾀｶﾊｼ ｲﾁﾛｳ")
    assert reader.reading(fold_name("東海林 健")) == reading_form("ショウジケン")
    assert reader.surname(fold_name("山﨑 花子")) == "山崎"
    assert reader.reading(fold_name("ヤマダ")) is None  # a reading is for kanji names


def test_the_tokenizer_is_loaded_once_and_only_for_kanji():
    loads = []

    def load():
        from detectors.name_forms import load_name_tokenizer
        loads.append(1)
        return load_name_tokenizer()

    reader = NameReader(load)
    reader.reading("タナカ")
    assert loads == []
    reader.reading("田中花子")
    reader.reading("田中花子")
    reader.surname("鈴木一郎")
    assert loads == [1]
