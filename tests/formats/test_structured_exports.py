"""Structured exports read as fields (issue 12, exports3): pretty-printed JSON keys,
HTML label cells, a sheet pasted into a mail, labels above their values in a form,
romaji and English headers glossed, a name in two columns composed as one field.
Real files through the real extraction; findings from the real GiNZA detector."""

import json
import random
import unicodedata

import pytest

from detectors.export_headers import glossed, name_pair
from samples import writers as w
from samples.synth import valid_my_number
from scanner.crawl import crawl
from scanner.extract import extract
from scanner.extract.budget import Budget


def _text(name: str, data: bytes, mail: bool = False) -> str:
    return "\n".join(unit.text for unit in extract(name, data, Budget(), mail).units)


def test_json_keys_label_their_values_and_a_product_name_stays_quoted():
    data = json.dumps({"entries": [{"name": "河合 大輔", "birthday": "1994-09-01", "zip": "611-0537"},
                                   {"name": "卓上ライト", "price": 1200}]}, ensure_ascii=False, indent=2)
    text = _text("form.json", data.encode())
    assert "name: 河合 大輔" in text and "birthday 生年月日: 1994-09-01" in text and "zip 郵便番号: 611-0537" in text
    assert '"name": "卓上ライト"' in text


def test_an_html_label_cell_labels_the_cell_after_it():
    page = ("<html><body><h1>ご予約確認</h1><table><tr><th>郵便番号</th><td>674-0189</td></tr>"
            "<tr><td>生年月日</td><td>1999年04月23日</td></tr><tr><td>A</td><td>B</td></tr></table>"
            "<dl><dt>電話番号</dt><dd>080-9207-8767</dd></dl></body></html>")
    text = _text("booking.html", page.encode())
    assert "郵便番号: 674-0189" in text and "生年月日: 1999年04月23日" in text and "電話番号: 080-9207-8767" in text
    assert "A\tB" in text


def test_a_sheet_pasted_into_a_mail_is_read_as_a_table():
    body = "一覧です。\n\nｼﾒｲ\tｾｲﾈﾝｶﾞｯﾋﾟ\nｶﾜｲ ﾀﾞｲｽｹ\t19940901\nﾐﾔｹ ｺｳｼﾞ\t19680225\n\n以上"
    text = _text("list.eml", w.make_eml("一覧", "a@example.jp", "b@example.jp", body), mail=True)
    assert "ｾｲﾈﾝｶﾞｯﾋﾟ 生年月日: 19940901" in text and "以上" in text


def test_labels_above_values_in_a_form_sheet_label_them():
    rows = [["会員申込書"], [], ["お名前", None, "電話番号"], ["古賀　浩二", None, "080-9207-8767"],
            ["郵便番号", None, "ご住所"], ["674-0189", None, "宮城県仙台市青葉区一番町1-17-4"]]
    text = _text("apply.xlsx", w.xlsx_bytes({"申込書": rows}))
    assert "お名前: 古賀　浩二" in text and "郵便番号: 674-0189" in text and "ご住所: 宮城県" in text


def test_a_name_in_two_columns_is_one_field_surname_first():
    csv = "no,first_name,last_name,seinengappi,jusho\n1,大輔,河合,19940901,愛媛県松山市大街道2-10-9\n"
    text = _text("master.csv", csv.encode())
    assert "氏名: 河合 大輔" in text and "seinengappi 生年月日: 19940901" in text and "jusho 住所: " in text
    assert name_pair(("姓カナ",), ("名カナ",)) == ("氏名(カナ)", False)
    assert name_pair(("姓",), ("住所",)) is None and name_pair(("氏名",), ("名",)) is None
    assert glossed("おところ") == "おところ 住所" and glossed("kokyaku_no") == "kokyaku_no"


@pytest.mark.slow
def test_split_name_columns_and_english_headers_are_found(scanner, tmp_path):
    rows = [["シフト表"], ["姓", "名", "携帯"], ["河合", "大輔", "090-1234-5678"], ["三宅", "浩二", "080-2345-6789"]]
    (tmp_path / "shift.xlsx").write_bytes(w.xlsx_bytes({"12月": rows}))
    guests = "Last Name,First Name,Date of Birth,Postcode\n浜口,真由美,1972-04-07,603-2951\n"
    (tmp_path / "guests.csv").write_bytes(guests.encode())
    found = set()
    for entry in crawl(tmp_path):
        for record in scanner.scan_entry(entry).walk():
            found |= {(f.entity_type, f.value) for f in record.findings}
    assert {("PERSON", "河合大輔"), ("PERSON", "三宅浩二"), ("PERSON", "浜口真由美")} <= found
    assert ("DATE_OF_BIRTH", "1972-04-07") in found and ("POSTAL_CODE", "6032951") in found


def test_an_html_header_row_of_plain_cells_keeps_each_label_in_its_column():
    page = ("<html><body><table><tr><td>氏名</td><td>国籍</td><td>旅券番号</td></tr>"
            "<tr><td>LE MINH</td><td>ベトナム</td><td>TR1234567</td></tr>"
            "<tr><td>氏名</td><td>木下 悠</td><td>備考</td></tr></table></body></html>")
    text = _text("roster.html", page.encode())
    assert "氏名\t国籍\t旅券番号" in text  # a table under a header row: each cell under its column (headers13)
    assert "氏名: LE MINH\t国籍: ベトナム\t旅券番号: TR1234567" in text
    assert "氏名: 木下 悠" in text  # a label and its value still composed


@pytest.mark.slow
def test_a_host_member_files_romaji_birth_and_contract_headers_say_what_their_values_are(scanner, tmp_path):
    """SEINEN is a birth (生年), KEIYAKU a contract's number: a twelve-digit contract key that
    passes the My Number check (one in eleven do) is the contract's, the date under SEINEN a birth."""
    rng = random.Random(12)
    keys = [valid_my_number(rng) for _ in range(6)]
    names = ["トカノ ゲンタ", "ニシナ ヤマト", "オニヅカ サキ", "ツクイ フミオ", "フカマチ ワカ", "セオ キョウヘイ"]
    rows = [_padded(f"{i:08d}", 10) + _padded(name, 30) + _padded(f"S{27 + i}.01.0{i + 1}", 12) + key
            for i, (name, key) in enumerate(zip(names, keys))]
    header = _padded("KAIIN", 10) + _padded("SHIMEI", 30) + _padded("SEINEN", 12) + "KEIYAKU"
    (tmp_path / "KAIIN01.TXT").write_text("\r\n".join([header, *rows]) + "\r\n", encoding="utf-8")
    found = set()
    for entry in crawl(tmp_path):
        for record in scanner.scan_entry(entry).walk():
            found |= {(f.entity_type, f.value) for f in record.findings}
    assert not {key for key in keys} & {value for kind, value in found if kind == "MY_NUMBER"}
    births = {value for kind, value in found if kind == "DATE_OF_BIRTH"}
    assert len(births) == 6, births
    assert glossed("SEINEN") == "SEINEN 生年月日" and glossed("keiyaku_no") == "keiyaku_no 契約番号"


def _padded(value: str, width: int) -> str:
    """A host's field: padded to its width in columns (a kana is two, as the host counts bytes)."""
    return value + " " * (width - sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in value))
