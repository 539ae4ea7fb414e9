"""Issue 12, places23: a municipality where a named person lives is their address (in brackets
after the name, 在住 in prose, a residence column); a venue's, a branch's or a birthplace is
no one's. An account the sentence says is debited is the member's own. An office's signed last
paragraph (its name said again at the form's head, or a fax line) is its own. Made-up people,
places and numbers."""

import pytest


def _found(detector, text, entity="ADDRESS"):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


@pytest.mark.parametrize("text, expected", [
    ("第3回 将棋大会 成績\n・優勝　森本 健太（長野県松本市）\n・準優勝　今井 里美（群馬県高崎市）\n",
     ["長野県松本市", "群馬県高崎市"]),
    ("今年の優勝は森本 健太さん（長野県松本市）で、準優勝は今井 里美さん（群馬県高崎市）でした。来年もよろしくお願いいたします。",
     ["長野県松本市", "群馬県高崎市"]),
    ("ペア：上田 舞 ＆ 木村 拓（栃木県宇都宮市）", ["栃木県宇都宮市"]),
    ("受任者 野村 亜希子（山形県酒田市在住、委任者の次女）", ["山形県酒田市"]),
    ("証人　松岡 大輔（岐阜県大垣市）", ["岐阜県大垣市"]),
    ("田中 一郎（北海道上川郡東川町）", ["北海道上川郡東川町"]),
    ("ゲスト　マリア・ロペスさん（愛知県豊橋市）", ["愛知県豊橋市"]),
    ("大館市在住の佐々木 正人さんから便りが届きました。", ["大館市"]),
    ("佐々木さんは秋田県大館市在住です。", ["秋田県大館市"]),
])
def test_a_named_persons_municipality_is_their_address(detector, text, expected):
    assert _found(detector, text) == expected


@pytest.mark.parametrize("text", [
    "大館市在住の方は入場無料です。",
    "会場：長野県松本市（まつもと市民芸術館）",
    "会場 市民会館（松本市）",
    "湊川支部（熊本県八代市）の例会",
    "坂本龍馬（高知県高知市出身）の生誕地を訪ねて",
    "山田 太郎様（大手町）",
])
def test_a_place_of_no_one_is_not_an_address(detector, text):
    assert _found(detector, text) == []


def test_a_residence_column_of_municipalities(detector):
    text = "氏名\t居住地\t競技歴\n川村 翔\t静岡県沼津市\t3年\n松井 奈々\t岐阜県大垣市\t5年\n"
    assert _found(detector, text) == ["静岡県沼津市", "岐阜県大垣市"]


def test_an_account_the_sentence_says_is_debited_is_the_members(detector):
    text = "年会費は毎年4月に、ご指定の口座（京葉銀行 本店営業部 普通 7712345）から自動で引落しいたします。"
    assert _found(detector, text, "BANK_ACCOUNT") == ["普通 7712345"]
    paid_in = "会費は下記口座へお振込みください。\n京葉銀行 本店営業部 普通 7712345\n"
    assert _found(detector, paid_in, "BANK_ACCOUNT") == []


SIGNED = ("苦情受付カード（まちの声ネット若葉）\n整理番号 5521-0087\n申出人 浜田 直美（はまだ なおみ）\n"
          "住所 060-0042 北海道札幌市中央区大通西7丁目3-12 メゾン大通305\n電話 011-231-5567\n"
          "内容：道路の補修について要望したい。\n対応：担当 小西。\n\n"
          "まちの声ネット若葉\n〒064-0820 北海道札幌市中央区大通西20丁目1-8\nTEL 011-615-2290\n")


def test_an_office_signing_its_form_in_the_last_paragraph(detector):
    assert _found(detector, SIGNED) == ["北海道札幌市中央区大通西7丁目3-12 メゾン大通305"]
    assert _found(detector, SIGNED, "POSTAL_CODE") == ["060-0042"]
    assert _found(detector, SIGNED, "PHONE") == ["011-231-5567"]


def test_a_persons_signature_in_the_last_paragraph_stays_theirs(detector):
    text = ("ご連絡\n田村さんへ。来週の件、よろしくお願いします。\n\n山本 美和\n"
            "〒980-0803 宮城県仙台市青葉区国分町1丁目7-9\nTEL 022-215-3390\n")
    assert _found(detector, text) == ["宮城県仙台市青葉区国分町1丁目7-9"]
    assert _found(detector, text, "PHONE") == ["022-215-3390"]
