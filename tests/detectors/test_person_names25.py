"""Names by the structure around them (issue 12, names25): a name after a word for the person
who does a thing with a blank between (担当 …, 世帯主 …, 点検者 …); a roster's line that goes on
with a number after the name; a figure the dictionary holds
whole in a sentence of lore or of the past's papers; a given name after a word for a kind of
goods. Made-up people, the real GiNZA model."""

import pytest

CASES = [
    # a word for a person, a blank, the name (ROLES_BEFORE or a kanji word ending in 者 員 師 士 役 主 官 人)
    ("受付日 令和7年4月3日　担当 松下 健吾\n", ["松下 健吾"]),
    ("書記 成田 真由美\n", ["成田 真由美"]),
    ("世帯主 砂川　健太郎　生年月日 19600102\n", ["砂川　健太郎"]),
    ("配偶者 渋谷　和代\n", ["渋谷　和代"]),
    ("検査者 伏見　検査日 令和6年2月1日\n", ["伏見"]),
    ("工事責任者 石動隆志\n", ["石動隆志"]),
    ("指導員 成田 沙織　普通免許 3321\n", ["成田 沙織"]),
    ("担当 経理 山田\n", ["山田"]),  # 経理 is no surname: the surname alone, after it
    ("担当 営業部 二課\n", []),
    ("利用者 負担 2割\n", []),
    ("代表 電話 03-1234-5678\n", []),
    ("責任者 会議 10:00\n", []),
    # a blank and の after an agent's value; an attendance line without a colon
    ("世話役 薬師寺 の指示で集合。\n出席 湯浅　健吾、雨宮　陸\n", ["薬師寺", "湯浅　健吾", "雨宮　陸"]),
    # a roster's line: a one-character surname the tokenizer reads as a word, a given name, then a number
    ("浅野　陸　06-1234-5678　入会2年\n榊　美咲　090-1111-2222　入会3年\n", ["浅野　陸", "榊　美咲"]),
    ("浅野　陸　06-1234-5678\n柊　真央　080-2222-3333\n", ["浅野　陸", "柊　真央"]),
    # a surname that ends as a temple's name does, with a title after it as with an honorific
    ("審査は薬師寺教授と中井准教授が行った。\n", ["薬師寺", "中井"]),
    # a figure of the dictionary in a sentence of lore or of old papers
    ("講演は坂本龍馬をめぐる伝承について。\n", []),
    ("卒業論文は徳川家康の書状を読む郷土史。\n", []),
    ("坂本 龍馬さんが入会しました。\n", ["坂本 龍馬"]),  # a member who bears the name, addressed
    # a given name alone after a word for a kind of goods
    ("おすすめは純米 千代です。\n", []),
    ("人気はスタウト健太です。\n", []),
    ("予約はIPA千代です。\n", []),
    ("連絡先：四方 加奈\n", ["四方 加奈"]),  # a surname the dictionary reads as a word, at a field's start
    ("2015年にパンダ美優が王座を獲得した。\n", ["美優"]),  # a ring name doing a thing: someone
]


@pytest.mark.parametrize("text, expected", CASES)
def test_names_by_the_structure_around_them(detector, text, expected):
    assert [d.text for d in detector.detect(text) if d.entity_type == "PERSON"] == expected
