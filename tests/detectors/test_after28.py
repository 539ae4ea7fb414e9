"""after28: a value labelled after it, and headerless columns whose cells are dressed.

- A number word right after a value, in its clause, is the value's own label when
  another value stands between the value and the label before it (運転免許：第…号
  1234 5678 9012　マイナンバー): the label before is the other value's.
- A headerless column of card numbers or of bank accounts reads a cell as typed:
  full-width digits, a bracket around the number. The column's other values (Luhn and
  brands; the transfer's fields before it) say what it holds.
Made-up people; numbers with valid check digits."""

from detectors.label_after import label_after
from detectors.lines import cells_before

MY_NUMBER = "306302473023"  # passes the My Number check and, by chance, a licence's two
LICENCE = "446416172180"


def found(scanner, name: str, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in scanner.scan_bytes(name, text.encode("utf-8")).findings]


def test_a_my_number_labelled_after_it_beside_a_licence(scanner):
    text = f"氏名：森 和也\n運転免許：第{LICENCE}号　3063 0247 3023　マイナンバー\n"
    got = found(scanner, "staff.txt", text)
    assert ("MY_NUMBER", "3063 0247 3023") in got
    assert ("DRIVERS_LICENSE", LICENCE) in got
    assert ("DRIVERS_LICENSE", "3063 0247 3023") not in got


def test_the_label_after_names_a_number_and_ends_the_clause():
    text = f"免許：{LICENCE}　{MY_NUMBER}（個人番号）\n"
    start = text.index(MY_NUMBER)
    assert label_after(text, start, start + 12) == "個人番号"
    labelled_next = f"免許：{LICENCE}　{MY_NUMBER}　個人番号：未記入\n"  # the next field's label
    assert label_after(labelled_next, start, start + 12) is None
    first = f"{MY_NUMBER}　マイナンバー\n"  # no value before it: its windows decide as before
    assert label_after(first, 0, 12) is None
    name_after = f"店番 123 {MY_NUMBER} ヤマダ\n"  # a name is no number's label
    at = name_after.index(MY_NUMBER)
    assert label_after(name_after, at, at + 12) is None


CARDS = ("4539945807302151", "5243736819303640", "3568262129972208", "4716033224538320", "5412364056224158")


def test_a_headerless_card_column_with_full_width_and_bracketed_cells(scanner):
    people = ("森 和也", "北村 早苗", "今井 亮", "西田 彩", "松尾 剛")
    dressed = [CARDS[0], CARDS[1], CARDS[2].translate(str.maketrans("0123456789", "０１２３４５６７８９")),
               CARDS[3], "（" + CARDS[4] + "）"]
    rows = [f"{p},090-3{i}41-22{i}8,{card},2025/0{i + 1}/1{i}" for i, (p, card) in enumerate(zip(people, dressed))]
    got = {text for kind, text in found(scanner, "pay.csv", "\n".join(rows) + "\n") if kind == "CREDIT_CARD"}
    assert dressed[2] in got and any(CARDS[4] in t for t in got)
    assert len(got) == 5


def test_a_headerless_account_column_with_a_bracketed_cell(scanner):
    rows = ["K01,ﾓﾘ ｶｽﾞﾔ,0177,204,1,4072395,18000", "K02,ｷﾀﾑﾗ ｻﾅｴ,0005,118,1,6158302,21000",
            "K03,ｲﾏｲ ﾘｮｳ,0009,731,1,（2940617）,16500", "K04,ﾆｼﾀﾞ ｱﾔ,0177,052,1,5803149,22000",
            "K05,ﾏﾂｵ ﾂﾖｼ,0001,266,2,1375920,19500"]
    got = {text for kind, text in found(scanner, "transfer.csv", "\n".join(rows) + "\n") if kind == "BANK_ACCOUNT"}
    assert any("2940617" in t for t in got) and "4072395" in got


def test_cells_before_a_value():
    assert cells_before("番号: ") == ("番号: ", None)
    assert cells_before("口座番号\t") == ("", "口座番号")
    assert cells_before("氏名\t森 和也\t内容: ") == ("内容: ", "森 和也")
