"""Issue 12, contacts22: contacts read across writers 16–21 — a job's site in a client's record
(an order export's element, a contract printed to PDF with blank lines between its lines, the
client named after the site). The real GiNZA detector; made-up people, places and numbers."""

import pytest


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


# --- a job's site in a client's record: the client's home ------------------------------------

@pytest.mark.parametrize("client, site", [("施主名", "現場住所"), ("お客様氏名", "工事場所"), ("依頼者", "作業場所")])
def test_an_order_exports_site_element_under_its_client(detector, client, site):
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<jobs>\n  <job>\n'
            f"    <伝票番号>A-3310</伝票番号>\n    <{client}>樋渡 美砂子</{client}>\n"
            f"    <{site}>静岡県三島市大宮町3丁目8-21 コスモ大宮203</{site}>\n    <区分>外壁塗装</区分>\n  </job>\n</jobs>\n")
    assert _found(detector, text, "ADDRESS") == ["静岡県三島市大宮町3丁目8-21 コスモ大宮203"]


def test_an_order_exports_site_before_its_client(detector):
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<jobs>\n  <job>\n'
            "    <現場住所>静岡県三島市大宮町3丁目8-21</現場住所>\n    <施主名>樋渡 美砂子</施主名>\n"
            "    <区分>外壁塗装</区分>\n  </job>\n</jobs>\n")
    assert _found(detector, text, "ADDRESS") == ["静岡県三島市大宮町3丁目8-21"]


def test_a_json_orders_site_address_beside_its_customer(detector):
    text = ('[\n  {\n    "orderNo": "R-5521",\n    "customerName": "樋渡 美砂子",\n'
            '    "siteAddress": "静岡県三島市大宮町3丁目8-21",\n    "sitePhone": "055-971-3382"\n  }\n]\n')
    assert _found(detector, text, "ADDRESS") == ["静岡県三島市大宮町3丁目8-21"]
    assert _found(detector, text, "PHONE") == ["055-971-3382"]


def test_a_contract_printed_with_blank_lines_keeps_the_clients_site(detector):
    text = ("リフォーム工事請負契約書\n\n有限会社ひだまり住建\n\n〒411-0036 静岡県三島市一番町5-5\n\nTEL 055-972-1100\n\n"
            "発注者：樋渡 美砂子 様\n\n施工場所（工事現場）：〒411-0801 静岡県三島市谷田1402-7\n\n"
            "緊急連絡先：090-5521-7730\n\n工事内容：キッチン入替\n")
    assert _found(detector, text, "ADDRESS") == ["静岡県三島市谷田1402-7"]
    assert _found(detector, text, "PHONE") == ["090-5521-7730"]


def test_a_site_in_a_company_clients_record_stays_the_companys(detector):
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<jobs>\n  <job>\n'
            "    <顧客名>株式会社みしま商事</顧客名>\n    <現場住所>静岡県三島市大宮町3丁目8-21</現場住所>\n"
            "  </job>\n</jobs>\n")
    assert _found(detector, text, "ADDRESS") == []


def test_a_workers_record_still_gives_the_site_as_the_sites(detector):
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<shifts>\n  <shift>\n'
            "    <作業員>樋渡 健吾</作業員>\n    <携帯>090-5521-7730</携帯>\n"
            "    <現場住所>静岡県三島市大宮町3丁目8-21</現場住所>\n  </shift>\n</shifts>\n")
    assert _found(detector, text, "ADDRESS") == []


# --- an event's venue named as a field of a person's record -----------------------------------

@pytest.mark.parametrize("venue", ["会場：みなと市民会館 大ホール", "開催場所：港南公民館", "撮影場所：白浜海岸"])
def test_a_venue_field_under_the_people_leaves_their_contact_theirs(detector, venue):
    text = ("フォトスタジオ風花 御中\n前撮りを申し込みます。\n申込者：樋渡 美砂子\n同伴者：樋渡 健吾\n"
            f"希望日：2026年5月16日　{venue}\n連絡先：090-5521-7730\n")
    assert _found(detector, text, "PHONE") == ["090-5521-7730"]


def test_a_notices_venue_keeps_its_own_phone(detector):
    text = "写真講座のお知らせ\n日時：2026年5月16日　会場：みなと市民会館\n連絡先：045-201-3300\n"
    assert _found(detector, text, "PHONE") == []


def test_a_quoted_booking_over_a_signature_leaves_the_studios_line_the_studios(detector):
    text = ("お申し込みありがとうございます。\n\n> 申込者：樋渡 美砂子\n> 希望日：2026年5月16日　会場：みなと市民会館\n\n"
            "――――\nフォトスタジオ風花\nTEL:045-201-3300\n")
    assert _found(detector, text, "PHONE") == []


# --- a sheet's row whose cells shifted (an empty cell left out) is no column above ------------

def test_a_mailbox_under_a_shifted_rows_bank_cell_stays_the_persons(detector):
    text = ("会員番号\t氏名\t在留資格\tメール\t振込先\t\n"
            "会員番号: K-01\t氏名: 樋渡 美砂子\tメール: misako.hiwatashi@example.ne.jp\t振込先: みなと銀行 本町支店 普通 1234567\t\n"
            "会員番号: K-02\t氏名: 范 文雄\t在留資格: 技術・人文知識・国際業務\tメール: vanhung.pham@example.ne.jp\t"
            "振込先: みなと銀行 本町支店 普通 7654321\t\n")
    assert _found(detector, text, "EMAIL") == ["misako.hiwatashi@example.ne.jp", "vanhung.pham@example.ne.jp"]


# --- group titles merged over a sheet's full header row --------------------------------------

def test_group_titles_over_a_header_row_of_field_names_join_it():
    from scanner.extract.split_dates import with_sub_header
    titles = {1: "会員", 3: "連絡先"}
    sub = [(0, "受付No"), (1, "氏名（漢字）"), (2, "ふりがな"), (3, "メールアドレス"), (4, "自宅の住所")]
    assert with_sub_header(titles, sub) == {0: "受付No", 1: "会員 氏名（漢字）", 2: "会員 ふりがな", 3: "連絡先 メールアドレス",
                                            4: "連絡先 自宅の住所"}


def test_a_data_row_under_group_titles_is_no_sub_header():
    from scanner.extract.split_dates import with_sub_header
    titles = {1: "会員", 3: "連絡先"}
    assert with_sub_header(titles, [(1, "樋渡 美砂子"), (2, "ひわたし みさこ"), (4, "三島市大宮町")]) == titles


# --- a bare landline right after a person addressed, or their kin's label --------------------

@pytest.mark.parametrize("before", ["緊急時：樋渡 健吾様　", "立会人 樋渡 健吾 様（", "付添い 樋渡 美砂子さん ", "保護者："])
def test_a_bare_landline_after_a_person_is_theirs(detector, before):
    text = f"来館記録 2026年3月4日\n{before}0559713382{'）' if before.endswith('（') else ''}\n"
    assert _found(detector, text, "PHONE") == ["0559713382"]


def test_a_bare_ten_digit_number_after_an_order_number_is_none(detector):
    assert _found(detector, "出荷記録\n伝票 0559713382 を発送済み\n", "PHONE") == []


# --- a said sentence before a landline is no name of whose it is -----------------------------

def test_a_landline_after_a_sentence_naming_a_workplace_stays_the_persons(detector):
    text = ("相談記録\n・樋渡 美砂子さん（静岡県三島市大宮町3丁目8-21）\n"
            "　勤務先の工場が閉鎖になり困っている。連絡は055-971-3382まで。\n")
    assert _found(detector, text, "PHONE") == ["055-971-3382"]


def test_a_clinics_name_before_its_landline_keeps_it_the_clinics(detector):
    assert _found(detector, "ご案内\nみしま内科医院。TEL 055-971-3382\n", "PHONE") == []


# --- a Chinese, Korean or Vietnamese name in a mailbox's local part names someone ------------

@pytest.mark.parametrize("mailbox", ["zhou_haoran@example.ne.jp", "choi.seoyeon@example.com", "hoangthilan@example.jp",
                                     "zhanghaoran@example.com"])
def test_a_foreign_name_in_the_local_part_names_someone(mailbox):
    from detectors.own_mailbox_names import names_no_one
    assert not names_no_one(mailbox)


@pytest.mark.parametrize("mailbox", ["support@example.co.jp", "reception@example.jp", "newsletter@example.org"])
def test_an_office_word_still_names_no_one(mailbox):
    from detectors.own_mailbox_names import names_no_one
    assert names_no_one(mailbox)


def test_a_senders_own_mailbox_with_a_foreign_name_is_theirs(detector):
    text = "From: zhou_haoran@example.com\nTo: office@juku.example.jp\nSubject: 入塾の相談"
    assert _found(detector, text, "EMAIL") == ["zhou_haoran@example.com"]
