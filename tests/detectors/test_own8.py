"""Issue 12, own8: phones of other shapes (groups joined by 「の」 or a wave dash, kanji
digits under a phone's label, a number split over three cells) and an organisation's
own contacts (a role's mailbox, a value the organisation's elsewhere in the text, a
front desk's line, an association's account); a person's own stay found. The real
GiNZA detector; made-up people, places and numbers."""

import pytest


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


@pytest.mark.parametrize("text, number", [
    ("本人の携帯：090の3318の7042", "090の3318の7042"), ("折り返し先は0982の21の3456とのこと。", "0982の21の3456"),
    ("連絡先電話　０９０〜３３１８〜７０４２", "０９０〜３３１８〜７０４２"), ("ＴＥＬ　０９８２～２１～３４５６", "０９８２～２１～３４５６"),
    ("電話　〇九〇－三三一八－七〇四二", "〇九〇－三三一八－七〇四二"), ("TEL：〇九八二の二一の三四五六", "〇九八二の二一の三四五六"),
])
def test_phones_said_with_other_separators_or_in_kanji_digits(detector, text, number):
    assert _found(detector, text, "PHONE") == [number]


def test_kanji_digits_need_a_phones_label_and_stay_apart_from_dates(detector):
    assert _found(detector, "二〇二六年一〇月一〇日　〇九〇－三三一八－七〇四二", "PHONE") == []
    assert _found(detector, "令和八年　二〇二六・一二・〇四", "PHONE") == []
    assert _found(detector, "第3の1の2号棟", "PHONE") == []


def test_a_number_split_over_three_cells_under_a_phones_header(detector):
    row = "氏名: 日向 蒼\t市外局番: 0982\t市内局番: 21\t番号: 3456"
    assert [t.split("\t")[0] for t in _found(detector, row, "PHONE")] == ["0982"]
    host = "KOKYAKU_NO: 50003\tSHIMEI 氏名: 日向 蒼\tTEL1 電話: 090\tTEL2 電話: 3318\tTEL3 電話: 7042"
    assert len(_found(detector, host, "PHONE")) == 1
    assert _found(detector, "品番: 012\t数量: 3456\t単価: 7890", "PHONE") == []


def test_a_split_number_is_one_value(detector):
    from detectors.jp.phone import PhoneRecognizer

    assert PhoneRecognizer.canonical("090\tTEL2 電話: 3318\tTEL3 電話: 7042") == "+819033187042"


@pytest.mark.parametrize("text", [
    "資料をお送りします。\n\n総務課　日向 蒼\nTEL 0982-21-3456（受付）\nsoumu@nobeoka-kogyo.example.jp",
    "担当：日向 蒼\nご質問は info@nobeoka-kogyo.example.jp まで",
    "From: 延岡こども食堂事務局 <dayori@kodomo.example.org>\nSender: dayori@kodomo.example.org\nSubject: 通信",
    "工事のお知らせ\nご不明な点は 0982-21-3456 までお電話ください。\n\n延岡建材株式会社\n代表電話 0982-21-3456",
])
def test_a_desks_and_a_repeated_organisations_contact_are_not_personal(detector, text):
    assert [d for d in detector.detect(text) if d.entity_type in ("EMAIL", "PHONE")] == []


@pytest.mark.parametrize("text, expected", [
    ("担当：日向 蒼\nメール hyuga.aoi@example.jp", ["hyuga.aoi@example.jp"]),
    ("氏名：日向 蒼\n連絡先：info.nobeoka@example.jp", ["info.nobeoka@example.jp"]),
    ("緊急連絡先\n母 日向 陽子 携帯 090-3318-7042\n\n延岡建材株式会社\n代表電話 0982-21-3456", []),
])
def test_a_persons_mailbox_and_numbers_stay_found(detector, text, expected):
    assert _found(detector, text, "EMAIL") == expected
    if "携帯" in text:
        assert _found(detector, text, "PHONE") == ["090-3318-7042"]


def test_an_associations_account_for_fees_is_not_personal(detector):
    text = ("会員各位\n年会費を下記口座へお振り込みください。\n振込先：延岡信用金庫 本店 普通 3318704\n"
            "口座名義：ノベオカチヨウナイカイ")
    assert _found(detector, text, "BANK_ACCOUNT") == []
    own = "給与振込口座\n氏名：日向 蒼\n延岡信用金庫 本店 普通 3318704\n口座名義：ヒユウガ アオイ"
    assert _found(detector, own, "BANK_ACCOUNT") != []


@pytest.mark.parametrize("text", [
    "料理教室のご案内\nお申し込みはお電話（0982-21-3456）で承ります。",
    "ご予約・ご相談は 0982-21-3456 まで。",
    "見学をご希望の方は 0982-21-3456 へお電話ください。",
    "ごみ収集日変更のお知らせ\n\n担当　生活環境課　日向（0982-21-3456）",
    "From: 延岡小 PTA <nobeoka-pta-ml@example.org>\nお問い合わせ：nobeoka-ml@example.org",
])
def test_a_number_the_reader_is_asked_to_call_and_a_desks_clerk_are_not_personal(detector, text):
    assert [d for d in detector.detect(text) if d.entity_type in ("EMAIL", "PHONE")] == []


@pytest.mark.parametrize("text, number", [
    ("練習の欠席はコーチの携帯 090-3318-7042 までご連絡ください。", "090-3318-7042"),
    ("ご不明点は担当の日向 蒼（0982-21-3456）までお問い合わせください。", "0982-21-3456"),
    ("相談者：日向 蒼\t電話: 0982-21-3456", "0982-21-3456"),
])
def test_a_persons_number_in_a_request_stays_found(detector, text, number):
    assert [t.lstrip("（(") for t in _found(detector, text, "PHONE")] == [number]


@pytest.mark.parametrize("text, address", [
    ("〒882-0001\n宮崎県延岡市\n桜小路2-5-11\n日向 蒼 様", "宮崎県延岡市\n桜小路2-5-11"),
    ("ご住所　宮崎県 延岡市 桜小路2-5-11", "宮崎県 延岡市 桜小路2-5-11"),
    ("自宅は宮崎県延岡市桜小路3丁目の5の12にあります。", "宮崎県延岡市桜小路3丁目の5の12"),
    ("氏名：日向 蒼\n入院先：宮崎県延岡市桜小路2-5-11 のべおか中央病院 東病棟", "宮崎県延岡市桜小路2-5-11"),
])
def test_addresses_over_two_lines_in_spaced_parts_or_at_a_ward(detector, text, address):
    assert _found(detector, text, "ADDRESS") == [address]


def test_a_city_line_over_a_phone_line_is_no_address(detector):
    assert _found(detector, "宮崎県延岡市\n電話 0982-21-3456", "ADDRESS") == []
    assert _found(detector, "宮崎県延岡市\n0982-21-3456", "ADDRESS") == []


def test_a_roster_line_of_name_town_and_block_then_phone(detector):
    line = "　日向 蒼　波止浜東4-26-8 ハイツ桜305　0982-57-1225\n　延岡 陽子　波止浜東6-14-6　0982 54 1912"
    assert _found(detector, line, "ADDRESS") == ["波止浜東4-26-8 ハイツ桜305", "波止浜東6-14-6"]
    assert _found(detector, line, "PHONE") == ["0982-57-1225", "0982 54 1912"]
    assert _found(detector, "第2会議室 3-12 03-1234-5678", "ADDRESS") == []
    assert _found(detector, "カード 4980 1234 0567 8901", "PHONE") == []


def test_the_home_a_letter_names_as_the_readers_stays_found(detector):
    text = ("日向 蒼 様\n\n延岡ハウジング株式会社 賃貸管理課です。\n"
            "ご入居中の物件（宮崎県延岡市桜小路2-5-11）の契約更新時期が近づいております。\n"
            "ご不明な点は 0982-21-3456 までお電話ください。")
    assert _found(detector, text, "ADDRESS") == ["宮崎県延岡市桜小路2-5-11"]
    assert _found(detector, text, "PHONE") == []


def test_a_records_name_field_says_whose_its_number_is(detector):
    text = ('{\n  "entries": [\n    {\n      "name": "Daniel McLean",\n      "tel": "080-8862-4112",\n'
            '      "note": "分会の窓口を担う"\n    },\n    {\n      "name": "延岡工業労働組合",\n      "tel": "0982-21-3456"\n    }\n  ]\n}')
    assert _found(detector, text, "PHONE") == ["080-8862-4112"]


def test_a_bare_landline_under_a_phone_column_of_an_html_table(detector):
    text = "\t受付\t氏名\t電話\n\t9:00\t日向 蒼\t0982213456\n\t9:30\t延岡 陽子\t0157586172"
    assert _found(detector, text, "PHONE") == ["0982213456", "0157586172"]


def test_a_forms_honorific_label_is_no_request(detector):
    assert _found(detector, "お名前　日向 蒼\nお電話　０７０－４９９４－４２７４", "PHONE") == ["０７０－４９９４－４２７４"]
    assert _found(detector, "お電話　03(4762)8753", "PHONE") == ["03(4762)8753"]


def test_a_members_account_and_a_credit_unions_stay_personal(detector):
    dues = "組合員;職場;役職;口座（返金用）\n日向 蒼;本社;組合員;3318704\n延岡 陽子;本社;執行委員;6907044\n"
    assert len(_found(detector, dues, "BANK_ACCOUNT")) == 2
    row = "氏名: 日向 蒼\t銀行名: みなづき信用組合\t種別: 普通\t口座番号: 2656286"
    assert _found(detector, row, "BANK_ACCOUNT") != []


@pytest.mark.parametrize("text", [
    "予防接種のお知らせ\n受付 0982-21-3456　〒882-0001 宮崎県延岡市桜小路2-5-11",
    "# 館内のご案内\n- フロント Front desk: 0982-21-3456",
    "宿泊者カード\n料理旅館 ひなた亭 TEL 0982-21-3456",
])
def test_a_front_desks_and_an_inns_line_are_not_personal(detector, text):
    assert [d for d in detector.detect(text) if d.entity_type in ("PHONE", "ADDRESS", "POSTAL_CODE")] == []


def test_a_person_at_the_front_desk_keeps_their_number(detector):
    assert _found(detector, "受付：日向 蒼 0982-21-3456", "PHONE") == ["0982-21-3456"]
