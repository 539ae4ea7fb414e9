"""PERSON: firms, shops, buildings and facilities called after a family or by their kind,
written where a name goes, are not people; their people stay; a given name of one
character that ends a place (都) is a name after a surname (issue 12, names15:
detectors/jp/person_premises.py). Made-up people and firms; real files, the real detector."""

import json

import pytest

from samples import writers as w


def people(scanner, name: str, data: bytes) -> list[str]:
    record = scanner.scan_bytes(name, data)
    return sorted({"".join(f.value.split()) for o in record.walk() for f in o.findings if f.entity_type == "PERSON"})


@pytest.mark.parametrize("name, data, expected", [
    # a firm addressed with 様, under a person's column or opening a letter
    ("to.csv", "No,宛名,担当者名\n1,佐藤商事様,高橋 健一\n2,山田工業様,高橋 健一\n".encode(), ["高橋健一"]),
    ("letter.txt", "佐藤商事様\n\nいつもお世話になっております。\n".encode(), []),
    # a shop or a building called after a family, under its own label or a label that says nothing
    ("street.xlsx", w.xlsx_bytes({"s": [["屋号", "店主"], ["木村庵", "石井 恵子"], ["井上堂", "石井 恵子"]]}), ["石井恵子"]),
    ("inns.xml", "<r><宿><名称>中島館</名称><女将>村上 早苗</女将></宿></r>".encode(), ["村上早苗"]),
    ("dorm.json", json.dumps([{"建物名": "吉田寮", "入居者": "前田 拓海"}], ensure_ascii=False).encode(), ["前田拓海"]),
    ("note.txt", "山田屋さんに注文しました。\n".encode(), []),
    # a team under its own label; a facility and its nickname in a name column
    ("teams.csv", "チーム名,監督\n松田ブルース,岡田 正樹\n".encode(), ["岡田正樹"]),
    ("club.csv", "職名,氏名,連絡先\n支援員,深津 静江,080-3004-1483\nクラブ代表,放課後児童クラブ ひまわり,0225-29-5366\n".encode(),
     ["深津静江"]),
])
def test_a_firm_a_shop_or_a_facility_is_no_person(scanner, name, data, expected):
    assert people(scanner, name, data) == expected


@pytest.mark.parametrize("name, data, expected", [
    ("rent.csv", "部屋,契約者,銀行名\n101,川越都,りそな銀行\n102,相川正道,りそな銀行\n".encode(), ["川越都", "相川正道"]),
    ("residents.json", json.dumps([{"room": "207", "name": "豊島都"}], ensure_ascii=False).encode(), ["豊島都"]),
    ("mail.txt", "萩原都です。\n\nよろしくお願いします。\n\n--\n萩原都\n総務部\n".encode(), ["萩原都"]),
    # a person whose given name is 園 stays (園 is not read as a garden's)
    ("staff.txt", "氏名：森田 園\n".encode(), ["森田園"]),
])
def test_people_stay(scanner, name, data, expected):
    assert all(person in people(scanner, name, data) for person in expected)


@pytest.mark.parametrize("text, expected", [
    ("東京都の窓口です。\n", []),  # a prefecture, not 東京 and 都
    # the form's next label is no given name; the name before it is the 氏名's (surnames17)
    ("【夫】氏名 千葉 湊 フリガナ チバ ミナト\n", ["チバミナト", "千葉湊"]),
])
def test_places_and_labels_are_no_names(scanner, text, expected):
    assert people(scanner, "form.txt", text.encode()) == expected


def test_a_labels_own_bracket_is_not_read_as_a_name(scanner, tmp_path):
    path = tmp_path / "entry.docx"
    w.write_docx(path, ["入居申込書"], [["氏名", "大曽根 晴臣"], ["Name (English)", "Haruomi Osone"]])
    assert "English" not in people(scanner, "entry.docx", path.read_bytes())


@pytest.mark.parametrize("text, expected", [
    ("登山計画書\n山名　燕岳\n日程　2025年8月1日\nリーダー　高橋 健一\n", ["高橋健一"]),  # a label and its mountain
    ("担当：山名 健一\n", ["山名健一"]),  # a person whose surname is that label's word, before a given name of the lists
])
def test_a_things_label_and_its_value_on_one_line(scanner, text, expected):
    assert people(scanner, "plan.txt", text.encode()) == expected
