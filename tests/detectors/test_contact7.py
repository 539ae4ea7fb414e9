"""Issue 12, contact7: addresses and phones of other shapes (丁目 then 番地の, a 漢数字
lot with its branch, 六丁目1, a room before the town, a home or a move in prose, 条通
with a 漢数字 丁目; a bare mobile number, +81 (0)…) and the own contacts of trades whose
names carry no legal form, of a switchboard (代, 内線) and of a notice to everyone; a
person's contacts beside such words stay found. The real GiNZA detector; made-up
people and places."""

import pytest

from scanner.extract.text import extract_delimited, semicolons_instead


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


@pytest.mark.parametrize("written, address", [
    ("住所：宮崎県延岡市桜小路一丁目4番地の2", "宮崎県延岡市桜小路一丁目4番地の2"),
    ("住所：宮崎県延岡市桜小路三丁目二十一番地の二", "宮崎県延岡市桜小路三丁目二十一番地の二"),
    ("住所　宮崎県延岡市桜小路六丁目1", "宮崎県延岡市桜小路六丁目1"),
    ("現住所：北海道釧路市4条通三丁目12番9号", "北海道釧路市4条通三丁目12番9号"),
    ("コーポ青柳 203号室　延岡市桜小路2-5-11", "延岡市桜小路2-5-11"),
    ("現在は宮崎県延岡市桜小路2-5-11に住んでいる。", "宮崎県延岡市桜小路2-5-11"),
])
def test_addresses_of_other_shapes(detector, written, address):
    assert _found(detector, written, "ADDRESS") == [address]


def test_places_without_an_address_stay_unreported(detector):
    for text in ("会議は本館6丁目ではなく別館で行う。", "第3会議室 203号室の隣", "延岡市に住んでいる。"):
        assert _found(detector, text, "ADDRESS") == [], text


def test_bare_mobile_numbers_and_the_trunk_zero_in_brackets(detector):
    assert _found(detector, "氏名\t保護者連絡\n日向 蒼\t母 09031887076", "PHONE") == ["09031887076"]
    assert _found(detector, "Tel: +81 (0)80-4471-2290", "PHONE") == ["+81 (0)80-4471-2290"]
    assert _found(detector, "注文番号 09012345678", "PHONE") == []
    assert _found(detector, "会員ID A09012345678", "PHONE") == []
    assert _found(detector, "0312345678", "PHONE") == []  # a bare landline still needs its label


@pytest.mark.parametrize("text", [
    "日向 蒼 様\n\nみなと自動車\n〒882-0001 宮崎県延岡市桜小路2-5-11\nTEL 0982-21-3456\n\n車検のご案内",
    "ネイルサロン リュネ\nTEL 0982-21-3456",
    "ホテルみさき\n〒882-0001 宮崎県延岡市桜小路2-5-11\nTEL 0982-21-3456",
    "お客様各位\nこもれびトラベル\n宮崎県延岡市桜小路2-5-11\nTEL 0982-21-3456",
    "ご不明な点は 0982-21-3456（代）まで",
    "受付：0982-21-3456（内線 301）",
])
def test_a_trades_own_contacts_are_not_personal(detector, text):
    assert [d for d in detector.detect(text) if d.entity_type in ("ADDRESS", "PHONE", "POSTAL_CODE")] == []


@pytest.mark.parametrize("text", [
    "利用者：日向 蒼\nサービス種別：訪問介護\n住所：宮崎県延岡市桜小路2-5-11\n電話：0982-21-3456",
    "通勤手段：自動車\n住所：宮崎県延岡市桜小路2-5-11\n電話 0982-21-3456",
    "宿泊者カード\nお名前：日向 蒼\n渡航目的：観光\nご住所：宮崎県延岡市桜小路2-5-11\n電話：0982-21-3456",
])
def test_a_persons_contacts_beside_a_trade_word_stay_found(detector, text):
    assert _found(detector, text, "ADDRESS") == ["宮崎県延岡市桜小路2-5-11"]
    assert _found(detector, text, "PHONE") == ["0982-21-3456"]


def test_a_semicolon_csv_is_read_by_its_fields():
    data = "No;氏名;郵便番号;住所\n1;日向 蒼;8820001;宮崎県延岡市桜小路2-5-11\n2;日向 凛;8820002;宮崎県延岡市川原崎町1-1\n"
    text = "\n".join(unit.text for unit in extract_delimited(data.encode("utf-8"), ",").units)
    assert "郵便番号: 8820001" in text and "住所: 宮崎県延岡市川原崎町1-1" in text
    assert semicolons_instead("金額,備考\n1;2,メモ\n", ",") == ","  # a comma on the first line: a real CSV
    assert semicolons_instead("a;b\nc;d;e\nf;g\n", ",") == ","  # fields of unequal count: not a table
    assert semicolons_instead("a;b\nc;d\n", "\t") == "\t"


GUESTS = ("側\tお名前\t〒\tご住所\t電話\n"
          "側: 新郎\tお名前: 日向 蒼\t〒: 〒882-0001\tご住所: 宮崎県延岡市桜小路2-5-11\t電話: 090-4412-7781\n"
          "側: 会場\tお名前: ホテル・ミラマーレ\t〒: 〒880-0805\tご住所: 宮崎県宮崎市橘通東3-1-1\t電話: 0985-22-1111")
CONSULTS = ("受付番号\t相談者\t住所\t電話\n"
            "受付番号: 1204\t相談者: 日向 凛\t住所: 宮崎県延岡市川原崎町1-1\t電話: 0982-33-4455\n"
            "受付番号: 窓口\t相談者: 延岡市 市民相談室\t住所: 宮崎県延岡市東本小路2-1\t電話: 0982-34-1111")


def test_an_organisations_own_row_in_a_roster_is_not_personal(detector):
    assert _found(detector, GUESTS, "ADDRESS") == ["宮崎県延岡市桜小路2-5-11"]
    assert _found(detector, GUESTS, "PHONE") == ["090-4412-7781"]
    assert _found(detector, CONSULTS, "ADDRESS") == ["宮崎県延岡市川原崎町1-1"]
    assert _found(detector, CONSULTS, "PHONE") == ["0982-33-4455"]


def test_an_organisation_in_brackets_after_a_number_and_a_notice_from_its_sender(detector):
    assert _found(detector, "※お薬のご相談：0982-21-3456（ひなた薬局）", "PHONE") == []
    assert _found(detector, "緊急時：0982-21-3456（日向 蒼）", "PHONE") == ["0982-21-3456"]
    notice = "ひなた薬局からのお知らせ\n年末は休業します。\n〒882-0001 宮崎県延岡市桜小路2-5-11　TEL 0982-21-3456"
    assert [d for d in detector.detect(notice) if d.entity_type in ("ADDRESS", "PHONE", "POSTAL_CODE")] == []


def test_a_desks_mailbox_of_a_class_or_a_trade_is_not_a_persons(detector):
    for text in ("To: tannin@hinata-jh.example.jp", "メール: seibi@minato-auto.example.jp", "E-mail: front@example.jp"):
        assert _found(detector, text, "EMAIL") == [], text
    assert _found(detector, "メール: aoi.seibi@example.jp", "EMAIL") == ["aoi.seibi@example.jp"]


def test_a_surname_ending_in_an_organisations_kind_keeps_its_row_personal(detector):
    rows = ("郵便番号\t住所\t氏名\t電話\n"
            "郵便番号: 〒882-0001\t住所: 宮崎県延岡市桜小路2-5-11\t氏名: 薬師寺　修\t電話: 0982-21-3456")
    assert _found(detector, rows, "ADDRESS") == ["宮崎県延岡市桜小路2-5-11"]
    assert _found(detector, rows, "PHONE") == ["0982-21-3456"]
    surname = ("氏名\t住所\t電話\n氏名: 日向 凛\t住所: 宮崎県延岡市川原崎町1-1\t電話: 0982-33-4455\n"
               "氏名: 小野寺\t住所: 宮崎県延岡市桜小路2-5-11\t電話: 0982-21-3456")
    assert "宮崎県延岡市桜小路2-5-11" in _found(detector, surname, "ADDRESS")
