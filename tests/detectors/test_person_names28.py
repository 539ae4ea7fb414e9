"""Names by their shape (issue 12, names28; benchmarks/name_variants.py): a surname of two
kanji the dictionary holds as no word, before a given name of the lists, opening its run
of kanji; a surname in kanji and a given name in katakana; a reading's pair after a role's ・. Made-up people, the real GiNZA model."""

import pytest

CASES = [
    # a surname the dictionary reads as two words of one kanji (楢|瀬), in prose, a roster, a form
    ("実姉の楢瀬直美は編集者になった。\n", ["楢瀬直美"]),
    ("■ 鮎畑 雄介 様（1980年5月2日生）\n", ["鮎畑 雄介"]),
    ("ヘルパー：菫谷　恵子　携帯 070-1234-5678\n", ["菫谷　恵子"]),
    ("07 苔沢　和也  080-2345-6789  長野県松本市\n", ["苔沢　和也"]),
    # a run after a digit is a count's word, after katakana the surname goes on
    ("1999年四大陸選手権に出場した。\n", []),
    ("公式戦8戦未勝利と不振に陥った。\n", []),
    ("寮管理人より連絡です。\n", []),  # 寮|管理|人: a word runs across where a given name would start
    ("出品者 三ツ矢由紀江\n", ["三ツ矢由紀江"]),
    # a given name's spelling that the dictionary holds as an era: a name, then a date
    ("受講者 金 成浩　昭和49年3月2日生\n", ["金 成浩"]),
    # a given name in katakana after a surname of the lists: the whole run of katakana
    ("自動車工学が専門の北川ケンタ教授に師事した。\n", ["北川ケンタ"]),
    ("東宝の森本アヤカ特技監督が来た。\n", ["森本アヤカ"]),
    ("大阪ミナミの店舗を訪ねた。\n", []),
    ("日本で初の1万トン級の船。\n", []),
    # a pair of listed readings between a role's or a list's ・ and kanji
    ("これは創業者・シバタ ダイスケの考え\n", ["シバタ ダイスケ"]),
    ("ホー・クオック・バオ\n", ["ホー・クオック・バオ"]),
    ("田中コーポレーションに発注した。\n", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_names_by_their_shape(detector, text, expected):
    assert [d.text for d in detector.detect(text) if d.entity_type == "PERSON"] == expected


def test_a_reading_pair_listed_between_kanji_names(detector):
    found = [d.text for d in detector.detect("ゲストは北川健吾・マツオ　アヤカ・森本千里の三人。\n") if d.entity_type == "PERSON"]
    assert "マツオ　アヤカ" in found and "森本千里" in found
