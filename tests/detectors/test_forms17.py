"""Issue 12, forms17: a child's, a patient's or a user's record gives its people's
workplace phones (勤務先電話, 勤め先 TEL, 連絡先（勤務先）) with no workplace named:
the number the form reaches that person at, theirs — while a workplace named in the
record (勤務先：…運輸, a legal form) keeps its phone the employer's. And a card's
record whose other cells hold a passport (旅券番号) or a ticket (航空券, 診察券)
is no card of stored value: 券 there names no voucher. The real GiNZA detector;
made-up people, places and numbers (cards pass Luhn)."""

import pytest


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


# --- a workplace's phone with no workplace named: the person's ---------------------------

@pytest.mark.parametrize("label", ["勤務先電話 ", "勤務先TEL：", "勤め先 ℡ ", "勤務先 ", "連絡先（勤務先）", "勤務先・電話 "])
@pytest.mark.parametrize("phone", ["0466-27-3158", "0466273158", "0466(27)3158"])
def test_a_guardians_workplace_phone_on_their_line(detector, label, phone):
    text = ("園児票\n園児氏名：川島 ひなた\n生年月日：令和5年4月2日\n"
            f"保護者（母）：川島 沙織　{label}{phone}\n住所：神奈川県藤沢市辻堂元町2-14-6\n")
    assert _found(detector, text, "PHONE") == [phone]


def test_two_guardians_workplace_phones_one_a_line_each(detector):
    text = ("入園申込書\n"
            "父　氏名：野口 健太郎\n父　勤務先電話：0748-32-6610\n"
            "母　氏名：野口 千春\n母　勤務先電話：0748329025\n")
    assert _found(detector, text, "PHONE") == ["0748-32-6610", "0748329025"]


def test_an_emergency_contacts_workplace_phone_in_a_users_ledger(detector):
    text = ("利用者台帳\n利用者：秋山 登志夫\n"
            "緊急連絡先：長女 秋山 真理　勤め先 0285-62-4471\n")
    assert _found(detector, text, "PHONE") == ["0285-62-4471"]


def test_a_patients_daytime_contact_at_work(detector):
    text = "問診票\nお名前：宮本 恭子\n日中のご連絡先（勤務先）：0952-24-7736\n"
    assert _found(detector, text, "PHONE") == ["0952-24-7736"]


def test_a_roster_row_with_a_workplace_phone_and_no_workplace_column(detector):
    text = ("氏名\t自宅電話\t勤務先電話\n"
            "氏名: 堀 真一\t自宅電話: 0254-22-1093\t勤務先電話: 0254-23-8810")
    assert _found(detector, text, "PHONE") == ["0254-22-1093", "0254-23-8810"]


# --- a workplace named in the record: its phone is the employer's -----------------------

@pytest.mark.parametrize("employer", ["みどり運輸", "株式会社ツバサ精機", "（有）西田塗装"])
def test_a_named_workplaces_phone_on_the_line_stays_the_employers(detector, employer):
    text = f"入居申込書\n申込者 関口 直人　携帯 090-4183-2276\n勤務先：{employer}　勤務先電話 0283-22-5174\n"
    assert _found(detector, text, "PHONE") == ["090-4183-2276"]


def test_a_named_workplaces_phone_a_line_below_stays_the_employers(detector):
    text = ("入園申込書\n父　氏名：野口 健太郎\n"
            "父　勤務先：ひまわり青果\n父　勤務先電話：0748-32-6610\n")
    assert _found(detector, text, "PHONE") == []


def test_a_workplace_with_its_legal_form_before_the_phone_stays_the_employers(detector):
    text = "保護者連絡票\n父 坂井 隆　勤務先 しらかば電設株式会社 0748-32-6610\n"
    assert _found(detector, text, "PHONE") == []


# --- 券 of a passport or a ticket names no card of stored value ---------------------------

_CARD_A, _CARD_B = "4929 1832 4711 5557", "3530111333300000"


@pytest.mark.parametrize("label", ["旅券番号", "旅券", "航空券番号", "診察券No"])
def test_a_card_in_a_row_with_a_passport_or_a_ticket(detector, label):
    text = ("到着日\t氏名\t" + label + "\tカード\n"
            f"到着日: 2026/03/14\t氏名: LE VAN AN\t{label}: C48120975\tカード: {_CARD_A}\n"
            f"到着日: 2026/03/15\t氏名: 寺田 修\t{label}: \tカード: {_CARD_B}")
    assert _found(detector, text, "CREDIT_CARD") == [_CARD_A, _CARD_B]


def test_a_card_on_a_line_with_a_passport(detector):
    text = f"宿泊カード\n氏名 MARIA SANTOS　旅券 C48120975　カード番号 {_CARD_A}\n"
    assert _found(detector, text, "CREDIT_CARD") == [_CARD_A]


def test_a_gift_voucher_row_stays_a_card_of_stored_value(detector):
    text = ("発行日\t種別\tカード番号\n"
            f"発行日: 2026/03/14\t種別: 商品券\tカード番号: {_CARD_A}")
    assert _found(detector, text, "CREDIT_CARD") == []


def test_a_note_on_the_workplace_label_names_no_workplace(detector):
    text = "入会申込書\t\n母 氏名\t母 氏名: 大西 美帆\n母 勤務先（日中連絡先）\t母 勤務先（日中連絡先）: 0748329025"
    assert _found(detector, text, "PHONE") == ["0748329025"]


def test_one_guardians_named_employer_leaves_the_others_workplace_phone_theirs(detector):
    text = ("園児票\n園児氏名：川島 ひなた\n"
            "保護者（父）：川島 大樹　勤務先：みどり運輸　勤務先電話 0466-27-3158\n"
            "保護者（母）：川島 沙織　勤務先 0466-27-9041\n")
    assert _found(detector, text, "PHONE") == ["0466-27-9041"]


@pytest.mark.parametrize("inn", ["湯の宿 かすみ", "民宿 なぎさ", "ペンション こもれび", "ゲストハウス 結"])
def test_a_lodgings_own_phone_under_its_register(detector, inn):
    text = f"宿泊者名簿\n到着日 2026/03/14　氏名 寺田 修　電話 090-4183-2276\n{inn}　TEL 0283-22-5174\n"
    assert _found(detector, text, "PHONE") == ["090-4183-2276"]
