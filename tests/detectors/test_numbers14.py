"""Issue 12, numbers14: a person's 基礎年金番号 and 雇用保険被保険者番号 wherever an export
puts them — a headerless row or a roster printed to PDF holding both shapes, a key of its
own (ei_no, EmpInsNo), a merged header over sub-headers that name numbers, the parts of a
number under 記号 | 番号, an insured number written 1234 567890 1 — never an employer's
(事業所番号 beside a free dial); and a residence card under a column that names both
documents, never read as a passport's digits. The real GiNZA detector and scanner;
made-up people and numbers."""

import pytest
from openpyxl import Workbook

from samples import writers as w
from scanner.crawl import crawl

PENSION, INSURED = "1234-567890", "2345-678901-2"
CARD = "AB12345678CD"


def _found(detector, text, entity):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == entity)


def _scanned(scanner, folder, entity) -> set[str]:
    return {f.value for entry in crawl(folder) for record in scanner.scan_entry(entry).walk()
            for f in record.findings if f.entity_type == entity}


@pytest.mark.parametrize("text", [
    f"1001,高木 健二,タカギ ケンジ,1980/04/01,{PENSION},{INSURED},2019/04/01",
    f"高木 健二 {PENSION} {INSURED} 2022/10/01",
    f"01 | 宮本 修一 | {PENSION} | {INSURED} | 第二倉庫"])
def test_a_persons_row_of_both_numbers_with_no_label(detector, text):
    assert _found(detector, text, "BASIC_PENSION_NUMBER") == ["1234567890"]
    assert _found(detector, text, "EMPLOYMENT_INSURANCE_NUMBER") == ["23456789012"]


@pytest.mark.parametrize("text", [
    f"本社事業所,{INSURED},0120-123456,東京",  # an employer's row
    f"九州工場,{INSURED},0120-123456,福岡",  # a site's row: its 4-6 number is a free dial
    f"1001,高木 健二,{PENSION},{PENSION.replace('1', '3')},2019/04/01"])  # two of one shape: no pair
def test_no_pair_in_an_employers_row_nor_beside_a_free_dial(detector, text):
    assert _found(detector, text, "EMPLOYMENT_INSURANCE_NUMBER") == []
    assert _found(detector, text, "BASIC_PENSION_NUMBER") == []


@pytest.mark.parametrize("text", [
    f'{{"name":"高木 健二"\t"ei_no":"{INSURED}"}}', f'{{"name":"高木 健二"\t"emp_ins_no":"{INSURED}"}}',
    f"氏名: 高木 健二\t\tEmpInsNo 雇用保険番号: {INSURED}", f"雇用保険被保険者番号: 2345 678901 2"])
def test_an_insured_number_under_a_key_of_its_own_or_spaced(detector, text):
    assert _found(detector, text, "EMPLOYMENT_INSURANCE_NUMBER") == ["23456789012"]


def test_a_phone_under_a_pension_offices_key_is_no_pension_number(detector):
    assert _found(detector, "年金事務所電話番号: 0312345678", "BASIC_PENSION_NUMBER") == []


def test_a_merged_header_over_sub_headers_that_name_numbers(scanner, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["社員番号", "氏名", "社会保険", None])
    sheet.merge_cells("C1:D1")
    sheet.append([None, None, "基礎年金番号", "雇用保険番号"])
    sheet.append(["A100", "高木 健二", "1234 567890", "2345-678901-2"])
    book.save(tmp_path / "社員台帳.xlsx")
    assert _scanned(scanner, tmp_path, "BASIC_PENSION_NUMBER") == {"1234567890"}
    assert _scanned(scanner, tmp_path, "EMPLOYMENT_INSURANCE_NUMBER") == {"23456789012"}


def test_a_pension_numbers_parts_under_a_sub_header_each(scanner, tmp_path):
    w.write_xlsx(tmp_path / "年金.xlsx", {"S": [["氏名", "年金手帳", "", "入社日"], ["", "記号", "番号", ""],
                                               ["高木 健二", "1234", "567890", "2024/04/01"]]})
    assert _scanned(scanner, tmp_path, "BASIC_PENSION_NUMBER") == {"1234567890"}


def test_a_roster_printed_to_pdf(scanner, tmp_path):
    w.write_pdf(tmp_path / "名簿.pdf", [["社会保険加入者名簿", "氏名 基礎年金番号 雇用保険被保険者番号",
                                        f"高木 健二 {PENSION} {INSURED}", "松尾 奈々 3456-789012 4567-890123-4"]])
    assert _scanned(scanner, tmp_path, "BASIC_PENSION_NUMBER") == {"1234567890", "3456789012"}
    assert _scanned(scanner, tmp_path, "EMPLOYMENT_INSURANCE_NUMBER") == {"23456789012", "45678901234"}


@pytest.mark.parametrize("card", [CARD, "ＡＢ１２３４５６７８ＣＤ", CARD.lower()])
def test_a_card_under_a_column_naming_both_documents_is_no_passport(scanner, tmp_path, card):
    (tmp_path / "外国人.csv").write_text(f"氏名,国籍,在留カード/旅券番号,在留資格\nWANG FANG,中国,{card},永住者\n"
                                        "SANTOS MARK,フィリピン,E1234567,定住者\n", encoding="utf-8")
    assert _scanned(scanner, tmp_path, "RESIDENCE_CARD") == {CARD}
    assert _scanned(scanner, tmp_path, "PASSPORT") == {"E1234567"}


@pytest.mark.parametrize("text", [
    f"【厚生年金保険】\n被保険者番号：{PENSION}\n【雇用保険】\n被保険者番号：{INSURED}",
    f"■雇用保険\n被保険者番号 {INSURED}\n■国民年金\n被保険者番号 {PENSION}"])
def test_a_bare_insured_number_is_the_one_its_sections_heading_names(detector, text):
    assert _found(detector, text, "BASIC_PENSION_NUMBER") == ["1234567890"]
    assert _found(detector, text, "EMPLOYMENT_INSURANCE_NUMBER") == ["23456789012"]
    assert _found(detector, text, "HEALTH_INSURANCE_NUMBER") == []


def test_a_bare_insured_number_under_a_health_insurance_heading_stays_the_cards(detector):
    assert _found(detector, "【健康保険】\n被保険者番号：12345678", "HEALTH_INSURANCE_NUMBER") == ["12345678"]


def test_the_employers_number_repeated_on_every_row_of_a_headerless_export(detector):
    text = f"5012-345678-9,1001,高木 健二,{PENSION},{INSURED}\n5012-345678-9,1002,松尾 奈々,3456-789012,4567-890123-4"
    assert _found(detector, text, "EMPLOYMENT_INSURANCE_NUMBER") == ["23456789012", "45678901234"]
    assert _found(detector, text, "BASIC_PENSION_NUMBER") == ["1234567890", "3456789012"]
