"""Names in 異体字, with readings, in passport capitals and hiragana; shops, goods,
companies and mascots called by a name (issue 12, names5: detectors/kanji_variants.py,
detectors/jp/person_written.py, detectors/jp/person_goods.py). Made-up people, the
real GiNZA model."""

import pytest

CASES = [
    ("10:00 入浴介助 実施。（記録者 德永）\n", ["德永"]),  # 德 read as 徳 by the tokenizer
    ("利用者：德永千尋 様\n", ["德永千尋"]),
    ("髙橋健太さんと濵田美咲さん\n", ["髙橋健太", "濵田美咲"]),
    ("9:00 体位変換（記録者：櫻井）\n", ["櫻井"]),  # a role in brackets
    ("王建国（ワン ジェングオ）さんと面談した。\n", ["王建国", "ワン ジェングオ"]),  # 建国 is a word too
    ("通訳はPERERA NIMALさんが担当した。\n", ["PERERA NIMAL"]),
    ("ABC TRADING様より入金\n", []),  # a firm in capitals
    ("担当は山﨑ゆうとさんです。\n", ["山﨑ゆうと"]),  # not 山﨑ゆう
    ("氏名: 廣田ひなた\n", ["廣田ひなた"]),
    ("佐藤からです。\n", ["佐藤"]),  # から is no given name: not 佐藤から
    ("二次会はカットハウス 健で行います。スナック 由美さんにも声をかけました。\n", []),
    ("割烹・幸子\n", []),
    ("パブロ・ピカソとバーバラ・ブッシュ\n", ["パブロ・ピカソ", "バーバラ・ブッシュ"]),  # no パブ, no バー
    ("メンバー 田中健太\n", ["田中健太"]),  # バー of メンバー is no bar
    ("らくらく太郎は好評のため、洗浄太郎と楽々一郎も発注します。\n", []),
    ("マスコットキャラクターのまもるくんが登場します。\n", []),
    ("次女花子が来た。\n", ["花子"]),  # a relation glued before: a person
    ("氏名又は名称: 株式会社 中川設計\n", []),
    ("支払先: 山本工務店（株）\n", []),
    ("宛名: 三葉工機(株) 松永 修平\n", ["松永 修平"]),  # the form closes the firm before the person
    ("鈴木一郎さんと田中花子さん\n", ["鈴木一郎", "田中花子"]),
]


def _people(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]


@pytest.mark.parametrize("text, expected", CASES)
def test_names_written_otherwise_and_things_called_by_a_name(detector, text, expected):
    assert _people(detector, text) == expected


def test_variant_kanji_keep_their_offsets(nlp):
    from detectors.kanji_variants import VARIANTS, common_forms
    from detectors.nlp import GinzaNlpEngine

    assert all(len(old) == len(new) == 1 for old, new in VARIANTS.items())
    assert common_forms("髙橋と德永と濵田と𠮷田") == "高橋と徳永と濱田と吉田"
    words = GinzaNlpEngine(nlp).morphemes("担当の德永です")
    assert any(w.text == "德永" and w.tag.endswith("姓") for w in words)


@pytest.mark.parametrize("text, expected", [("松本さん、山本さん、長谷川さんへ\n", ["松本", "山本", "長谷川"]),
                                            ("井上とも相談した。\n", ["井上"])])
def test_an_honorific_or_a_particle_is_no_hiragana_given_name(detector, text, expected):
    assert _people(detector, text) == expected
