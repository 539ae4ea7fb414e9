"""Issue 12, accounts9: bank accounts, 基礎年金番号 and 雇用保険被保険者番号 found by their
own label wherever a file puts it — a column's header over bare cells (an HTML table),
the cell above in a form read as a table, English, camel or romaji keys (JSON, XML,
settings), two or three cells of one split number, a transfer list's row without its
header (bank, branch, kind before the account) — and kept out under another number's
label, as the employer's number, or as an organisation's fee account. Made-up people and
numbers; real files, the real detector."""

import json
import tempfile
from pathlib import Path

import pytest

from samples import writers as w

ACCOUNT, OTHER_ACCOUNT = "4827153", "6093218"
PENSION, INSURED = "5038216470", "37125480916"
PENSION_DASHED, INSURED_DASHED = "5038-216470", "3712-548091-6"


def found(scanner, name: str, data: bytes, entity: str) -> list[str]:
    record = scanner.scan_bytes(name, data)
    return sorted(f.value for o in record.walk() for f in o.findings if f.entity_type == entity)


def _docx(paragraphs, table=None) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.docx"
        w.write_docx(path, paragraphs, table)
        return path.read_bytes()


# --- pension and employment-insurance numbers -------------------------------------

def test_bare_numbers_under_their_columns_headers_in_a_web_page(scanner):
    page = ("<table><tr><th>氏名</th><th>年金番号</th><th>雇保番号</th></tr>"
            f"<tr><td>仲村 颯太</td><td>{PENSION}</td><td>{INSURED}</td></tr></table>").encode()
    assert found(scanner, "shikaku.html", page, "BASIC_PENSION_NUMBER") == [PENSION]
    assert found(scanner, "shikaku.html", page, "EMPLOYMENT_INSURANCE_NUMBER") == [INSURED]


def test_a_forms_labels_in_the_row_above_its_values(scanner):
    data = _docx(["入社届"], [["氏名", "基礎年金番号", "雇用保険被保険者番号"], ["仲村 颯太", PENSION_DASHED, INSURED_DASHED]])
    assert found(scanner, "nyusha.docx", data, "BASIC_PENSION_NUMBER") == [PENSION]
    assert found(scanner, "nyusha.docx", data, "EMPLOYMENT_INSURANCE_NUMBER") == [INSURED]
    stacked = _docx(["入社届"], [["氏名", "部署"], ["仲村 颯太", "総務"], ["基礎年金番号", "雇用保険被保険者番号"],
                                 [PENSION_DASHED, INSURED_DASHED]])
    assert found(scanner, "nyusha.docx", stacked, "BASIC_PENSION_NUMBER") == [PENSION]
    assert found(scanner, "nyusha.docx", stacked, "EMPLOYMENT_INSURANCE_NUMBER") == [INSURED]


@pytest.mark.parametrize("name,data", [
    ("staff.json", json.dumps({"staff": [{"name": "NAKAMURA SOTA", "pension_no": PENSION_DASHED,
                                          "employment_insurance_no": INSURED_DASHED}]}).encode()),
    ("staff.json", json.dumps({"staffName": "仲村 颯太", "pensionNumber": PENSION,
                               "employmentInsuranceNumber": INSURED}).encode()),
    ("shain.xml", f"<shain><nenkin_bango>{PENSION_DASHED}</nenkin_bango><koyo_hoken_bango>{INSURED_DASHED}"
                  "</koyo_hoken_bango></shain>".encode()),
    ("batch.conf", f"KISO_NENKIN={PENSION_DASHED}\nKOYOU_HOKEN_NO={INSURED_DASHED}\n".encode()),
    ("staff.csv", f"Name,Pension No.,EI No.\nNAKAMURA SOTA,{PENSION_DASHED},{INSURED_DASHED}\n".encode())])
def test_numbers_under_english_camel_or_romaji_keys(scanner, name, data):
    assert found(scanner, name, data, "BASIC_PENSION_NUMBER") == [PENSION]
    assert found(scanner, name, data, "EMPLOYMENT_INSURANCE_NUMBER") == [INSURED]


def test_numbers_split_in_cells_under_one_header(scanner):
    rows = [["社員名簿"], ["事業所名", "株式会社ヤマブキ"],
            ["氏名", "基礎年金番号", "", "雇用保険被保険者番号", "", ""],
            ["仲村 颯太", PENSION[:4], PENSION[4:], INSURED[:4], INSURED[4:10], INSURED[10]]]
    data = w.xlsx_bytes({"名簿": rows})
    assert found(scanner, "meibo.xlsx", data, "BASIC_PENSION_NUMBER") == [PENSION]
    assert found(scanner, "meibo.xlsx", data, "EMPLOYMENT_INSURANCE_NUMBER") == [INSURED]


def test_an_insurance_number_issued_at_a_former_workplace_is_the_persons(scanner):
    text = f"仲村さん：前職の会社で交付された雇用保険の番号は{INSURED_DASHED}。".encode()
    assert found(scanner, "memo.txt", text, "EMPLOYMENT_INSURANCE_NUMBER") == [INSURED]


@pytest.mark.parametrize("text", [
    f"株式会社ヤマブキ 雇用保険番号 {INSURED_DASHED}",
    f"適用事業所番号\t{INSURED_DASHED}",
    f"<table><tr><th>氏名</th><th>証券番号</th></tr><tr><td>仲村 颯太</td><td>{INSURED}</td></tr></table>"])
def test_no_insured_number_for_the_employers_nor_under_another_numbers_label(scanner, text):
    name = "page.html" if text.startswith("<") else "memo.txt"
    assert found(scanner, name, text.encode(), "EMPLOYMENT_INSURANCE_NUMBER") == []


def test_no_pension_number_under_another_numbers_column(scanner):
    page = ("<table><tr><th>契約者</th><th>保険証券番号</th><th>年金種別</th></tr>"
            f"<tr><td>仲村 颯太</td><td>{PENSION}</td><td>個人年金</td></tr></table>").encode()
    assert found(scanner, "policy.html", page, "BASIC_PENSION_NUMBER") == []


# --- bank accounts -----------------------------------------------------------------

@pytest.mark.parametrize("row", [
    f"0005,142,1,{ACCOUNT},NAKAMURA SOTA",
    f"三井住友銀行,梅田支店,普通,{ACCOUNT},NAKAMURA SOTA,250000",
    f"北洋銀行,札幌中央支店,{ACCOUNT},ﾅｶﾑﾗ ｿｳﾀ",
    f"城北信用金庫,本店営業部,当座,{ACCOUNT},ﾅｶﾑﾗ ｿｳﾀ"])
def test_an_account_told_by_its_row_without_a_header(scanner, row):
    data = (row + f"\n0001,201,1,{OTHER_ACCOUNT},AOKI RIN\n").encode("cp932")
    assert ACCOUNT in found(scanner, "furikomi.csv", data, "BANK_ACCOUNT")


@pytest.mark.parametrize("row", [
    f"S12,仲村 颯太,0005,142,{ACCOUNT}",  # codes without the kind between: no record of a transfer
    f"ひまわり商店,梅田店,1,{ACCOUNT}",  # a shop and its store, no bank nor branch
    f"1234,567,1,{ACCOUNT},2026"])  # codes and a kind, but no holder in the row: a table of figures
def test_no_account_from_a_row_that_is_no_transfer_record(scanner, row):
    assert found(scanner, "list.csv", (row + "\n").encode(), "BANK_ACCOUNT") == []


def test_a_fee_accounts_row_under_the_members_rows_is_the_organisations(scanner):
    rows = f"ひまわり銀行,駅前支店,普通,{ACCOUNT},ｱｵｷ ﾘﾝ\n組合費振込先,ひまわり銀行,駅前支店,普通,{OTHER_ACCOUNT},\n"
    assert found(scanner, "kumiai.csv", rows.encode("cp932"), "BANK_ACCOUNT") == [ACCOUNT]
    sheet = [["氏名", "銀行名", "支店名", "種別", "口座番号"], ["青木 凛", "ひまわり銀行", "駅前支店", "普通", ACCOUNT],
             ["科研費口座", "ひまわり銀行", "駅前支店", "普通", OTHER_ACCOUNT]]
    assert found(scanner, "sharei.xlsx", w.xlsx_bytes({"振込先": sheet}), "BANK_ACCOUNT") == [ACCOUNT]


@pytest.mark.parametrize("name,data", [
    ("staff.json", json.dumps({"name": "NAKAMURA SOTA", "bank_code": "0005", "account_no": ACCOUNT}).encode()),
    ("staff.json", json.dumps({"staffName": "仲村 颯太", "accountNumber": ACCOUNT}).encode()),
    ("batch.conf", f"SHAIN=NAKAMURA SOTA\nFURIKOMI_KOUZA={ACCOUNT}\n".encode()),
    ("host.ini", f"[FURIKOMI]\nKOZA_NO={ACCOUNT}\n".encode())])
def test_an_account_under_an_english_camel_or_romaji_key(scanner, name, data):
    assert found(scanner, name, data, "BANK_ACCOUNT") == [ACCOUNT]


def test_no_account_under_an_order_or_member_key(scanner):
    data = json.dumps({"order_no": ACCOUNT, "member_id": OTHER_ACCOUNT, "bank": "みずほ銀行"}).encode()
    assert found(scanner, "order.json", data, "BANK_ACCOUNT") == []


def test_accounts_at_lenders_that_are_no_bank_in_a_list_without_its_header(scanner):
    rows = [f"K-12,青木 凛,総務課,しらかば信用金庫,北口支店,普通,{ACCOUNT}",
            f"K-15,仲村 颯太,経理課,みなと労働金庫,本店営業部,当座,{OTHER_ACCOUNT}",
            "K-18,石井 航,営業課,しらかば信用金庫,北口支店,普通,5170342"]
    found_here = found(scanner, "shokuin.csv", "\r\n".join(rows).encode("cp932"), "BANK_ACCOUNT")
    assert found_here == sorted([ACCOUNT, OTHER_ACCOUNT, "5170342"])


def test_an_account_labelled_by_the_organisation_holding_it_is_the_organisations(scanner):
    clients = [["顧客番号", "氏名", "還付口座"], ["C-101", "青木 凛", f"ひまわり銀行 駅前支店 普通 {ACCOUNT}"]]
    office = [["事務所口座", f"当座 {OTHER_ACCOUNT}"], ["電話", "03-5555-0101"]]
    data = w.xlsx_bytes({"顧客": clients, "事務所": office})
    assert found(scanner, "kokyaku.xlsx", data, "BANK_ACCOUNT") == [ACCOUNT]


def test_a_key_value_rows_label_before_a_note_or_a_blank_cell(scanner):
    rows = f"基礎年金番号\t（ハイフンなし）\t{PENSION}\n雇用保険被保険者番号\t\t{INSURED}\n氏名\t（フリガナ）\t{PENSION[::-1]}\n"
    assert found(scanner, "todoke.tsv", rows.encode(), "BASIC_PENSION_NUMBER") == [PENSION]
    assert found(scanner, "todoke.tsv", rows.encode(), "EMPLOYMENT_INSURANCE_NUMBER") == [INSURED]


def test_an_english_bank_block(scanner):
    text = f"Bank: Shirakaba Bank\nBranch: Ekimae\nAccount: {ACCOUNT}\n"
    assert found(scanner, "payee.txt", text.encode(), "BANK_ACCOUNT") == [ACCOUNT]


def test_a_number_in_a_forms_name_column_is_no_name(scanner):
    data = _docx(["入社届"], [["氏名", "部署"], ["仲村 颯太", "総務"], ["基礎年金番号", "雇用保険被保険者番号"],
                              [PENSION_DASHED, INSURED_DASHED]])
    assert found(scanner, "nyusha.docx", data, "PERSON") == ["仲村颯太"]
    assert found(scanner, "nyusha.docx", data, "BASIC_PENSION_NUMBER") == [PENSION]


def test_an_account_whose_leading_zero_a_sheet_lost(scanner):
    under_header = [["氏名", "銀行名", "支店名", "種別", "口座番号"], ["青木 凛", "ひまわり銀行", "駅前支店", "普通", 482715]]
    assert found(scanner, "furikomi.xlsx", w.xlsx_bytes({"口座": under_header}), "BANK_ACCOUNT") == ["0482715"]
    rows = "ひまわり銀行,駅前支店,普通,482715,ｱｵｷ ﾘﾝ\nひまわり銀行,駅前支店,当座,1607342,ﾅｶﾑﾗ ｿｳﾀ\n"
    assert found(scanner, "furikomi.csv", rows.encode("cp932"), "BANK_ACCOUNT") == ["0482715", "1607342"]
