"""ADDRESS in the cells address15's matrix found unread: a city's address alone on its
line (an envelope, a signature, in care of a household), a street abroad, a building
named in Latin words or spaced from its number, a one-line JSON's quoted value, Kyoto's
上ル after a sentence's particle, a romanised town with a hyphen, a town to its 丁目
under its label; and what stays unreported (a prefecture and city alone over a phone, a
city's address inside a sentence with no word of a home, an office abroad, a street
name without a city, a 丁目 in prose). The real GiNZA detector; made-up places."""


def _found(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "ADDRESS"]


def test_a_citys_address_alone_on_its_line_is_found(detector):
    assert _found(detector, "春日部市備後東3-12-8\n石塚 翔太 様") == ["春日部市備後東3-12-8"]
    assert _found(detector, "よろしくお願いします。\n--\n石塚 翔太\n船橋市前原西2-14-3\n携帯 090-1234-5678") == ["船橋市前原西2-14-3"]
    assert _found(detector, "水戸市見和1-5-20 高畑様方\n早瀬 美月 様") == ["水戸市見和1-5-20"]
    assert _found(detector, "倉敷市中島2丁目8-1　若葉荘気付\n宇野 恭平 様") == ["倉敷市中島2丁目8-1"]


def test_a_citys_address_among_words_still_needs_its_word(detector):
    assert _found(detector, "会議は船橋市前原西2-14-3の会館で行う。") == []
    assert _found(detector, "宮崎県延岡市\n電話 0982-21-3456") == []


def test_buildings_in_latin_words_or_spaced_from_their_number(detector):
    assert _found(detector, "住所：市川市南八幡4-2-11 Casa Verde 302") == ["市川市南八幡4-2-11 Casa Verde 302"]
    assert _found(detector, "山本さんは高崎市江木町1-3-5 Grand Sol 105に住んでいる。") == ["高崎市江木町1-3-5 Grand Sol 105"]
    assert _found(detector, "静岡県沼津市大手町2-14-7 サンライズ大手 1F") == ["静岡県沼津市大手町2-14-7 サンライズ大手 1F"]
    assert _found(detector, "住所：市川市南八幡4-2-11  1500") == ["市川市南八幡4-2-11"]  # a fixed-width record's next field


def test_a_street_abroad_is_found_and_an_office_abroad_is_not(detector):
    assert _found(detector, "母国の住所：1234 Maple Street, Springfield, IL 62704, USA") == ["1234 Maple Street, Springfield, IL 62704"]
    assert _found(detector, "本国住所\t27 Oak Road, Leeds LS6 2AB, United Kingdom") == ["27 Oak Road, Leeds LS6 2AB"]
    assert _found(detector, "Head Office: 1200 Market Street, San Francisco, CA 94102, USA") == []
    assert _found(detector, "会議室はMain Street沿いの3 Main Streetにある。") == []


def test_a_one_line_json_value_kyoto_in_prose_and_a_hyphenated_town(detector):
    assert _found(detector, '{"name": "早瀬 美月"\t "address": "所沢市東狭山ケ丘3-8-2"}') == ["所沢市東狭山ケ丘3-8-2"]
    assert _found(detector, "相談者は京都市上京区堀川通今出川西入北舟橋町12番地で暮らす。") == ["京都市上京区堀川通今出川西入北舟橋町12番地"]
    assert _found(detector, "Address: 1-2-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo") == ["1-2-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo"]


def test_a_town_to_its_chome_only_under_its_label(detector):
    assert _found(detector, "お名前：早瀬 美月\nご住所：水戸市見和二丁目\n年代：40代") == ["水戸市見和二丁目"]
    assert _found(detector, "受付番号\t氏名\t現住所\n1\t宇野 恭平\t松戸市常盤平8丁目") == ["松戸市常盤平8丁目"]
    assert _found(detector, "説明会は水戸市見和二丁目の集会所で開く。") == []


def _codes(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "POSTAL_CODE"]


def test_a_master_of_towns_and_a_range_in_words_give_no_ones_postal_code(detector):
    master = "郵便番号\t都道府県\t市区町村\t町域\n郵便番号: 4100801\t都道府県: 静岡県\t市区町村: 沼津市\t町域: 大手町\n" \
             "郵便番号: 4100802\t都道府県: 静岡県\t市区町村: 沼津市\t町域: 上土町"
    assert _codes(detector, master) == []
    assert _codes(detector, "4100801  静岡県沼津市大手町\n4100802  静岡県沼津市上土町") == []
    assert _codes(detector, "集荷地域：郵便番号410-0001から410-0099まで") == []


def test_a_persons_code_before_a_prefecture_is_still_found(detector):
    assert _codes(detector, "4100801  静岡県沼津市大手町2-14-7  山本 太一\n4100802  静岡県沼津市上土町3-1  北村 恵") == ["4100801", "4100802"]
    assert _codes(detector, "郵便番号: 4100801\t住所: 静岡県沼津市大手町\t氏名: 山本 太一") == ["4100801"]
    assert _codes(detector, "〒410-0801から転居しました。") == ["〒410-0801"]
