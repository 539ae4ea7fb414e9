"""Issue 12, contacts16: a person's phone written right after the lot or room number of
their address (area code in brackets, or ten bare digits), a person's fax said in a
sentence on their address's line, a birth label written one letter a line (a vertical
form's cell), the form's recipient (提出先, 申込先) whose contacts are the facility's, and
a 本籍 that is no address. The real GiNZA detector; made-up people, places and numbers."""

import pytest


def _found(detector, text, entity, category=None):
    return [d.text for d in detector.detect(text)
            if d.entity_type == entity and (category is None or d.category == category)]


# --- a phone right after the address's lot or room number and a space ---------------------

@pytest.mark.parametrize("phone", ["053(456)7890", "0534567890", "0266(52)1234"])
@pytest.mark.parametrize("lot", ["元城町12-3", "元城町103番地2", "元城町4-5 コーポ緑201"])
def test_a_phone_after_the_lot_of_an_address_line(detector, phone, lot):
    text = f"本日の訪問先\n佐藤 美和子様 静岡県浜松市中区{lot} {phone} ／ 午前中希望\n"
    assert _found(detector, text, "PHONE") == [phone]


def test_a_list_of_plots_with_phones_in_brackets_and_bare(detector):
    text = ("貸し農園 契約者一覧\n"
            "A-1 森本 健太 〒4300001 静岡県浜松市中区元城町812番地4 0463(22)4567 契約 令和6年4月1日\n"
            "A-2 川口 里奈 〒3700001 群馬県太田市浜町3-7-15 0276451234 契約 令和5年4月1日\n")
    assert _found(detector, text, "PHONE") == ["0463(22)4567", "0276451234"]


def test_ten_bare_digits_after_a_number_with_no_address_stay_unread(detector):
    text = "検品記録\n品番 KX-12 0534567890 数量 4\n"
    assert _found(detector, text, "PHONE") == []


# --- a person's fax said on their address's line ------------------------------------------

@pytest.mark.parametrize("said", ["連絡はFAXのみ", "ご連絡はファクスで", "FAX"])
@pytest.mark.parametrize("phone", ["053-456-7890", "0534567890", "0883(52)3456"])
def test_a_persons_fax_after_their_address(detector, said, phone):
    text = ("手話通訳の派遣について\n"
            "依頼者 杉浦 秀明さん（聴覚障害 2級）\n"
            f"訪問先 静岡県浜松市中区元城町2-9-4　{said} {phone}\n")
    assert _found(detector, text, "PHONE") == [phone]


def test_a_companys_fax_after_its_address_stays_the_companys(detector):
    text = ("株式会社みどり商事 浜松営業所\n"
            "〒430-0001 静岡県浜松市中区元城町2-9-4　FAX 053-456-7890\n")
    assert _found(detector, text, "PHONE") == []


# --- a birth label written one letter a line ----------------------------------------------

@pytest.mark.parametrize("date", ["1985 年 3 月 9 日", "昭和60年3月9日", "1985年3月9日"])
def test_a_birth_label_one_letter_a_line_before_its_date(detector, date):
    text = f"入会申込書\n令和8年4月2日申込\n氏\n名\n杉浦 秀明\n生\n年\n月\n日\n{date}\n静岡県浜松市中区元城町2-9-4\n"
    assert _found(detector, text, "DATE_OF_BIRTH") == [date]


@pytest.mark.parametrize("date", ["1985/3/9", "S60.3.9"])
def test_a_pdfs_vertical_birth_label_a_blank_line_between_its_letters(detector, date):
    text = f"入会申込書\n\n氏\n\n名\n\n杉浦 秀明\n\n生\n\n年\n\n月\n\n日\n\n{date}\n\n"
    assert _found(detector, text, "DATE_OF_BIRTH") == [date]


def test_a_birthday_label_one_letter_a_line(detector):
    text = "会員カード\n誕\n生\n日\n平成2年11月30日\n"
    assert _found(detector, text, "DATE_OF_BIRTH") == ["平成2年11月30日"]


def test_a_date_before_a_vertical_birth_label_closing_the_form(detector):
    text = "入会申込書\n杉浦 秀明\n1985 年 3 月 9 日\n生\n年\n月\n日\n"
    assert _found(detector, text, "DATE_OF_BIRTH") == ["1985 年 3 月 9 日"]


def test_the_application_date_before_a_vertical_label_is_not_the_birth(detector):
    text = "入会申込書\n申込日\n令和8年4月2日\n生\n年\n月\n日\n1985年3月9日\n"
    assert _found(detector, text, "DATE_OF_BIRTH") == ["1985年3月9日"]


@pytest.mark.parametrize("label", ["電\n話", "連\n絡\n先", "自\n宅\n電\n話", "電\n\n話\n"])
def test_a_bare_phone_under_a_label_one_letter_a_line(detector, label):
    text = f"入会申込書\n氏\n名\n杉浦 秀明\n{label}\n0534567890\n趣味 囲碁\n"
    assert _found(detector, text, "PHONE") == ["0534567890"]


def test_a_bare_number_under_another_vertical_label_stays_unread(detector):
    text = "入会申込書\n氏\n名\n杉浦 秀明\n番\n号\n0534567890\n"
    assert _found(detector, text, "PHONE") == []


# --- the recipient of a form: the facility's contacts ---------------------------------------

@pytest.mark.parametrize("label", ["提出先：", "申込先 ", "お申し込み先：", "返送先："])
def test_the_recipient_of_a_form_is_the_facility(detector, label):
    text = ("子育て支援 利用申込書\n"
            "申込者氏名 杉浦 真由美\n"
            "住所 〒420-0031 静岡県静岡市葵区呉服町1-6-8\n"
            "連絡先 09061237788\n"
            f"{label}子育て支援ハウス ひだまり　〒430-0001 静岡県浜松市中区元城町2-9-4　TEL 053-456-7890　hidamari@example.jp\n")
    found = {entity: _found(detector, text, entity) for entity in ("ADDRESS", "POSTAL_CODE", "PHONE", "EMAIL")}
    assert found == {"ADDRESS": ["静岡県静岡市葵区呉服町1-6-8"], "POSTAL_CODE": ["〒420-0031"],
                     "PHONE": ["09061237788"], "EMAIL": []}


def test_the_applicants_short_block_stays_theirs_beside_the_recipient(detector):
    text = ("講習会 参加申込書\n氏名 平野 早苗\n住所 岐阜県大垣市郭町3-14-2\n電話 0584123456\n"
            "返送先：市民活動サポート窓口　三重県津市丸之内1-2-3　電話 059-223-4567　support-desk@example.lg.jp\n")
    found = {entity: _found(detector, text, entity) for entity in ("ADDRESS", "PHONE", "EMAIL")}
    assert found == {"ADDRESS": ["岐阜県大垣市郭町3-14-2"], "PHONE": ["0584123456"], "EMAIL": []}


def test_a_clerk_named_under_a_flyers_recipient_line_keeps_the_offices_phone_its_own(detector):
    text = "夏まつり 出店者募集\n申込締切 7月10日\n\n申込先：みなと公民館\n担当 井口 修\n電話 059-223-4567\n"
    assert _found(detector, text, "PHONE") == []


# --- a 本籍 is the 本籍, not an address --------------------------------------------------------

@pytest.mark.parametrize("place", ["長野県佐久市春日", "愛知県清須市春日", "高知県四万十市中村"])
def test_a_domicile_is_read_as_one_not_as_an_address(detector, place):
    text = ("身上書\n生徒氏名 杉浦 秀明　生年月日 平成二十一年五月三日\n"
            "現住所 静岡県浜松市中区元城町2-9-4　電話 053-456-7890\n"
            f"本籍 {place}\n")
    assert _found(detector, text, "SENSITIVE", "本籍") == [place]
    assert _found(detector, text, "ADDRESS") == ["静岡県浜松市中区元城町2-9-4"]
