"""Issue 12, ids18: identifiers and accounts where a new writer places them — keys in romaji,
English abbreviations or half-width kana (lic_no, acct_no, IndivNo, ｺｼﾞﾝﾊﾞﾝｺﾞｳ), a caption
beneath its value (（個人番号） under the number; ↑基礎年金番号), a My Number in three cells
or a number wrapped over a cell's lines, the deposit kind between a payee row's bank and
branch, a form printed as its own 記入例 — and, kept out, a label above its value read as
before, three cells under another label, the sample form's numbers. Made-up people and
numbers with valid check digits; real files, the real detector."""

import io
import json
import tempfile
from pathlib import Path

from openpyxl import Workbook

from samples import writers as w

MY, MY_2 = "377594580792", "869411151090"
LICENCE = "304492981832"
PENSION = "5396162718"
ACCOUNT, ACCOUNT_2 = "1079440", "3176176"


def found(scanner, name: str, data: bytes, entity: str) -> list[str]:
    record = scanner.scan_bytes(name, data)
    return sorted(f.value for o in record.walk() for f in o.findings if f.entity_type == entity)


def _docx(paragraphs, table) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.docx"
        w.write_docx(path, paragraphs, table)
        return path.read_bytes()


# --- keys in abbreviations, romaji and half-width kana -------------------------------

def test_abbreviated_romaji_keys_of_a_json_export(scanner):
    data = json.dumps({"shain": [{"shimei": "久保田 岳", "lic_no": LICENCE,
                                  "furikomi": {"bank_nm": "東邦銀行", "shiten_nm": "郡山支店", "acct_no": ACCOUNT}}]},
                      ensure_ascii=False).encode()
    assert found(scanner, "shain.json", data, "DRIVERS_LICENSE") == [LICENCE]
    assert found(scanner, "shain.json", data, "BANK_ACCOUNT") == [ACCOUNT]


def test_english_abbreviations_of_an_xml_export(scanner):
    data = f"<Staff><Nm>久保田 岳</Nm><IndivNo>{MY}</IndivNo><AcctNo>{ACCOUNT}</AcctNo></Staff>".encode()
    assert found(scanner, "staff.xml", data, "MY_NUMBER") == [MY]
    assert found(scanner, "staff.xml", data, "BANK_ACCOUNT") == [ACCOUNT]


def test_half_width_kana_headers_of_a_csv(scanner):
    data = f"ｼﾒｲ,ｺｼﾞﾝﾊﾞﾝｺﾞｳ,ﾒﾝｷｮｼｮｳﾊﾞﾝｺﾞｳ\r\n久保田 岳,{MY},{LICENCE}\r\n".encode("cp932")
    assert found(scanner, "kana.csv", data, "MY_NUMBER") == [MY]
    assert found(scanner, "kana.csv", data, "DRIVERS_LICENSE") == [LICENCE]


# --- a caption beneath its value ---------------------------------------------------------

def test_captions_under_values_in_a_typed_fax(scanner):
    lines = ["総務課 御中", "久保田 岳", f"{MY[:4]}-{MY[4:8]}-{MY[8:]}", "　↑個人番号", f"{PENSION[:4]}-{PENSION[4:]}",
             "　↑基礎年金番号", LICENCE, "　↑運転免許証"]
    data = "\n".join(lines).encode("cp932")
    assert found(scanner, "fax.txt", data, "MY_NUMBER") == [MY]
    assert found(scanner, "fax.txt", data, "BASIC_PENSION_NUMBER") == [PENSION]
    assert found(scanner, "fax.txt", data, "DRIVERS_LICENSE") == [LICENCE]


def test_a_card_sheet_of_values_over_their_bracketed_captions(scanner):
    rows = [["身上書"], ["久保田 岳"], ["（氏名）"], [f"{MY[:4]} {MY[4:8]} {MY[8:]}"], ["（個人番号）"],
            [f"{PENSION[:4]}-{PENSION[4:]}"], ["（基礎年金番号）"], [LICENCE], ["（運転免許証番号）"]]
    data = w.xlsx_bytes({"身上書": rows})
    assert found(scanner, "card.xlsx", data, "MY_NUMBER") == [MY]
    assert found(scanner, "card.xlsx", data, "BASIC_PENSION_NUMBER") == [PENSION]
    assert found(scanner, "card.xlsx", data, "DRIVERS_LICENSE") == [LICENCE]


def test_labels_above_their_values_are_read_as_before(scanner):
    data = "\n".join(["【個人番号】", MY, "【基礎年金番号】", PENSION]).encode()
    assert found(scanner, "above.txt", data, "MY_NUMBER") == [MY]
    assert found(scanner, "above.txt", data, "BASIC_PENSION_NUMBER") == [PENSION]


# --- numbers split over cells or lines -----------------------------------------------------

def _merged_sheet(label: str) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["No", "氏名", label, None, None])
    sheet.append([None, None, "1", "2", "3"])
    sheet.merge_cells("C1:E1")
    for n, (name, number) in enumerate((("久保田 岳", MY), ("江藤 紗良", MY_2)), start=1):
        sheet.append([n, name, number[:4], number[4:8], number[8:]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_my_number_in_three_cells_under_its_merged_label(scanner):
    assert found(scanner, "ledger.xlsx", _merged_sheet("個人番号"), "MY_NUMBER") == sorted([MY, MY_2])


def test_three_cells_under_another_label_are_no_my_number(scanner):
    assert found(scanner, "ledger.xlsx", _merged_sheet("受注番号"), "MY_NUMBER") == []


def test_numbers_wrapped_over_the_lines_of_a_cell(scanner):
    table = [["氏名", "個人番号", "基礎年金番号"], ["久保田 岳", f"{MY[:4]}\n{MY[4:8]}\n{MY[8:]}", f"{PENSION[:4]}\n{PENSION[4:]}"]]
    data = _docx(["資格取得届 控"], table)
    assert found(scanner, "wrapped.docx", data, "MY_NUMBER") == [MY]
    assert found(scanner, "wrapped.docx", data, "BASIC_PENSION_NUMBER") == [PENSION]


# --- accounts and samples --------------------------------------------------------------------

def test_deposit_kind_between_bank_and_branch_in_a_payee_row(scanner):
    rows = [["支払先一覧"], ["氏名", "金融機関", "種別", "店番", "番号"],
            ["久保田 岳", "東邦銀行", "普", "201", ACCOUNT], ["江藤 紗良", "常陽銀行", "当", "118", ACCOUNT_2]]
    assert found(scanner, "payees.xlsx", w.xlsx_bytes({"口座": rows}), "BANK_ACCOUNT") == sorted([ACCOUNT, ACCOUNT_2])


def test_a_form_printed_as_its_own_sample_holds_nobodys_numbers(scanner):
    lines = ["【記入例】 給与所得者の扶養控除等申告書", "", f"個人番号 {MY[:4]} {MY[4:8]} {MY[8:]}", "",
             f"運転免許証番号 {LICENCE}", "", f"振込口座 普通 {ACCOUNT}"]
    data = "\n".join(lines).encode()
    for entity in ("MY_NUMBER", "DRIVERS_LICENSE", "BANK_ACCOUNT"):
        assert found(scanner, "sample.txt", data, entity) == []


def test_an_account_the_office_pays_into_is_the_readers_not_the_offices(scanner):
    body = (f"久保田 岳 様\n立替金を下記口座へお振込みします。\n　東邦銀行 郡山支店 普通 {ACCOUNT}\n\n"
            f"――――\n株式会社サンプル測量 総務課\n【当社振込先】常陽銀行 水戸支店 普通 {ACCOUNT_2}\n")
    data = w.make_eml("立替金のお振込み", "somu@sample-sokuryo.example.jp", "kubota@example.jp", body)
    assert found(scanner, "refund.eml", data, "BANK_ACCOUNT") == [ACCOUNT]
