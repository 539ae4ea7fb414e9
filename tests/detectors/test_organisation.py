"""An organisation's own contact data is not personal data; a person's stays."""

import pytest

LETTER = """令和8年10月1日
〒160-0023
東京都新宿区西新宿3-2-1 サンハイツ502号室
山田 太郎 様

記
1. ご契約者名　山田 太郎 様
2. ご連絡先　090-1234-5678
以上

株式会社サンプル商事　本社

〒100-0005 東京都千代田区丸の内1-1-1 丸の内ビル10F
代表電話 03-3211-0000"""

SIGNATURE = """――――――――
株式会社サンプル商事 営業部
佐藤 健一（Kenichi Sato）
TEL: 03-3211-0000（代表）　携帯: 080-2345-6789
Mail: k.sato@sample.example.co.jp
〒100-0005 東京都千代田区丸の内1-1-1 丸の内ビル10F
――――――――"""


def _found(detector, text, *types):
    return sorted(d.text for d in detector.detect(text) if d.entity_type in types)


@pytest.mark.slow
def test_a_letter_keeps_the_recipient_and_drops_the_senders_office(detector):
    assert _found(detector, LETTER, "ADDRESS") == ["東京都新宿区西新宿3-2-1 サンハイツ502号室"]
    assert _found(detector, LETTER, "POSTAL_CODE") == ["〒160-0023"]
    assert _found(detector, LETTER, "PHONE") == ["090-1234-5678"]


@pytest.mark.slow
def test_a_signature_keeps_the_mobile_and_drops_the_main_line_and_office(detector):
    assert _found(detector, SIGNATURE, "PHONE") == ["080-2345-6789"]
    assert _found(detector, SIGNATURE, "ADDRESS", "POSTAL_CODE") == []
    assert _found(detector, SIGNATURE, "PERSON") == ["Kenichi Sato", "佐藤 健一"]


@pytest.mark.slow
def test_a_branch_list_is_not_personal_but_a_roster_row_with_a_branch_is(detector):
    branches = "拠点名: 大阪支店\t所在地: 大阪府大阪市北区梅田1-1-3\t電話番号: 06-6345-1200\t"
    assert detector.detect(branches) == []
    row = "氏名: 山田 太郎\t所属: 大阪支店\t住所: 大阪府大阪市北区梅田1-1-3\t電話番号: 06-6345-1200\t"
    assert {d.entity_type for d in detector.detect(row)} == {"PERSON", "ADDRESS", "PHONE"}


@pytest.mark.slow
def test_a_representatives_own_contacts_are_theirs_not_the_companys_main_line(detector):
    """代表者 is a person (a member registry's representative); 代表 alone is a main line."""
    row = ("事業所名: 有限会社北村鉄工\t代表者氏名: 北村 一郎\t代表者連絡先〒: 625-0036\t"
           "代表者連絡先自宅住所: 京都府舞鶴市浜3丁目11番12号\t")
    assert _found(detector, row, "POSTAL_CODE") == ["625-0036"]
    assert _found(detector, "株式会社北村鉄工\nTEL 075-123-4567（代表）", "PHONE") == []


@pytest.mark.slow
def test_a_record_about_its_subject_keeps_their_mobile_though_it_names_their_company(detector):
    """相談者：… with the person's company in brackets heads a record about them, no sender's block."""
    record = "経営相談記録\n相談日：令和7年6月8日\n相談者：北村 一郎（有限会社北村印刷 代表）\n連絡先：09012345678\n"
    assert _found(detector, record, "PHONE") == ["09012345678"]
    assert _found(detector, "有限会社北村印刷\n北村 一郎\nTEL 075-123-4567\n", "PHONE") == []  # a signature


@pytest.mark.slow
def test_a_persons_department_does_not_make_their_phone_the_companys(detector):
    form = "氏名　山田 太郎\n所属　大阪支店 営業部\n電話　06-1234-5678"
    assert _found(detector, form, "PHONE") == ["06-1234-5678"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("サポートセンター 0120-123-456", []),  # toll-free: always an organisation's
    ("ナビダイヤル 0570-000-123", []),
    ("携帯 090-1234-5678", ["090-1234-5678"]),
    ("注文番号723764056738の配送状況の問い合わせ。052-648-8957に回答済み。", ["052-648-8957"]),
])
def test_organisation_numbers_and_a_far_negative_word(detector, text, expected):
    assert _found(detector, text, "PHONE") == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("お問い合わせ info@sample.example.co.jp", []),  # a role mailbox names a function
    ("個人情報の相談窓口 kojinjoho.madoguchi@sample.example.co.jp", []),  # every part a function word
    ("人事部 jinji-bu@sample.example.co.jp までご連絡ください", []),
    ("人事部 jinji.kawabe@sample.example.co.jp までご連絡ください", ["jinji.kawabe@sample.example.co.jp"]),
    ("送信者: noreply@example.jp", []),
    ("メール taro.yamada@example.jp", ["taro.yamada@example.jp"]),
])
def test_role_mailboxes_are_not_people(detector, text, expected):
    assert _found(detector, text, "EMAIL") == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("お振込先：みずほ銀行 丸の内支店 普通 1234567 カ）サンプルショウジ", []),
    ("給与振込口座：みずほ銀行 新宿支店 普通 1234567 ヤマダ タロウ", ["普通 1234567"]),
])
def test_a_companys_own_bank_account_is_not_personal(detector, text, expected):
    assert _found(detector, text, "BANK_ACCOUNT") == expected
