"""Identity documents' numbers in a headerless record's column (hostids17): a second-hand
dealer's, a pawnshop's or a hotel's 本人確認記録 written by a host or as a CSV without its
header, one column holding whichever document was shown (licence, residence card,
passport), told by the column's shapes or by a column naming each record's document; and
what stays untyped (order numbers, SKUs, passports' shape alone). Made-up people; the
licences pass the commission code and the check digit."""

import pytest

from detectors.columns import column_labels
from detectors.columns.identity import CARD, IDENTITY_LABEL, KIND_LABEL, LICENCE, PASSPORT, cell_labels, shape_label
from tests.scanner.test_bare_exports import _findings

NAMES = ["大槻　弘毅", "千早　詩織", "李　俊傑", "グエン　ヴァン　アン", "目黒　篤志", "羽生　菜摘", "王　芳",
         "倉持　拓真"]
BIRTHS = ["19741103", "19880517", "19950226", "19990730", "19630912", "20010408", "19921114", "19570321"]
# a licence, a residence card, a passport (Japanese), another country's passport
DOCUMENTS = ["301520471810", "440861773390", "KQ40718263FX", "WE55302918BN", "521109345640", "TR4051827",
             "E31907264", "631992714090"]
KINDS = ["運転免許証", "運転免許証", "在留カード", "在留カード", "運転免許証", "パスポート", "パスポート", "運転免許証"]
LICENCES_ONLY = ["301520471810", "440861773390", "521109345640", "631992714090", "700246813500", "811435790260",
                 "902011234520", "121234567830"]
ORDER_NUMBERS = ["202611300041", "202611300187", "202612010023", "202612010311", "202612020078", "202612030102",
                 "202612030559", "202612040007"]
SKUS = ["TR4051827", "KD2290341", "MX7713020", "TR4051828", "PB0062114", "KD2290355", "MX7713099", "PB0062190"]


def _columns(*fields):
    return dict(enumerate(fields))


def _serials():
    return [f"{n:06d}" for n in range(301, 301 + len(NAMES))]


def test_each_value_is_told_by_its_own_shape():
    assert shape_label("301520471810") == LICENCE and shape_label("3015-2047-1810") == LICENCE
    assert shape_label("301520471820") is None  # the check digit fails
    assert shape_label("KQ40718263FX") == CARD and shape_label("ＴＲ４０５１８２７") == PASSPORT
    assert shape_label("E31907264") is None  # another country's: only in a column told to be documents'


def test_a_column_mixing_licences_cards_and_passports_is_typed_and_each_record_labelled():
    labels = column_labels(_columns(_serials(), NAMES, BIRTHS, DOCUMENTS))
    assert labels[3] == IDENTITY_LABEL
    own = [cell_labels(labels, [(3, value)])[3] for value in DOCUMENTS]
    assert own == [LICENCE, LICENCE, CARD, CARD, LICENCE, PASSPORT, PASSPORT, LICENCE]


def test_a_column_of_licences_passing_both_checks_is_typed():
    assert column_labels(_columns(_serials(), NAMES, BIRTHS, LICENCES_ONLY))[3] == IDENTITY_LABEL


def test_twelve_digit_order_numbers_and_skus_in_a_persons_records_stay_untyped():
    assert 3 not in column_labels(_columns(_serials(), NAMES, BIRTHS, ORDER_NUMBERS))
    assert 3 not in column_labels(_columns(_serials(), NAMES, BIRTHS, SKUS))  # a passport's shape alone


def test_a_column_naming_each_document_tells_a_number_whose_shape_does_not():
    documents = DOCUMENTS[:7] + ["631992714080"]  # the last licence's check digit fails
    labels = column_labels(_columns(_serials(), NAMES, BIRTHS, KINDS, documents))
    assert labels[3] == KIND_LABEL and labels[4] == IDENTITY_LABEL
    assert cell_labels(labels, [(3, "運転免許証"), (4, "631992714080")])[4] == LICENCE
    assert cell_labels(labels, [(3, "在留カード"), (4, "631992714080")])[4] == IDENTITY_LABEL  # kind and shape differ


def test_a_hosts_letter_codes_name_the_documents():
    codes = [{"運転免許証": "DL", "在留カード": "RC", "パスポート": "PP"}[kind] for kind in KINDS]
    labels = column_labels(_columns(_serials(), NAMES, BIRTHS, codes, DOCUMENTS))
    assert labels[3] == KIND_LABEL and labels[4] == IDENTITY_LABEL


def test_passports_alone_are_typed_where_a_column_names_them():
    passports = ["TR4051827", "TK1190356", "MZ0837712", "TS6624019", "E31907264", "G40128873", "TR2278540",
                 "MU5530187"]
    kinds = ["旅券"] * len(passports)
    labels = column_labels(_columns(_serials(), NAMES, BIRTHS, kinds, passports))
    assert labels[4] == IDENTITY_LABEL
    assert cell_labels(labels, [(3, "旅券"), (4, "G40128873")])[4] == PASSPORT


# --- through the scanner ------------------------------------------------------------------------

def _fit(value: str, width: int) -> str:
    return value + " " * (width - len(value.encode("cp932")))


def _fixed_width(fields) -> bytes:
    widths = (8, 24, 10, 14, 14)
    lines = ["古物台帳 本人確認 抽出 2026/11/30"] + [
        "".join(_fit(value, width) for value, width in zip(record, widths)) for record in zip(*fields)]
    return "\r\n".join(lines).encode("cp932")


PHONES = ["090-2231-4875", "080-6612-0937", "070-3381-2274", "090-7710-5526", "080-1193-6640", "090-4458-3012",
          "070-9926-1183", "080-5547-2290"]


def test_a_fixed_width_check_record_s_documents_are_found(scanner, tmp_path):
    found = _findings(scanner, tmp_path, "KOBUTSU.DAT", _fixed_width([_serials(), NAMES, BIRTHS, DOCUMENTS, PHONES]))
    assert set(found.get("DRIVERS_LICENSE", {})) == {d for d in DOCUMENTS if d.isdigit()}
    assert set(found.get("RESIDENCE_CARD", {})) == {"KQ40718263FX", "WE55302918BN"}
    assert set(found.get("PASSPORT", {})) == {"TR4051827", "E31907264"}


def test_a_headerless_csv_with_the_kind_in_words(scanner, tmp_path):
    rows = [",".join(row) for row in zip(_serials(), [n.replace("\u3000", " ") for n in NAMES], BIRTHS, KINDS,
                                         DOCUMENTS)]
    found = _findings(scanner, tmp_path, "checkin.csv", "\r\n".join(rows).encode("utf-8"))
    assert set(found.get("DRIVERS_LICENSE", {})) == {d for d in DOCUMENTS if d.isdigit()}
    assert set(found.get("PASSPORT", {})) == {"TR4051827", "E31907264"}


@pytest.mark.parametrize("numbers", [ORDER_NUMBERS, SKUS])
def test_a_persons_order_numbers_are_nobodys_document(scanner, tmp_path, numbers):
    found = _findings(scanner, tmp_path, "ORDERS.DAT", _fixed_width([_serials(), NAMES, BIRTHS, numbers, PHONES]))
    assert not found.get("DRIVERS_LICENSE") and not found.get("PASSPORT")


def test_a_hosts_number_codes_agreeing_with_the_shapes_tell_a_column_with_other_documents():
    """01 licence, 02 residence card, 03 passport, 09 a health insurance card (8 digits, no
    shape of ours): too many unshaped numbers for the shapes alone, the codes agree with them."""
    codes = ["01", "01", "02", "02", "01", "03", "09", "01", "09", "02"]
    numbers = ["301520471810", "440861773390", "KQ40718263FX", "WE55302918BN", "521109345640", "TR4051827",
               "31740226", "631992714090", "20581163", "HZ80031275QC"]
    columns = _columns(_serials() + ["000309", "000310"], NAMES + ["目黒　篤志", "千早　詩織"],
                       BIRTHS + ["19811205", "19660118"], codes, numbers)
    labels = column_labels(columns)
    assert labels[4] == IDENTITY_LABEL and labels[3] == KIND_LABEL
    assert cell_labels(labels, [(3, "09"), (4, "31740226")])[4] == IDENTITY_LABEL


def test_a_category_code_beside_one_shape_says_nothing():
    categories = ["A", "B", "A", "B", "A", "B", "A", "B"]
    assert 4 not in column_labels(_columns(_serials(), NAMES, BIRTHS, categories, SKUS))


RESIDENTS = ["ｱﾏﾗ ｼﾞｮｾ", "ﾄﾞｩｵﾝ ﾐﾝ ﾁｭｳ", "ｶﾞﾝﾊﾞﾀｰﾙ ｵﾕﾝ", "ﾌﾟﾗｻｰﾄﾞ ﾋﾞｼｭﾇ", "ｿﾌｨｱ ﾚｲｴｽ", "ﾁｬﾝ ﾃｨ ﾎｱ"]
CARDS = ["QB31840276LM", "ZD70218354KT", "HU55902817AW", "MC02749183PE", "RX66013925JN", "FL18472630DY"]


def test_residence_cards_alone_beside_births_make_records_peoples_and_stay_one_field(scanner, tmp_path):
    """Names in half-width kana that no list holds: the cards themselves say the records are
    people's; their letters after eight digits in every record are no field of their own."""
    lines = [f"{201 + n:<6d}" + _fit(name, 22) + born + "  " + card + "  " + f"0{8 - n % 2}0{n}7{n}3{n}9{n}1{n}"
             for n, (name, born, card) in enumerate(zip(RESIDENTS, BIRTHS, CARDS))]
    found = _findings(scanner, tmp_path, "DORM.DAT", "\r\n".join(lines).encode("cp932"))
    assert set(found.get("RESIDENCE_CARD", {})) == set(CARDS)


def test_serials_of_a_cards_shape_with_no_birth_or_phone_are_nobodys(scanner, tmp_path):
    lines = [f"{card}  {count:>4d}  棚{shelf:02d}" for card, count, shelf in zip(CARDS, (12, 3, 40, 7, 1, 22), range(6))]
    found = _findings(scanner, tmp_path, "STOCK.TXT", "\n".join(lines).encode("cp932"))
    assert not found.get("RESIDENCE_CARD")


def test_a_kind_word_left_of_a_birth_is_no_label_of_it(scanner, tmp_path):
    rows = ["\t".join(row) for row in zip(_serials(), NAMES, KINDS, DOCUMENTS, BIRTHS)]
    found = _findings(scanner, tmp_path, "kyc.tsv", "\r\n".join(rows).encode("cp932"))
    assert set(found.get("PASSPORT", {})) == {"TR4051827", "E31907264"}


# --- under a header that names no document ---------------------------------------------------

def _sheet_bytes(rows) -> bytes:
    import io

    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_generic_documents_header_over_mixed_documents_in_a_sheet(scanner, tmp_path):
    rows = [["受付No.", "お名前", "生年月日", "確認書類番号"]] + [
        [serial, name, born, number] for serial, name, born, number in zip(_serials(), NAMES, BIRTHS, DOCUMENTS)]
    found = _findings(scanner, tmp_path, "uketsuke.xlsx", _sheet_bytes(rows))
    assert set(found.get("DRIVERS_LICENSE", {})) == {d for d in DOCUMENTS if d.isdigit()}
    assert set(found.get("RESIDENCE_CARD", {})) == {"KQ40718263FX", "WE55302918BN"}
    assert set(found.get("PASSPORT", {})) == {"TR4051827", "E31907264"}


def test_a_bare_number_header_over_order_numbers_is_no_documents(scanner, tmp_path):
    rows = ["番号,氏名,生年月日"] + [",".join(row) for row in zip(ORDER_NUMBERS, NAMES, BIRTHS)]
    found = _findings(scanner, tmp_path, "orders.csv", "\r\n".join(rows).encode("utf-8"))
    assert not found.get("DRIVERS_LICENSE") and not found.get("PASSPORT")


def test_passports_alone_under_a_header_of_identity_documents(scanner, tmp_path):
    passports = ["TR4051827", "TK1190356", "MZ0837712", "TS6624019", "MU5530187", "TR2278540"]
    rows = ["宿泊日,お名前,本人確認書類番号"] + [f"2026/11/2{n},{name.replace(chr(0x3000), ' ')},{number}"
                                            for n, (name, number) in enumerate(zip(NAMES, passports))]
    found = _findings(scanner, tmp_path, "shukuhaku.csv", "\r\n".join(rows).encode("utf-8"))
    assert set(found.get("PASSPORT", {})) == set(passports)
    rows[0] = "宿泊日,お名前,番号"  # a bare 番号 over codes of a passport's shape: booking codes as likely
    found = _findings(scanner, tmp_path, "bookings.csv", "\r\n".join(rows).encode("utf-8"))
    assert not found.get("PASSPORT")
