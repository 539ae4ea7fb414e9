"""lines28: an identifier broken over two lines (a narrow cell's wrap in a PDF, Alt+Enter in a
sheet's cell, a mail body wrapped at a fixed width) is found once, its span covering both
parts; two values on consecutive lines stay two. Made-up people and numbers, valid check
digits; the joining alone, then real files through the scanner."""

import pytest
from stdnum import luhn
from stdnum.jp import in_ as my_number

from detectors.normalize import normalize
from detectors.wrapped_numbers import joined_wraps
from samples import writers as w


def with_check(digits: str) -> str:
    return digits + my_number.calc_check_digit(digits)


def with_luhn(digits: str) -> str:
    return digits + luhn.calc_check_digit(digits)


MY_NUMBER = with_check("40721635981")
CARD = with_luhn("453219876543210")


def joined(text: str) -> str:
    return joined_wraps(normalize(text)).text


@pytest.mark.parametrize("text, value", [
    ("携帯：080-\n4417-2093\n", "080-4417-2093"),  # a dangling dash: the number goes on
    (f"マイナンバー：{MY_NUMBER[:5]}\n{MY_NUMBER[5:]}\n", MY_NUMBER),  # too few digits for its label
    (f"個人番号 {MY_NUMBER[:4]} {MY_NUMBER[4:8]}\n{MY_NUMBER[8:]}\n", f"{MY_NUMBER[:4]} {MY_NUMBER[4:8]} {MY_NUMBER[8:]}"),
    (f"カード番号: {CARD[:4]} {CARD[4:8]}\n{CARD[8:12]} {CARD[12:]}", f"{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}"),
    ("基礎年金番号：5208\n317446\n", "5208317446"),
    ("雇用保険被保険者番号 6103-2\n58174-3\n", "6103-258174-3"),
    ("運転免許証 第4420\n18935617号", "442018935617"),
    ("在留カード（PK4830\n2175SE）", "PK48302175SE"),
    ("旅券番号 TM61\n40382", "TM6140382"),
    ("振込先 普通預金 58\n20417", "5820417"),
    (f"保険者番号: {with_luhn('0613052')[:4]}\n{with_luhn('0613052')[4:]}", with_luhn("0613052")),
    ("〒98\n1-3204 宮城県", "981-3204"),
    ("自宅電話 0463(72)\n5518", "0463(72)5518"),
])
def test_a_value_wrapped_over_two_lines_is_read_as_one(text, value):
    assert value in joined(text)


def test_a_label_on_the_line_above_across_a_pdfs_blank_line_and_a_third_line():
    text = f"個人番号\n\n{MY_NUMBER[:5]}\n{MY_NUMBER[5:10]}\n{MY_NUMBER[10:]}\n\n"
    assert MY_NUMBER in joined(text)


def test_the_joined_span_maps_back_over_both_lines():
    text = "携帯：080-\n4417-2093"
    norm = joined_wraps(normalize(text))
    start = norm.text.index("080")
    assert norm.span_to_original(start, start + len("080-4417-2093")) == (3, len(text))


@pytest.mark.parametrize("text", [
    "コード\n1204\n5583\n7719\n",  # a column of codes: no label names an identifier
    "TEL 03-3512-4470\nFAX 03-3512-4471\n",  # a phone then a fax, each whole
    "電話\n03-3512-4470\n090-2216-7403\n",  # a list of whole numbers
    "実施日\n2024-\n05-17\n",  # a date with a dangling dash is no identifier's shape
    f"受付番号：{MY_NUMBER[:6]}\n{MY_NUMBER[6:]}\n",  # another number's label
    f"マイナンバー：{MY_NUMBER[:6]}\n{MY_NUMBER[6:11]}{(int(MY_NUMBER[11]) + 1) % 10}\n",  # its check digit fails
    "口座番号 6208413\n2207 入金済",  # the account is whole: the next line holds another number
    "郵便番号 150-0002\n3階 受付",
])
def test_two_values_on_consecutive_lines_stay_two(text):
    assert joined(text) == normalize(text).text


def found(scanner, name: str, data: bytes, entity: str) -> list[tuple[str, str]]:
    record = scanner.scan_bytes(name, data)
    return [(f.text.replace("\n", "|"), f.location) for o in record.walk() for f in o.findings if f.entity_type == entity]


def test_a_mail_body_wrapped_inside_a_phone_is_found_once_at_its_first_line(scanner):
    body = "お世話になっております。\n緊急連絡先：080-\n4417-2093（本人携帯）\n村瀬 里穂\n"
    assert found(scanner, "note.txt", body.encode("utf-8"), "PHONE") == [("080-|4417-2093", "L2")]


def test_a_csv_cell_typed_over_two_lines_under_its_header(scanner):
    data = f'氏名,個人番号\n村瀬 里穂,"{MY_NUMBER[:6]}\n{MY_NUMBER[6:]}"\n'.encode("utf-8")
    assert found(scanner, "staff.csv", data, "MY_NUMBER") == [(f"{MY_NUMBER[:6]}|{MY_NUMBER[6:]}", "B2")]


def test_a_sheets_cell_with_a_line_break_inside_the_card_number(scanner):
    value = f"{CARD[:4]}-{CARD[4:8]}-\n{CARD[8:12]}-{CARD[12:]}"
    data = w.xlsx_bytes({"会員": [["氏名", "クレジットカード番号"], ["村瀬 里穂", value]]})
    assert found(scanner, "members.xlsx", data, "CREDIT_CARD") == [(value.replace("\n", "|"), "会員!B2")]


@pytest.mark.parametrize("width", [60, 70, 80])
def test_a_pdf_forms_narrow_cells_wrap_their_numbers(scanner, tmp_path, width):
    path = tmp_path / "form.pdf"
    rows = [("氏名", "村瀬 里穂"), ("携帯電話", "080-4417-2093"), ("個人番号", MY_NUMBER), ("基礎年金番号", "5208-317446")]
    w.write_pdf_table(path, rows, width)
    record = scanner.scan_bytes("form.pdf", path.read_bytes())
    values = {f.entity_type: f.text.replace("\n", "") for f in record.findings}
    assert values["PHONE"] == "080-4417-2093"
    assert values["MY_NUMBER"] == MY_NUMBER
    assert values["BASIC_PENSION_NUMBER"] == "5208-317446"


def test_a_pdf_tables_column_of_short_codes_is_no_number(scanner, tmp_path):
    path = tmp_path / "codes.pdf"
    w.write_pdf_table(path, [("店番", "204<br/>318<br/>552"), ("部署コード", "1204<br/>5583")], 120)
    record = scanner.scan_bytes("codes.pdf", path.read_bytes())
    assert [f.entity_type for f in record.findings if f.entity_type != "PERSON"] == []


def test_a_headerless_exports_cell_holding_only_a_wrapped_number(scanner):
    people = ["村瀬 里穂", "井出 康介", "小野寺 葵", "堀 智也", "菅谷 玲奈", "戸田 遼"]
    numbers = [with_check(f"5{i}072163598") for i in range(5)] + [with_check("40721635981")]
    cells = [*numbers[:5], f'"{numbers[5][:6]}\n{numbers[5][6:]}"']
    rows = [f"1040{i},{name},198{i}-04-1{i},東京都北区王子{i}-3-8,{cell}" for i, (name, cell) in enumerate(zip(people, cells))]
    found_cells = found(scanner, "export.csv", ("\n".join(rows) + "\n").encode("utf-8"), "MY_NUMBER")
    assert (f"{numbers[5][:6]}|{numbers[5][6:]}", "E6") in found_cells and len(found_cells) == 6


def test_a_cell_of_two_short_codes_stays_two():
    assert joined("村瀬 里穂\t1204\n5583\t済\t\n") == "村瀬 里穂\t1204\n5583\t済\t\n"


def test_a_tables_next_row_is_not_the_rest_of_its_last_cell():
    # rows joined by line breaks, cells by tabs: a row's last code and the next row's number
    # make a postcode's seven digits, but the next line has the row's cells: a row, not a wrap
    rows = "1\t杉浦 澄人\t001234\n2\t梶 千晴\t005678\n"
    assert joined_wraps(normalize(rows)).text == rows


def test_a_wrapped_middle_cell_is_no_row_though_its_lines_have_as_many_cells():
    rows = "1\t杉浦 澄人\t東京\t090-1234\t済\n2\t梶 千晴\t1234-\n567890\t大阪\t済\n"
    assert "1234-567890" in joined_wraps(normalize(rows)).text
