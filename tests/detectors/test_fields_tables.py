"""A column header or a field label as the only context (issue 12, classes 3-6),
through real files: a value under its header is found, the same value under a
look-alike's header (金額, 支店コード, 面談日, 事業所番号) is not. Synthetic values."""

import pytest

from samples import writers as w
from scanner.crawl import crawl

PERSON_ROW = ["山田 太郎"]


def _csv(rows: list[list[str]], encoding: str = "cp932") -> bytes:
    return "\r\n".join(",".join(row) for row in rows).encode(encoding)


def _found(scanner, tmp_path, name: str, data: bytes, entity: str) -> set[str]:
    """What the scanner finds of entity in this one file (in a folder of its own)."""
    folder = tmp_path / f"{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    (folder / name).write_bytes(data)
    values = set()
    for entry in crawl(folder):
        for record in scanner.scan_entry(entry).walk():
            values |= {f.value for f in record.findings if f.entity_type == entity}
    return values


def _column(header: str, value: str) -> list[list[str]]:
    return [["氏名", header], PERSON_ROW + [value]]


# (entity, column header, cell value, canonical value found or None)
COLUMNS = [
    # 3. bank accounts: the header alone, its abbreviations and English; amounts and codes beside them
    ("BANK_ACCOUNT", "口座番号", "0712345", "0712345"),
    ("BANK_ACCOUNT", "口座No", "7654321", "7654321"),
    ("BANK_ACCOUNT", "口座#", "7654321", "7654321"),
    ("BANK_ACCOUNT", "Account No.", "7654321", "7654321"),
    ("BANK_ACCOUNT", "口座番号", "12345671", "12345671"),  # ゆうちょ 番号 (8 digits, ends in 1)
    ("BANK_ACCOUNT", "口座番号", "１２３４５６７", "1234567"),
    ("BANK_ACCOUNT", "口座番号", "12345", "0012345"),  # a sheet's number that lost its leading zeros
    ("BANK_ACCOUNT", "振込金額", "1234567", None),
    ("BANK_ACCOUNT", "支店コード", "12345", None),
    ("BANK_ACCOUNT", "支店コード", "0011234", None),
    ("BANK_ACCOUNT", "社員番号", "2012345", None),
    ("BANK_ACCOUNT", "振込日", "20261021", None),
    # 4. postal codes without a hyphen; codes that are not postal codes
    ("POSTAL_CODE", "〒", "1500002", "1500002"),
    ("POSTAL_CODE", "郵便番号", "1500002", "1500002"),
    ("POSTAL_CODE", "郵便", "0600001", "0600001"),
    ("POSTAL_CODE", "ZIP", "1500002", "1500002"),
    ("POSTAL_CODE", "郵便番号", "600001", "0600001"),  # 060-0001 kept as a number
    ("POSTAL_CODE", "顧客コード", "1500002", None),
    ("POSTAL_CODE", "顧客コード", "600001", None),
    ("POSTAL_CODE", "会員番号", "1500002", None),
    # 4. phones without separators under their header; order numbers and amounts
    ("PHONE", "TEL", "0312345678", "+81312345678"),
    ("PHONE", "携帯", "09012345678", "+819012345678"),
    ("PHONE", "電話番号", "011(222)3333", "+81112223333"),
    ("PHONE", "伝票番号", "0312345678", None),
    ("PHONE", "注文番号", "09012345678", None),
    # 5. birth dates of a family table and of a host's export; other dates
    ("DATE_OF_BIRTH", "生年月日(YYYYMMDD)", "19850312", "1985-03-12"),
    ("DATE_OF_BIRTH", "生 年 月 日", "H20.5.3", "2008-05-03"),
    ("DATE_OF_BIRTH", "DOB", "2015/07/09", "2015-07-09"),
    ("DATE_OF_BIRTH", "資格取得日", "20261001", None),
    ("DATE_OF_BIRTH", "復職予定日", "2026/11/16", None),
    # 6. insurance and pension numbers with the header as the only context
    ("BASIC_PENSION_NUMBER", "基礎年金番号", "1234567890", "1234567890"),
    ("BASIC_PENSION_NUMBER", "Pension No.", "1234-567890", "1234567890"),
    ("EMPLOYMENT_INSURANCE_NUMBER", "雇保番号", "12345678901", "12345678901"),
    ("EMPLOYMENT_INSURANCE_NUMBER", "EI No.", "1234-567890-1", "12345678901"),
    ("EMPLOYMENT_INSURANCE_NUMBER", "適用事業所番号", "1234-567890-1", None),
    ("HEALTH_INSURANCE_NUMBER", "健康保険証 記号・番号", "01190103・123", "01190103123"),
    ("HEALTH_INSURANCE_NUMBER", "健保記号番号", "3051-42", "305142"),
    ("HEALTH_INSURANCE_NUMBER", "保険者No", "33120015", "33120015"),
    ("HEALTH_INSURANCE_NUMBER", "標準報酬月額", "280000", None),
    ("HEALTH_INSURANCE_NUMBER", "介護保険被保険者番号", "1234567890", "1234567890"),
    ("HEALTH_INSURANCE_NUMBER", "介護保険事業所番号", "1371234567", None),
    ("HEALTH_INSURANCE_NUMBER", "記号", "1234-56", None),  # a 記号 of what? no insurance word
    # the other identifiers: abbreviations and English headers
    ("MY_NUMBER", "個人No", "123456789018", "123456789018"),
    ("MY_NUMBER", "注文番号", "123456789018", None),
    ("DRIVERS_LICENSE", "Driving Licence No.", "459803358720", "459803358720"),
    ("DRIVERS_LICENSE", "運転免許", "459803358720", "459803358720"),
    ("RESIDENT_RECORD_CODE", "Resident Record Code", "12345678901", "12345678901"),
    # a host's labels in half-width katakana
    ("BANK_ACCOUNT", "ｺｳｻﾞNO", "1234567", "1234567"),
    ("DATE_OF_BIRTH", "ｾｲﾈﾝｶﾞｯﾋﾟ", "19850312", "1985-03-12"),
    ("POSTAL_CODE", "ﾕｳﾋﾞﾝ", "1500002", "1500002"),
    ("PHONE", "ﾃﾞﾝﾜ", "0312345678", "+81312345678"),
    ("BASIC_PENSION_NUMBER", "ﾈﾝｷﾝNO", "1234567890", "1234567890"),
]


@pytest.mark.slow
@pytest.mark.parametrize("entity, header, value, expected", COLUMNS)
def test_a_column_header_is_the_context_of_its_cells(scanner, tmp_path, entity, header, value, expected):
    found = _found(scanner, tmp_path, "一覧.csv", _csv(_column(header, value)), entity)
    assert found == ({expected} if expected else set())


@pytest.mark.slow
@pytest.mark.parametrize("header, value, expected", [
    ("Account No.", 7654321, "7654321"), ("口座番号", 1234567, "1234567"), ("口座番号", 12345, "0012345"),
    ("Amount", 1234567, None)])
def test_numbers_in_a_payroll_sheet(scanner, tmp_path, header, value, expected):
    rows = [["給与振込依頼明細"], [], ["Employee ID", "Name", "Bank", "Branch", header],
            ["S01234", "山田 太郎", "みずほ銀行", "新宿支店", value]]
    found = _found(scanner, tmp_path, "payroll.xlsx", w.xlsx_bytes({"振込": rows}), "BANK_ACCOUNT")
    assert found == ({expected} if expected else set())


@pytest.mark.slow
def test_an_account_form_with_the_holder_in_kana_after_it(scanner, tmp_path):
    """`口座名義(カナ)` after the number is a label, not a company's `(カ`."""
    rows = [["氏名", "山田 太郎"], ["金融機関名", "静岡銀行"], ["支店名", "錦糸町支店"], ["預金種目", "普通預金"],
            ["口座No", "2819063"], ["口座名義（カナ）", "ﾔﾏﾀﾞ ﾀﾛｳ"]]
    w.write_docx(tmp_path / "口座届.docx", ["給与振込口座届"], rows)
    assert _found(scanner, tmp_path, "口座届.docx", (tmp_path / "口座届.docx").read_bytes(), "BANK_ACCOUNT") \
        == {"2819063"}


@pytest.mark.slow
def test_a_company_account_stays_out(scanner, tmp_path):
    rows = [["委託者名", "ｶ)ｻﾝﾌﾟﾙｼｮｳｼﾞ"], ["口座番号", "1234567　（当社口座）"]]
    assert _found(scanner, tmp_path, "header.csv", _csv(rows), "BANK_ACCOUNT") == set()


@pytest.mark.slow
def test_family_birth_dates_and_dates_that_are_not_births(scanner, tmp_path):
    family = [["続柄", "氏名", "生年月日", "扶養開始日"], ["妻", "山田 花子", "昭和58年2月11日", "2026/04/01"],
              ["長男", "山田 一郎", "H20.5.3", ""], ["母", "山田 幸子", "1952/10/20", "令和8年4月1日"]]
    interview = ["面談記録", "面談日：2026/10/5", "入社日：2014/4/1", "復職予定日：2026年11月5日",
                 "次回面談：令和8年12月22日　提出日：R8.10.30"]
    w.write_docx(tmp_path / "身上書.docx", ["身上書", "氏名　山田 太郎"], family)
    w.write_docx(tmp_path / "面談.docx", interview)
    assert _found(scanner, tmp_path, "身上書.docx", (tmp_path / "身上書.docx").read_bytes(), "DATE_OF_BIRTH") \
        == {"1983-02-11", "2008-05-03", "1952-10-20"}
    assert _found(scanner, tmp_path, "面談.docx", (tmp_path / "面談.docx").read_bytes(), "DATE_OF_BIRTH") == set()


@pytest.mark.slow
def test_a_key_value_block_above_a_table(scanner, tmp_path):
    """扶養控除等申告書: the employee's own 氏名 | … | 生年月日 | … | 個人番号 | … row stands above
    the dependants' table, whose first column repeats 控除対象扶養親族."""
    rows = [["給与所得者の扶養控除等（異動）申告書", "", "令和9年分"],
            ["氏名", "山田 太郎", "生年月日", "1972-04-08", "個人番号", "123456789018"], [],
            ["区分", "氏名", "続柄", "生年月日", "個人番号"],
            ["控除対象扶養親族", "山田 一郎", "長男", "2005-06-10", "176749365367"],
            ["控除対象扶養親族", "山田 次郎", "次男", "2008-01-20", "861564985029"]]
    data = w.xlsx_bytes({"申告書": rows})
    assert _found(scanner, tmp_path, "fuyou.xlsx", data, "MY_NUMBER") == {"123456789018", "176749365367",
                                                                           "861564985029"}
    assert _found(scanner, tmp_path, "fuyou.xlsx", data, "DATE_OF_BIRTH") == {"1972-04-08", "2005-06-10",
                                                                               "2008-01-20"}
    assert not _found(scanner, tmp_path, "fuyou.xlsx", data, "PERSON") & {"生年月日", "個人番号"}


@pytest.mark.slow
def test_insurance_numbers_in_a_mail_attachment(scanner, tmp_path):
    rows = [["社員番号", "氏名", "基礎年金番号", "雇用保険被保険者番号", "適用事業所番号"],
            ["2012345", "山田 太郎", "1234567890", "12345678901", "1301-123456-1"]]
    mail = w.make_eml("資格取得届", "jinji@example.co.jp", "office@example.jp", "対象者の一覧を添付します。",
                      attachments=[("取得者一覧.csv", _csv(rows))])
    assert _found(scanner, tmp_path, "mail.eml", mail, "BASIC_PENSION_NUMBER") == {"1234567890"}
    assert _found(scanner, tmp_path, "mail.eml", mail, "EMPLOYMENT_INSURANCE_NUMBER") == {"12345678901"}


HOST_EXPORT = "\r\n".join([
    "社員番号  氏名            生年月日  基礎年金番号  雇用保険番号  電話番号      資格取得日",
    "2394911   中村　裕子      19791205  6844558419    57083409839   0312345678    20100401",
    "1533656   高橋　煌星      20020125  0346842034    07641524977   09012345678   20140401",
])


@pytest.mark.slow
@pytest.mark.parametrize("entity, expected", [
    ("BASIC_PENSION_NUMBER", {"6844558419", "0346842034"}), ("EMPLOYMENT_INSURANCE_NUMBER", {"57083409839", "07641524977"}),
    ("DATE_OF_BIRTH", {"1979-12-05", "2002-01-25"}), ("PHONE", {"+81312345678", "+819012345678"})])
def test_a_fixed_width_host_export_under_a_header(scanner, tmp_path, entity, expected):
    assert _found(scanner, tmp_path, "HOKEN.TXT", HOST_EXPORT.encode("cp932"), entity) == expected


HEADERLESS = [["00000001", "ﾔﾏﾀﾞ ﾀﾛｳ", "1500002", "東京都渋谷区渋谷2-1-1", "0312345678", "20261016", "0001205655"],
              ["00000002", "ｽｽﾞｷ ﾊﾅｺ", "5300001", "大阪府大阪市北区梅田3-1-1 サンハイツ101号室", "09012345678", "20260901", "0000979232"]]


@pytest.mark.slow
@pytest.mark.parametrize("entity, expected", [
    ("POSTAL_CODE", {"1500002", "5300001"}), ("PHONE", {"+81312345678", "+819012345678"}),
    ("DATE_OF_BIRTH", set())])
def test_a_headerless_export_postal_codes_before_addresses_and_phones_on_their_lines(scanner, tmp_path, entity,
                                                                                      expected):
    assert _found(scanner, tmp_path, "kokyaku.csv", _csv(HEADERLESS), entity) == expected
    fixed = "\r\n".join("  ".join(row) for row in HEADERLESS).encode("cp932")
    assert _found(scanner, tmp_path, "KOKYAKU.TXT", fixed, entity) == expected


@pytest.mark.slow
def test_a_katakana_name_is_no_label(scanner, tmp_path):
    """コウザキ (a surname) is not ｺｳｻﾞ (口座): the number after it is no account."""
    rows = [["コウザキ タロウ", "1234567", "2026/10/01"], ["コウザキ ハナコ", "7654321", "2026/10/02"]]
    assert _found(scanner, tmp_path, "list.csv", _csv(rows), "BANK_ACCOUNT") == set()


@pytest.mark.slow
def test_look_alikes_of_host_exports_stay_out(scanner, tmp_path):
    """The postal-code master (no person), slip numbers, dates and zero-padded amounts."""
    ken_all = [["13113", '"150  "', '"1500002"', '"ﾄｳｷｮｳﾄ"', '"ｼﾌﾞﾔｸ"', '"ｼﾌﾞﾔ"', '"東京都"', '"渋谷区"', '"渋谷"', "0"]]
    sales = "\r\n".join(["0005161130 20260926 3876634 A400297   00823 0008772718 75347"] * 3)
    for entity in ("POSTAL_CODE", "PHONE", "BANK_ACCOUNT", "DATE_OF_BIRTH", "MY_NUMBER"):
        assert _found(scanner, tmp_path, "KEN_ALL.CSV", _csv(ken_all), entity) == set(), entity
        assert _found(scanner, tmp_path, "URIAGE.TXT", sales.encode("cp932"), entity) == set(), entity
