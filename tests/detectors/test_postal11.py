"""Issue 12, postal11: a 郵便番号 wherever a record places it — under the romaji and
English keys of a system (yubin_bango, postcode, post_no), with the leading zeros a sheet
dropped (001-0024 kept as the number 10024), split over two XML elements or JSON keys,
alone on the line above an address, in a vCard's ADR, after 〒 with a space; and the
seven-digit look-alikes (a fee, a post id, a number above an address of another region,
two unrelated elements) that stay unreported. The real GiNZA detector and the real
extractors; made-up people and places."""

import json

import pytest

from scanner.extract.budget import Budget
from scanner.extract.dispatch import extract
from samples import writers as w


def _codes(detector, name, data):
    units = extract(name, data, Budget()).units
    return [d.value for unit in units for d in detector.detect(unit.text, labels=unit.labels())
            if d.entity_type == "POSTAL_CODE"]


@pytest.mark.parametrize("key", ["yubin_bango", "yubin", "postcode", "post_no", "POST", "Zip Code", "yuubin"])
@pytest.mark.parametrize("value", ["8800805", "880-0805"])
def test_a_code_under_a_systems_romaji_or_english_key(detector, key, value):
    data = json.dumps({"shimei": "野口 彩花", key: value, "jusho": "宮崎県宮崎市橘通東3-1-2"}, ensure_ascii=False)
    assert _codes(detector, "m.json", data.encode()) == ["8800805"]
    xml = f"<kaiin><shimei>野口 彩花</shimei><{key.replace(' ', '_')}>{value}</{key.replace(' ', '_')}></kaiin>"
    assert _codes(detector, "m.xml", xml.encode()) == ["8800805"]


def test_a_code_whose_leading_zeros_a_sheet_dropped(detector):
    rows = [["氏名", "郵便番号", "住所"], ["岩田 康弘", 10024, "北海道札幌市北区北二十四条西5-1-3"],
            ["堀内 聡", 782710, "北海道旭川市豊岡7-7-2"]]
    assert _codes(detector, "r.xlsx", w.xlsx_bytes({"名簿": rows})) == ["0010024", "0782710"]
    csv = "氏名,〒,住所\n岩田 康弘,1-0024,北海道札幌市北区北二十四条西5-1-3\n".encode()
    assert _codes(detector, "r.csv", csv) == ["0010024"]
    tsv = "patient_id\tzip_code\taddress\nP00012\t100951\t秋田県秋田市山王3-1-1\n".encode()
    assert _codes(detector, "r.tsv", tsv) == ["0100951"]


def test_a_code_split_over_two_elements_or_keys(detector):
    xml = "<kaiin><shimei>小島 真理子</shimei><yubin1>031</yubin1><yubin2>0801</yubin2></kaiin>"
    assert _codes(detector, "r.xml", xml.encode()) == ["0310801"]
    data = json.dumps([{"fullName": "Kumi Yoshioka", "postalCode1": "857", "postalCode2": "0052"}])
    assert _codes(detector, "p.json", data.encode()) == ["8570052"]
    rows = [["氏名", "郵便番号", "", "住所"], ["", "上3桁", "下4桁", ""], ["堀内 聡", "830", "0032", "福岡県久留米市東町2-3-4"]]
    assert _codes(detector, "s.xlsx", w.xlsx_bytes({"S": rows})) == ["8300032"]


def test_a_code_alone_above_an_address_a_vcard_and_a_spaced_mark(detector):
    label = "0310801\n青森県八戸市類家2-5-1\n小島 真理子 様\n\n857-0052\n長崎県佐世保市島瀬町3-2-1\n中川 大輔 様\n"
    assert _codes(detector, "labels.txt", label.encode()) == ["0310801", "8570052"]
    card = "BEGIN:VCARD\nVERSION:3.0\nFN:野口 彩花\nADR;TYPE=HOME:;;橘通東3-1;宮崎市;宮崎県;8800805;日本\nEND:VCARD\n"
    assert _codes(detector, "c.vcf", card.encode()) == ["8800805"]
    assert _codes(detector, "s.txt", "野口 彩花\n〒880 0805\n宮崎県宮崎市橘通東3-1-2\n".encode()) == ["8800805"]


@pytest.mark.parametrize("text", [
    "郵便料金：12000円\n郵便物 3-1234 番の追跡\n",
    json.dumps({"post_id": "4100801", "posted": "2024101"}),
    "<r><zip_count>123</zip_count><total>4567</total></r>",
    "1234567\n静岡県沼津市大手町2-14-7\n",  # 12 is no code of 静岡県
    "注文番号,氏名,金額\n4100801,山本 太一,1250000\n",
])
def test_seven_digits_that_are_no_postal_code_stay_unreported(detector, text):
    name = "x.json" if text.startswith("{") else "x.xml" if text.startswith("<") else "x.csv" if "," in text else "x.txt"
    assert _codes(detector, name, text.encode()) == []


@pytest.mark.parametrize("text, code", [
    ("Iwata Yasuhiro\n3-5-7 Tachibana-dori Higashi, Miyazaki-shi\nMiyazaki 8800805\n", "8800805"),
    ("Home: 2-1-3 Ruike, Hachinohe-shi, Aomori-ken 031-0801, Japan", "0310801"),
    ("〒八八〇-〇八〇五\n宮崎県宮崎市橘通東三丁目一番二号\n岩田 康弘 様", "8800805"),
    ("〒○三一ー○八○一\n青森県八戸市類家二丁目五番一号", "0310801"),
    ("郵便番号：880 - 0805\n住所：宮崎県宮崎市橘通東3-1-2", "8800805"),
    ("野口 彩花　宮崎県宮崎市橘通東3-1-2 メゾン橘203号室　880-0805", "8800805"),
    ("野口 彩花様（宮崎県宮崎市橘通東3-1-2（8800805））", "8800805"),
    ("郵便番号　880-0805\n住所 宮崎県宮崎市橘通東3-1-2", "8800805"),  # a label ending in 号 is no address's end
])
def test_a_code_after_its_address_or_an_english_prefecture_in_kanji_numerals_or_with_a_spaced_dash(detector, text, code):
    assert _codes(detector, "x.txt", text.encode()) == [code]


@pytest.mark.parametrize("text", ["Lot Chiba 1234567 units", "受付番号 123 - 4567", "Order 8800805 shipped",
                                  "宮崎県宮崎市橘通東3-1-2 123-4567", "宮崎県宮崎市橘通東3-1-2（2024-1234）"])
def test_a_number_after_another_prefecture_or_under_another_label_stays_unreported(detector, text):
    assert _codes(detector, "x.txt", text.encode()) == []
