"""People a school's, a guide's, a dormitory's and a care office's mail and logs name (people20):
names in Latin letters of any land after a greeting, an English role, a person's label, or before
an honorific or a person's paper; a surname in capitals beside a given name (either listed, the
other of Japanese syllables); a role's surname before the record's date; a post before a surname
that signs; a surname, a space and a given name in hiragana; English person headers; a
one-character Chinese surname with a two-kanji given name addressed; シティ as a given name.
Made-up people and sentences, the real GiNZA model."""

import pytest


def _found(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("Dear MORIGUCHI Haruka,\n\nThank you for your application.\nSakura Language Centre 受付", "MORIGUCHI Haruka"),
    ("Hello Ms. THAPA SABINA,\nYour class starts next week.\n英会話教室 みなと", "THAPA SABINA"),
    ("Hi Dewi Lestari!\nSee you on Friday.", "Dewi Lestari"),
    ("Your first lesson is on 10/12 with instructor NGUYEN VAN BINH.\n教室 事務局", "NGUYEN VAN BINH"),
    ("Teacher: MAHARJAN RITA\nRoom: 2B", "MAHARJAN RITA"),
    ("See you on Monday.\nKind regards,\nTAMANG PRIYA\n", "TAMANG PRIYA"),
    ("Meeting notes\nAttendees: SATO Rin, Putri Wulan, BISTA ROHAN\nAgenda: Budget", "Putri Wulan"),
    ("Meeting notes\nAttendees: SATO Rin, Putri Wulan, BISTA ROHAN\nAgenda: Budget", "BISTA ROHAN"),
])
def test_a_name_in_latin_letters_greeted_or_after_a_role(detector, text, name):
    assert name in _found(detector, text)


@pytest.mark.parametrize("text, name", [
    ("5月6日の当直はSunita Magar先生と交代になりました。", "Sunita Magar"),
    ("SHRESTHA ANIL の在留カード（期限）を確認した。", "SHRESTHA ANIL"),
    ("同乗者：Ana Reyes Cruz　免許証番号：123456789012", "Ana Reyes Cruz"),
    ("宿泊者 ADHIKARI PRAKASH（ネパール）", "ADHIKARI PRAKASH"),
])
def test_a_foreign_name_before_an_honorific_or_a_paper_or_after_a_label(detector, text, name):
    assert name in _found(detector, text)


@pytest.mark.parametrize("text", [
    "Dear Valued Customer,\nThank you for choosing Sakura English School.",
    "Dear Parents and Guardians,\nThe school will be closed on Monday.",
    "Hello All,\nThe teacher Training Day is on Monday.",
    "Hi Team!\nPlease meet our guide at the station.",
    "See you on Monday.\nBest regards,\nMidori Gakuen Customer Desk\n",
    "NEW YORK の旅券センターに問い合わせた。",
    "Courses: Business English, Kids Phonics\nRoom: 2B",
    "ゲスト WIFI のパスワードは掲示板にあります。",
])
def test_greetings_roles_and_capitals_that_name_no_one(detector, text):
    assert not [name for name in _found(detector, text) if name.isascii()]


def test_a_surname_in_capitals_after_a_greeting_and_an_unlisted_one(detector):
    found = _found(detector, "ゲスト KAZAMATSURI Yuna（英国）\nゲスト UEDA Kana（豪州）")
    assert {"KAZAMATSURI Yuna", "UEDA Kana"} <= set(found)


def test_a_writers_surname_before_the_records_date(detector):
    assert "堀切" in _found(detector, "デイサービス 連絡記録\n記録者：堀切　令和7年5月2日\n\n午前は入浴介助。")


@pytest.mark.parametrize("text, name", [
    ("面談結果は以上のとおり。\n産業医 森永 いずみ　/　施設長 桐谷", "桐谷"),
    ("門限の変更を周知した。以上\n工場長 日比野", "日比野"),
])
def test_a_post_before_a_surname_that_signs(detector, text, name):
    assert name in _found(detector, text)


@pytest.mark.parametrize("text, name", [
    ("16:30 北条 さくらのお迎えは叔母に変更。", "北条 さくら"),
    ("散歩の途中で沢口 みのりの帽子が飛んだ。", "沢口 みのり"),
])
def test_a_surname_and_a_given_name_in_hiragana(detector, text, name):
    assert name in _found(detector, text)


def test_english_person_headers_of_an_export(detector):
    text = ("<tours>\n  <tour no=\"1\">\n    <guide>沢口 みのり</guide>\n    <date>2025-4-1</date>\n  </tour>\n"
            "  <tour no=\"2\">\n    <guide>宮内 あかね</guide>\n    <date>2025-4-2</date>\n  </tour>\n</tours>\n")
    assert {"沢口 みのり", "宮内 あかね"} <= set(_found(detector, text))


def test_a_given_name_that_is_a_label_word_in_romaji(detector):
    text = ("ID\t氏名\tName\t\nID: 101\t氏名: 上田 香奈\tName: Kana Ueda\t\n"
            "ID: 102\t氏名: 森口 芽衣\tName: Mei Moriguchi\t\n")
    assert {"Kana Ueda", "Mei Moriguchi"} <= set(_found(detector, text))


def test_a_chinese_surname_and_a_given_name_that_is_a_word(detector):
    assert "劉 建国" in _found(detector, "写真は劉 建国ちゃんの分です。")


def test_siti_first_in_an_addressed_katakana_name(detector):
    assert "シティ・アミナ" in _found(detector, "シティ・アミナさんの父から送迎の連絡。")


def test_a_workers_role_before_a_name_the_dictionary_reads_as_a_place(detector):
    assert "菅生 光" in _found(detector, "要再検者記録\n整備士：菅生 光（平成2年4月1日生）\n結果：要精密検査")
