"""People read across six writers' offices (people22): staff written by the surname alone in a
staff column (a header or none), after a desk or a post, or after a staff role in prose; a reading
in the table's next cell; a passport-order romaji in brackets; a given name of kanji before くん.
Not people: a shop's Latin name greeted, a family's word
that is a given name too (里子), an animal a request's subject brackets, a site's figure of history.
Made-up people and sentences, the real GiNZA model."""

import pytest

from detectors.columns import column_labels
from detectors.jp.person_column_headers import header_kind


def _found(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]


@pytest.mark.parametrize("header", ["ガイド", "担当インストラクター", "相談員", "担当スタイリスト", "通訳者", "添削者"])
def test_a_staff_columns_header_is_a_person_column(header):
    assert header_kind(header) is True


@pytest.mark.parametrize("header", ["ガイド料", "スタッフ数", "看護師数"])
def test_a_header_of_the_staffs_count_or_fee_is_not(header):
    assert header_kind(header) is not True


def test_surnames_alone_under_a_staff_header_are_people(detector):
    text = ("予約日\t会員\tガイド\n予約日: 2025/04/02\t会員: 新井 恵太\tガイド: 城之内\n"
            "予約日: 2025/04/03\t会員: 宮内 聡美\tガイド: 御手洗\n")
    found = _found(detector, text)
    assert "城之内" in found and "御手洗" in found


def test_a_headerless_column_of_surnames_beside_full_names_is_a_staff_column():
    columns = {0: ["2025/01/05", "2025/01/06", "2025/01/09", "2025/01/11", "2025/01/12"],
               1: ["大沢 健吾", "三宅 由紀", "森田 和也", "小松 恵", "高木 直人"],
               2: ["片山", "片山", "石原", "野口", "石原"]}
    assert header_kind(column_labels(columns).get(2, "")) is True  # read as a person column's header


def test_a_headerless_column_of_prefectures_is_no_staff_column():
    columns = {0: ["大沢 健吾", "三宅 由紀", "森田 和也", "小松 恵", "高木 直人"],
               1: ["岡山", "千葉", "福岡", "長野", "岡山"]}
    assert 1 not in column_labels(columns)


@pytest.mark.parametrize("text, name", [
    ("受付日：令和7年4月3日　担当：定住促進課 相談窓口 片桐\n相談内容：空き家バンク", "片桐"),
    ("面談：就職支援センター キャリアアドバイザー 宇佐美\n次回：5月", "宇佐美"),
    ("対応 市民相談室 相談員 小早川\n", "小早川"),
    ("受付：移住定住係 コンシェルジュ 轟\n", "轟"),
])
def test_a_staff_surname_after_a_desk_or_a_post(detector, text, name):
    assert name in _found(detector, text)


@pytest.mark.parametrize("text, name", [
    ("当日は添乗員の御手洗が駅まで迎えに行く。", "御手洗"),
    ("落水したためインストラクターの御手洗が付き添った。", "御手洗"),
])
def test_a_surname_after_a_staff_role_and_no(detector, text, name):
    assert name in _found(detector, text)


def test_a_reading_in_the_next_cell_of_a_name(detector):
    text = "No\t本人: 講師名\tカナ\nA01\t本人: 乙部 悠真\tオトベ ユウマ\t090-0000-0000\n"
    assert "オトベ ユウマ" in _found(detector, text)


@pytest.mark.parametrize("text, name", [
    ("受講者：趙 明哲（ZHAO Mingzhe）　所属：経済学部", "ZHAO Mingzhe"),
    ("申込者：ホアン・ティ・トゥー（HOANG Thi Thu）　電話は別紙", "HOANG Thi Thu"),
])
def test_a_passport_order_romaji_in_brackets_after_the_name(detector, text, name):
    assert name in _found(detector, text)


def test_a_kanji_given_name_before_kun_that_the_dictionary_reads_as_a_word(detector):
    assert "篤志" in _found(detector, "預かり中の篤志くん（小3）が発熱したため早退。")


@pytest.mark.parametrize("text", [
    "Atelier Komorebi 様\nアルバムの納期について伺います。",
    "Salon Hanamizuki 様\n予約の変更をお願いします。",
    "PHOTO STUDIO AOZORA 様\n前撮りの件です。",
])
def test_a_shops_latin_name_greeted_is_no_person(detector, text):
    assert not [name for name in _found(detector, text) if name.isascii()]


def test_a_foster_child_called_by_the_family_word_is_no_name(detector):
    text = "・木下さん：里子が中学受験を希望している。里子の実親との面会は月1回。"
    assert "里子" not in _found(detector, text)


def test_satoko_addressed_stays_a_person(detector):
    assert "里子" in "".join(_found(detector, "受付で里子さんが待っています。"))


def test_the_animal_a_requests_subject_brackets_is_no_person(detector):
    assert "ゴン太" not in _found(detector, "トライアル希望（ゴン太）\n保護犬のトライアルをお願いします。")


def test_the_figure_a_site_is_tied_to_is_no_person(detector):
    text = ("見学先\tゆかり\n見学先: 駅前の旧家\tゆかり: 新渡戸稲造\n見学先: 北の湧水\tゆかり: 勝海舟\n"
            "見学先: 古い蔵\tゆかり: 大隈重信\n")
    found = _found(detector, text)
    assert "新渡戸稲造" not in found and "大隈重信" not in found


def test_a_one_character_surname_that_is_no_word_in_a_staff_column(detector):
    text = "日付\t会員\tガイド\t\n日付: 6/1\t会員: 新井 恵太\tガイド: 轟\t\n日付: 6/2\t会員: 宮内 聡美\tガイド: 城之内\t\n"
    assert "轟" in _found(detector, text)


def test_a_one_character_word_after_a_desk_is_no_surname(detector):
    assert "東" not in _found(detector, "対応：総務課 東\n")
