"""PERSON: goods and named things called like people — a pattern, a cultivar, a brand, a
room, a doll — read from the value's own label and its record (issue 12, names12:
detectors/jp/person_catalogue.py), while the people of the same records stay. Made-up
people, things called by common given names; real files, the real detector."""

import json

import pytest

from samples import writers as w


def people(scanner, name: str, data: bytes) -> list[str]:
    record = scanner.scan_bytes(name, data)
    return sorted({"".join(f.value.split()) for o in record.walk() for f in o.findings if f.entity_type == "PERSON"})


FILES = [
    # a header naming the thing's name, a person's column beside it
    ("kimono.csv", "柄,素材,価格,担当\n撫子,正絹,68000,高橋 健一\n小町,綿,24000,高橋 健一\n".encode(), ["高橋健一"]),
    ("rice.xlsx", w.xlsx_bytes({"s": [["品種名", "産地", "生産者"], ["美咲", "新潟", "村上 早苗"], ["静香", "山形", "村上 早苗"]]}),
     ["村上早苗"]),
    ("sake.json", json.dumps([{"銘柄": "久保田", "容量": "720ml"}, {"銘柄": "正宗", "容量": "1800ml"}],
                             ensure_ascii=False).encode(), []),
    ("room.txt", "部屋名：雪乃\n宿泊者：中島 拓也\n人数：2名\n".encode(), ["中島拓也"]),
    ("sweets.xml", "<品書き><品><菓子名>千代</菓子名><入数>6</入数></品></品書き>".encode(), []),
    # a label a person's record has too, beside fields only goods have
    ("dolls.tsv", "品番\t愛称\t価格\nD-101\t花子\t3800\nD-102\t義経\t5800\n".encode(), []),
    ("robot.txt", "ニックネーム：政宗\n型番：RV-701\n税込：54,780円\n".encode(), []),
]


@pytest.mark.parametrize("name, data, expected", FILES, ids=[f[0] for f in FILES])
def test_goods_named_like_people_are_not_reported_and_their_people_stay(scanner, name, data, expected):
    assert people(scanner, name, data) == expected


@pytest.mark.parametrize("name, data, expected", [
    # a person's nickname in a staff roster (時給 is a person's pay, not a price): the person's
    ("staff.csv", "氏名,愛称,時給\n小川 奈緒,なおちゃん,1200\n佐野 亮介,リョウ,1150\n".encode(), ["佐野亮介", "小川奈緒"]),
    # a uniform order: a person's own name beside its size and quantity
    ("uniform.csv", "名前,サイズ,数量\n石井 美和,M,2\n高橋 健一,L,1\n".encode(), ["石井美和", "高橋健一"]),
])
def test_a_persons_record_keeps_its_people(scanner, name, data, expected):
    assert all(person in people(scanner, name, data) for person in expected)


@pytest.mark.parametrize("text, expected", [
    ("中島拓也様\nご注文の「千鶴」という柄の反物が入荷しました。\n", ["中島拓也"]),
    ("今年は新品種「琴音」の出荷が始まりました。\n", []),
    ("「恵美」号で沖へ出た。\n", []),
    ("「田中花子」という女性から電話があった。\n", ["田中花子"]),  # a woman, not a kind of goods
])
def test_a_sentence_naming_the_kind_of_thing(scanner, text, expected):
    assert people(scanner, "note.txt", text.encode()) == expected


@pytest.mark.parametrize("text, value, goods", [
    ("柄: 撫子\t価格: 3800", "撫子", True),
    ("続柄: 村上 拓也\t生年月日: 2001/04/03", "村上 拓也", False),  # 続柄 ends in 柄: a relation's label
    ('[{"愛称": "花子"\t "価格": 1200}]', "花子", True),
    ("愛称：花子\n時給：1200円", "花子", False),
])
def test_the_values_own_label_and_record(text, value, goods):
    from detectors.jp.person_catalogue import names_goods

    start = text.index(value)
    assert names_goods(text, start, start + len(value)) is goods
