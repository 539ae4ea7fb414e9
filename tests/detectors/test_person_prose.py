"""PERSON in running text: names without 様, さん or a label, and the things named
like people that are not (companies, places, teams, works). Made-up people."""

import pytest

NAMES_IN_PROSE = [
    # a surname or a given name alone, ending a noun phrase
    ("営業二課の小野寺は来週から出張です。", ["小野寺"]),
    ("昨日、村瀬が資料を持ってきた。", ["村瀬"]),
    ("会議には健太郎と美咲が出席した。", ["健太郎", "美咲"]),
    ("課長の指示で、長谷部に連絡した。", ["長谷部"]),
    ("ライターの長谷部慎吾は取材に応じた。", ["長谷部慎吾"]),
    ("この件は川上監督が判断する。", ["川上"]),
    # foreign names in katakana, whole chains with initials and =
    ("マイケルは翌年に帰国した。", ["マイケル"]),
    ("監督のジョン・F・スミスは会見で語った。", ["ジョン・F・スミス"]),
    ("原作者のル=グウィンは監督を希望した。", ["ル=グウィン"]),
    ("エドワード・ハリソン大佐が指揮を執った。", ["エドワード・ハリソン"]),
]

NOT_NAMES_IN_PROSE = [
    ("田中製作所に部品を発注した。", []),
    ("熊井鉄鋼の社長から連絡があった。", []),
    ("ハドソン川の流域に工場がある。", []),
    ("ニューヨーク・ヤンキースに移籍した。", []),
    ("リオ・ティント・グループは鉱山会社である。", []),
    ("デトロイト・メトロポリタン・ウェイン・カウンティ空港に着いた。", []),
    ("ハーレーダビッドソンは重量級のバイクで知られる。", []),
    ("ジョン・ゴールト線が開通した。", []),
    ("山田町の新店舗は駅前にある。", []),
]


def _people(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", NAMES_IN_PROSE + NOT_NAMES_IN_PROSE)
def test_names_in_running_text(detector, text, expected):
    assert _people(detector, text) == expected


@pytest.mark.slow
def test_a_negative_word_in_an_earlier_sentence_does_not_hide_a_name(detector):
    text = "快速列車は市内の全駅を通過していた。\n2013年、寄付のためマイケル・ブラウンと会った。"
    assert _people(detector, text) == ["マイケル・ブラウン"]
