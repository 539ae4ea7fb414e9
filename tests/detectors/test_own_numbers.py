"""An organisation's own numbers (issue 12, orgown3): the employer's 適用事業所番号, a
company's own account on its bill and an office's fax are not personal data; an
insured person's number, a person's account on a payroll list or a bill and a
person's TEL/FAX in a roster are. The real GiNZA detector; made-up people."""

from detectors.jp.own_numbers import company_account, employers_number

EMPLOYER_LINES = ["事業主 株式会社とびうお設備　雇用保険番号 5012-345678-9",
                  "適用事業所番号 5012-345678-9（雇用保険）",
                  "事業所：株式会社とびうお設備（雇用保険 5012-345678-9）",
                  "雇用保険（事業所）：5012-345678-9"]
INSURED = """雇用保険 資格取得の控え
被保険者 宮本 和美　被保険者番号 6301-234567-8
株式会社とびうお設備: 雇用保険番号 6301-234567-7"""

COMPANY_BILLS = ["口座名義 医療法人あさぎり会\n振込先 みずほ銀行 池袋支店 普通 1234567",
                 "当社指定口座：三菱UFJ銀行 本店 当座 7654321",
                 "振込先 りそな銀行 難波支店 普通 2345678 宗教法人 光照寺"]
PERSON_BILL = """請求書
株式会社とびうお設備 御中

お振込先：みずほ銀行 池袋支店 普通 3456789
口座名義：ミヤモト カズミ

宮本 和美"""
PAYROLL = "社員番号\t氏名\t口座番号\t口座名義\n1001\t宮本 和美\t普通 4567890\tミヤモト カズミ"

ORDER_LINE = "ご注文は FAX 03-3981-2346 または TEL 03-3981-2345 まで"
ROSTER = "緊急連絡網\n宮本 和美　TEL/FAX 03-3981-2347\n野村 直樹　携帯 090-1234-5678"


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


def test_the_employers_number_is_not_reported(detector):
    for line in EMPLOYER_LINES:
        assert _found(detector, f"{line}\n\n被保険者 宮本 和美", "EMPLOYMENT_INSURANCE_NUMBER") == [], line


def test_an_insured_persons_number_is_reported(detector):
    assert _found(detector, INSURED, "EMPLOYMENT_INSURANCE_NUMBER") == ["6301-234567-8", "6301-234567-7"]


def test_a_companys_own_account_is_not_reported(detector):
    for bill in COMPANY_BILLS:
        assert _found(detector, bill, "BANK_ACCOUNT") == [], bill


def test_a_persons_account_is_reported(detector):
    assert _found(detector, PERSON_BILL, "BANK_ACCOUNT") == ["普通 3456789"]
    assert [v[-7:] for v in _found(detector, PAYROLL, "BANK_ACCOUNT")] == ["4567890"]


def test_an_office_fax_and_its_order_line_are_not_reported_a_persons_are(detector):
    assert _found(detector, ORDER_LINE, "PHONE") == []
    assert sorted(_found(detector, ROSTER, "PHONE")) == ["03-3981-2347", "090-1234-5678"]


def test_whose_number_from_the_words_alone():
    text = "事業主 株式会社とびうお設備　雇用保険番号 5012-345678-9"
    assert employers_number(text, text.index("5012"), len(text))
    text = "被保険者 宮本 和美　雇用保険番号 6301-234567-8"
    assert not employers_number(text, text.index("6301"), len(text))
    text = "振込先 みずほ銀行 普通 1234567\n名義 (株)とびうお設備"
    assert company_account(text, text.index("1234567"), text.index("1234567") + 7, 16)
    text = "振込先 みずほ銀行 普通 1234567\n口座名義(カナ) ミヤモト カズミ"
    assert not company_account(text, text.index("1234567"), text.index("1234567") + 7, 16)


def test_a_persons_name_ending_like_a_legal_mark_is_a_person():
    text = "振込先 みずほ銀行 普通 1234567 (ヤマダ ケイ)"
    assert not company_account(text, text.index("1234567"), text.index("1234567") + 7, 16)
    text = "振込先 みずほ銀行 普通 1234567 イ)アサギリカイ"
    assert company_account(text, text.index("1234567"), text.index("1234567") + 7, 16)


DESKS = """## 問い合わせ先
- ヘルプデスク（情報システム部）：03-3211-4567
お問い合わせ先：人事部 人事課 03-3211-4568（平日 9:00～17:00）
担当：総務課　TEL 03-3211-4569"""
PERSON_IN_A_DEPARTMENT = "宮本 和美（総務部） 03-3211-4570\n所属部署：経理部\n野村 直樹 090-2345-6789"


def test_a_departments_phone_is_the_organisations_a_persons_beside_it_is_theirs(detector):
    assert _found(detector, DESKS, "PHONE") == []
    assert sorted(_found(detector, PERSON_IN_A_DEPARTMENT, "PHONE")) == ["03-3211-4570", "090-2345-6789"]
