"""ADDRESS in the forms of issue 12's addr6 work: 番地 only, 大字・字 with a bare lot,
ノ blocks, 北海道's 条・丁目, 京都's 上ル・西入, romanised, a vCard ADR, a town and block
under an address label or after a municipality's cell; and what stays unreported (a
town in prose, a station, a route, a room, an article of rules, a number after a form's
title). The real GiNZA detector; made-up places."""


def _found(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "ADDRESS"]


def test_rural_lots_and_banchi_only_addresses_are_found(detector):
    for written, address in [("住所: 大森町1234番地", "大森町1234番地"),
                             ("住所：引佐町井伊谷1004番地の2", "引佐町井伊谷1004番地の2"),
                             ("長野県北佐久郡御代田町大字馬瀬口字中原303", "長野県北佐久郡御代田町大字馬瀬口字中原303"),
                             ("住所: 阿蘇郡小国町宮原字上町924-8", "阿蘇郡小国町宮原字上町924-8")]:
        assert _found(detector, written) == [address], written


def test_no_blocks_hokkaido_and_kyoto_are_found(detector):
    for written, address in [("訪問先　卸町3ノ16", "卸町3ノ16"),
                             ("住所: 所沢市小手指町2丁目5ノ1", "所沢市小手指町2丁目5ノ1"),
                             ("北海道札幌市中央区南1条西5丁目8-3", "北海道札幌市中央区南1条西5丁目8-3"),
                             ("北海道旭川市3条通5丁目", "北海道旭川市3条通5丁目"),
                             ("京都市中京区烏丸通六角上ル饅頭屋町123", "京都市中京区烏丸通六角上ル饅頭屋町123"),
                             ("京都市上京区今出川通寺町西入大原口町403", "京都市上京区今出川通寺町西入大原口町403")]:
        assert _found(detector, written) == ([address] if address else []), written


def test_romanised_and_vcard_addresses_are_found(detector):
    assert _found(detector, "Address: 1-6-28 Gion, Hakata-ku, Fukuoka 812-0038") == ["1-6-28 Gion, Hakata-ku, Fukuoka"]
    assert _found(detector, "1-2-3 Hongo Bunkyo-Ku Tokyo") == ["1-2-3 Hongo Bunkyo-Ku Tokyo"]
    assert _found(detector, "Address: Minato-ku, Tokyo") == ["Minato-ku, Tokyo"]
    assert _found(detector, "Minato-ku, Tokyo") == _found(detector, "会場: Minato-ku, Tokyo") == []
    assert _found(detector, "Sakae 3-4-5, Naka-ku, Nagoya") == ["Sakae 3-4-5, Naka-ku, Nagoya"]
    card = "BEGIN:VCARD\nFN:Taro\nADR;TYPE=HOME:;;1-30-11 Minamisenba;Chuo-ku;Osaka;542-0081;Japan\nEND:VCARD"
    assert _found(detector, card) == ["1-30-11 Minamisenba;Chuo-ku;Osaka"]


def test_a_space_before_the_block_and_a_lot_in_kanji(detector):
    assert _found(detector, "住所：埼玉県所沢市小手指町 3-5-12") == ["埼玉県所沢市小手指町 3-5-12"]
    assert _found(detector, "住所: 大森町 1234番地") == ["大森町 1234番地"]
    assert _found(detector, "住所: 大森町千二百三十四番地の五") == ["大森町千二百三十四番地の五"]
    assert _found(detector, "東京都港区 03-1234-5678") == _found(detector, "東京都港区 2026-05-01 開催") == []


def test_an_address_over_two_lines_under_its_label(detector):
    assert _found(detector, "転居先　豊川市大木町\n　　　2479番地3") == ["豊川市大木町\n　　　2479番地3"]
    assert _found(detector, "住所：東京都港区芝1-2-3\n勤務先：大森町1234番地") == ["東京都港区芝1-2-3"]


def test_a_split_address_is_found_in_its_street_cell(detector):
    assert _found(detector, "相沢 恵美\t埼玉県\t所沢市\t小手指町9-23-23\t若竹荘 104") == ["小手指町9-23-23"]
    assert _found(detector, "<member><jusho>林町3-39-32</jusho></member>") == ["林町3-39-32"]


def test_places_stations_routes_and_numbers_are_not_addresses(detector):
    for text in ["大森町の工場で見学会を開きます。", "集合：大森町駅 北口 9時", "経路：国道67号を豊川市方面へ5km",
                 "会場：市民会館3階 第3会議室", "規約第3条第2項による", "住所変更届\nNo.3-12", "小手指町3-5-12の倉庫",
                 "文字数: 字幕123", "Version 1-2-3, Build-no", "送付先：総務課 3-2", "住所変更届 様式3-1",
                 "住所録\n会員番号 3-15", "お届け先：営業2課 5-3", "住所: A棟3-201号室"]:
        assert _found(detector, text) == [], text
