"""Issue 12, own9: a postal code split over two cells; a partner's or an organisation's
own contacts (a department's mailbox however romanised, an organisation's row with its
section, a record's own key, a label naming an organisation by its kind, a unit's row in
a roster); a product's name under a bare JSON `name`; a form's worked example. The real
GiNZA detector; made-up people, places and numbers."""

import pytest


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


def test_a_postal_code_split_over_two_cells_under_its_label(detector):
    from detectors.jp.postal_code import PostalCodeRecognizer

    row = "氏名: 菅原 拓也\t〒（上3桁）: 599\t〒（下4桁）: 3969\t住所: 三重県四日市市諏訪町3-14-14"
    found = _found(detector, row, "POSTAL_CODE")
    assert len(found) == 1 and PostalCodeRecognizer.canonical(found[0]) == "5993969"
    assert _found(detector, "品番: 599\t数量: 3969\t単価: 120", "POSTAL_CODE") == []


@pytest.mark.parametrize("mailbox", ["eigyoubu", "soumuka", "gyoumu-ka", "jinjika", "kouhoubu", "shisetsu-ka",
                                     "shizai.ka", "kanri-bu", "kikaku-shitsu"])
def test_a_departments_mailbox_however_romanised(mailbox):
    from detectors.own_mailboxes import role_mailbox

    assert role_mailbox(f"{mailbox}@kasei.example.co.jp")


@pytest.mark.parametrize("mailbox", ["tanaka", "t.tanaka", "yuka", "haruka.kume", "akane-kawashima", "d-ishii"])
def test_a_persons_mailbox_is_no_departments(mailbox):
    from detectors.own_mailboxes import role_mailbox

    assert not role_mailbox(f"{mailbox}@kasei.example.co.jp")


def test_a_partners_row_with_its_section_is_the_partners(detector):
    text = ("会社名\t部署\tTEL\tE-mail\n"
            "会社名: 敦賀樹脂株式会社\t部署: 品質保証課\tTEL 電話: 0770-22-4178\tE-mail: hinshitsu@tsuruga.example.co.jp\n"
            "会社名: 米子紙器有限会社\t部署: 業務課\tTEL 電話: 0859-31-8455\tE-mail: h-ito@yonago.example.jp")
    assert _found(detector, text, "PHONE") == [] and _found(detector, text, "EMAIL") == []
    staff = ("氏名\t部署\t携帯\n氏名: 河合 紗季\t部署: 業務課\t携帯: 090-3318-7042")
    assert _found(detector, staff, "PHONE") == ["090-3318-7042"]


def test_a_values_own_record_key_says_whose(detector):
    text = ('{\n  "pharmacy": "みずほ調剤薬局",\n  "pharmacy_tel": "0859-31-8362",\n  "patients": [\n    {\n'
            '      "name": "野口 真由",\n      "tel": "090-3318-7042"\n    }\n  ]\n}')
    assert _found(detector, text, "PHONE") == ["090-3318-7042"]


def test_a_label_naming_an_organisation_by_its_kind(detector):
    text = "喪主　石井 大輔（長男）　090-3318-7042\n喪主住所　〒326-0814 栃木県足利市通2-3-4\n菩提寺連絡先　0284-21-0745"
    assert _found(detector, text, "PHONE") == ["090-3318-7042"]
    assert _found(detector, text.replace("\n", "\r\n") + "\r\n", "PHONE") == ["090-3318-7042"]  # a cp932 text's CRLF


def test_a_units_own_row_closing_a_roster(detector):
    text = ("参加者ID\t氏名\t口座名義（カナ）\t銀行名\n"
            "参加者ID: P123\t氏名: 野口 真由\t口座名義（カナ）: ノグチ マユ\t銀行名: 足利銀行\n"
            "参加者ID: 研究室\t氏名: 0284-66-6616\t口座名義（カナ）: 〒326-0815\t銀行名: 栃木県足利市通2-3-5")
    assert _found(detector, text, "PHONE") == [] and _found(detector, text, "POSTAL_CODE") == []
    assert _found(detector, text, "PERSON") == ["野口 真由", "ノグチ マユ"]


@pytest.mark.parametrize("value, person", [("磁器マグ 白", False), ("北欧チェア 黒", False), ("野口 真由", True),
                                           ("マリア ガルシア", True), ("木ノ下 さくら", True)])
def test_a_bare_name_key_of_a_thing(detector, value, person):
    text = '{"items": [{"sku": "814-4178"\t "name": "' + value + '"\t "price": 2841}]}'
    assert bool(_found(detector, text, "PERSON")) == person


def test_a_forms_worked_example_is_nobodys(detector):
    text = ("【記入例】\n氏名　山田 太郎\n住所　〒100-0001 東京都千代田区千代田1-1\n電話　090-1234-5678\n"
            "【申込者】\n氏名　野口 真由\n電話　090-2222-3333")
    assert _found(detector, text, "PHONE") == ["090-2222-3333"]
    assert _found(detector, text, "PERSON") == ["野口 真由"]
    assert _found(detector, "（例）氏名：鈴木 花子　電話：03-1234-5678", "PHONE") == []
    assert _found(detector, "例えば野口 真由さんの電話は090-2222-3333です。", "PHONE") == ["090-2222-3333"]


def test_a_specimen_stamp_read_off_a_scan_opens_no_example(detector):
    """A card copy's 見本 stamp stands wherever OCR puts it; ■見本 is a heading."""
    card = "氏名　野口 真由\n見本\n電話　090-2222-3333"
    assert _found(detector, card, "PHONE") == ["090-2222-3333"]
    assert _found(detector, "■見本\n氏名　山田 太郎\n電話　090-1234-5678", "PHONE") == []


def test_a_text_naming_nobody_speaks_in_its_issuers_voice(detector):
    schedule = "\nひかりの里 行事予定表\nTEL 0783399646\n日付\t行事\n日付: 2026/4/1\t行事: 敬老会"
    assert _found(detector, schedule, "PHONE") == []
    guide = "風の杜 ご利用ガイド\n管理棟 TEL 0277-31-4417\n\n群馬県桐生市錦町8丁目12番3号"
    assert _found(detector, guide, "PHONE") == [] and _found(detector, guide, "ADDRESS") == []
    assert _found(detector, "着信メモ\n0277-31-4417 から着信あり。", "PHONE") == ["0277-31-4417"]
    named = "ひかりの里 行事予定表\nTEL 0783399646\n担当　野口 真由"
    assert _found(detector, named, "PHONE") == ["0783399646"]


def test_an_enquiries_label_before_a_landline(detector):
    column = "事務所だより\n一般論としてご説明します。\nお問い合わせ：0277-31-4503"
    assert _found(detector, column, "PHONE") == []
    assert _found(detector, "回覧\nお問い合わせ：班長 石井 大輔 0277-31-4503", "PHONE") == ["0277-31-4503"]
