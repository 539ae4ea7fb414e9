"""A headerless host export's postal codes, phones and bank accounts told by the
record's shape (hostexport16): bare landlines by the numbering plan, 7-digit postal
codes by the prefecture the landline's area code names, accounts after a transfer's
fields or as the record's one other 7-digit field after the postal code; the same
fields packed into one run of digits. Exports made up here: CP932 fixed width,
full- or half-width kana names, a header and a trailer record; made-up people."""

import pytest

from detectors.columns import column_labels
from detectors.columns.digit_runs import digit_run_cuts
from detectors.columns.phones import landline_prefectures, phone_columns
from tests.scanner.test_bare_exports import _findings

# kana name, birth, postal code, landline (its area code in the code's prefecture), bank, branch, type, account
PEOPLE = [
    ("ササキ　マサヒロ", "19720514", "3900874", "0263451287", "0005", "318", "1", "0412876"),
    ("モリタ　アヤノ", "19850302", "4200853", "0542719035", "0009", "127", "1", "2290341"),
    ("ヒラノ　ケンタ", "19631120", "9800021", "0222648813", "0001", "045", "2", "7714029"),
    ("クドウ　ミユキ", "19991008", "7600017", "0878516624", "0010", "502", "1", "0028713"),
    ("アラキ　ノボル", "19580717", "0200021", "0196539021", "0005", "611", "4", "5561083"),
    ("ミヤケ　サトミ", "19770228", "8500031", "0958276410", "0157", "203", "1", "3306924"),
    ("ツチヤ　ユウジ", "19690611", "5008833", "0582634417", "0009", "781", "1", "6617250"),
    ("ホシノ　エミ", "19920125", "0600042", "0112319876", "0001", "911", "1", "1958832"),
]
MOBILES = ["09027314458", "08061927703", "07012448391", "09083310276", "08027716654", "09036624518",
           "07081235567", "08094402713"]
HALF = {"ササキ": "ｻｻｷ", "マサヒロ": "ﾏｻﾋﾛ", "モリタ": "ﾓﾘﾀ", "アヤノ": "ｱﾔﾉ", "ヒラノ": "ﾋﾗﾉ", "ケンタ": "ｹﾝﾀ",
        "クドウ": "ｸﾄﾞｳ", "ミユキ": "ﾐﾕｷ", "アラキ": "ｱﾗｷ", "ノボル": "ﾉﾎﾞﾙ", "ミヤケ": "ﾐﾔｹ", "サトミ": "ｻﾄﾐ",
        "ツチヤ": "ﾂﾁﾔ", "ユウジ": "ﾕｳｼﾞ", "ホシノ": "ﾎｼﾉ", "エミ": "ｴﾐ"}


def _fit(value: str, width: int) -> str:
    return value + " " * (width - len(value.encode("cp932")))


def _half(name: str) -> str:
    return " ".join(HALF[part] for part in name.split("\u3000"))


def _columns(*fields: list[str]) -> dict[int, list[str]]:
    return dict(enumerate(fields))


def _field(index: int) -> list[str]:
    return [p[index] for p in PEOPLE]


def _serials(start: int = 1) -> list[str]:
    return [f"{n:06d}" for n in range(start, start + len(PEOPLE))]


# --- the column typing -----------------------------------------------------------------------

def test_a_landlines_area_code_names_the_prefectures_it_reaches():
    assert landline_prefectures("0263451287") == {"長野県"}
    assert "神奈川県" in landline_prefectures("0427551234") and "東京都" in landline_prefectures("0427551234")
    assert landline_prefectures("09027314458") == frozenset()  # a mobile names no place


def test_postal_codes_that_agree_with_the_landlines_and_the_account_after_them_are_typed():
    labels = column_labels(_columns(_serials(), _field(0), _field(1), _field(2), _field(3), _field(7)))
    assert labels == {1: "氏名(カナ)", 2: "生年月日", 3: "郵便番号", 4: "電話番号", 5: "口座番号"}


def test_fields_in_another_order_are_typed_by_the_same_evidence():
    labels = column_labels(_columns(_field(7), _field(3), _serials(), _field(0), _field(2), _field(1)))
    # the account before the name stays untyped: a record's key comes there
    assert labels == {1: "電話番号", 3: "氏名(カナ)", 4: "郵便番号", 5: "生年月日"}


def test_an_account_after_the_fields_of_a_transfer_is_typed_without_a_postal_code():
    labels = column_labels(_columns(_serials(), _field(0), _field(1), _field(4), _field(5), _field(6), _field(7)))
    assert labels[6] == "口座番号" and 3 not in labels and 4 not in labels


def test_with_mobiles_only_a_postal_code_and_an_account_are_not_told_apart():
    labels = column_labels(_columns(_serials(), _field(0), _field(1), _field(2), MOBILES, _field(7)))
    assert labels == {1: "氏名(カナ)", 2: "生年月日", 4: "電話番号"}


def test_codes_that_agree_with_no_landline_are_no_postal_codes():
    codes = ["1234567", "7654321", "3141592", "2718281", "1618033", "1414213", "1732050", "2236067"]
    labels = column_labels(_columns(_serials(), _field(0), codes, _field(3)))
    assert 2 not in labels


@pytest.mark.parametrize("numbers", [
    [f"0{n:09d}" for n in range(312000001, 312000009)],  # a code zero-padded to ten digits, counting up
    ["0120456789", "0120334411", "0120778812", "0120991023", "0120662211", "0120118834", "0120557790", "0120443388"],
])
def test_serial_codes_and_free_dials_are_no_phones(numbers):
    assert phone_columns({0: numbers}) == set()


def test_phones_in_a_table_about_no_one_are_not_typed():
    suppliers = ["ミドリ商事", "アサヒ物産", "ハナダ工業", "キタ精機", "ミナミ産業", "ヒガシ電機", "ニシ化成", "ナカ印刷"]
    assert column_labels(_columns(_serials(), suppliers, _field(2), _field(3), _field(7))) == {}


# --- runs of digits ----------------------------------------------------------------------------

def test_a_postal_code_in_a_run_is_cut_by_the_landline_in_the_same_run():
    runs = ["".join(p[1:4]) for p in PEOPLE]  # birth, postal code, landline; the record names no address
    assert digit_run_cuts(runs, [None] * len(runs)) == [8, 15, 25]


def test_the_fields_of_a_transfer_in_one_run_are_cut_apart():
    runs = ["".join(p[4:8]) for p in PEOPLE]
    assert digit_run_cuts(runs, [None] * len(runs)) == [4, 7, 8, 15]


def test_a_run_of_fifteen_digits_without_a_deposit_type_stays_whole():
    runs = [f"{5318000 + n * 7919}7{6620000 + n * 3187}" for n in range(1, 9)]  # a type of 7: none of 全銀's
    assert digit_run_cuts(runs, [None] * len(runs)) == []


# --- exports through the scanner ---------------------------------------------------------------

def _full_width_export() -> bytes:
    """Serial, full-width kana name, birth, postal code, landline, account; a header and a trailer."""
    lines = ["H" + _fit("20261130 KAIIN", 70)]
    lines += [f"D{n:05d} " + _fit(p[0], 22) + f"{p[1]} {p[2]} {p[3]} {p[7]}   " for n, p in enumerate(PEOPLE, 1)]
    lines.append("T" + _fit(f"{len(PEOPLE):08d}", 70))
    return ("\r\n".join(lines) + "\r\n").encode("cp932")


def _half_width_export() -> bytes:
    """Half-width kana name, sex, birth, landline, postal code, then bank, branch, type, account spaced."""
    return ("\r\n".join(f"{n:07d}" + _fit(_half(p[0]), 16) + "1" + p[1] + "  " + p[3] + "  " + p[2] + "  "
                        + " ".join(p[4:8]) for n, p in enumerate(PEOPLE, 1)) + "\r\n").encode("cp932")


def _packed_export() -> bytes:
    """Name, then birth, postal code, landline, bank, branch, type and account as one run."""
    return ("\n".join(f"{n:05d}  " + _fit(_half(p[0]), 16) + "".join(p[1:8]) for n, p in enumerate(PEOPLE, 1))
            + "\n").encode("cp932")


@pytest.mark.parametrize("name, data", [("KAIIN.DAT", _full_width_export()), ("KYUYO.TXT", _half_width_export()),
                                        ("FURIKOMI.DAT", _packed_export())])
def test_postal_codes_phones_and_accounts_of_a_headerless_export_are_found(scanner, tmp_path, name, data):
    found = _findings(scanner, tmp_path, name, data)
    assert set(found.get("POSTAL_CODE", {})) == set(_field(2))
    assert set(found.get("BANK_ACCOUNT", {})) == set(_field(7))
    assert len(found.get("PHONE", {})) == len(PEOPLE)
    assert len(found.get("DATE_OF_BIRTH", {})) == len(PEOPLE)


def test_a_mobile_only_export_finds_no_account_among_its_postal_codes(scanner, tmp_path):
    data = ("\r\n".join(f"{n:06d}  " + _fit(p[0], 22) + f"{p[1]}  {p[2]}  {m}" for n, (p, m)
                        in enumerate(zip(PEOPLE, MOBILES), 1)) + "\r\n").encode("cp932")
    found = _findings(scanner, tmp_path, "MEMBER.DAT", data)
    assert "BANK_ACCOUNT" not in found
    assert len(found.get("PHONE", {})) == len(PEOPLE)


def test_of_two_code_columns_around_an_address_the_one_after_it_is_a_postal_code_only_if_it_agrees():
    addresses = ["長野県松本市大手4-1-12", "静岡県静岡市葵区追手町9-6", "宮城県仙台市青葉区本町3-8-1",
                 "香川県高松市番町1-10-2", "岩手県盛岡市内丸10-1", "長崎県長崎市江戸町2-13", "岐阜県岐阜市今沢町18",
                 "北海道札幌市中央区北1条西2-1"]
    bank_branch = [p[4] + p[5] for p in PEOPLE]  # 0005318: a bank's and a branch's codes after the address
    labels = column_labels(_columns(_field(0), _field(2), addresses, bank_branch, _field(6), _field(7)))
    assert labels[1] == "郵便番号" and 3 not in labels and labels[5] == "口座番号"


def test_a_right_aligned_number_a_digit_longer_than_most_is_read_whole():
    from scanner.extract.fixed_width import bare_fixed_width_rows

    people = PEOPLE * 2
    phones = [p[3] for p in people[:-1]] + [MOBILES[0]]  # landlines right-aligned in 11 columns, one mobile fills it
    text = "\r\n".join(f"{n:06d}  " + _fit(p[0], 22) + p[1] + "  " + phone.rjust(11) + "  " + p[2]
                       for n, (p, phone) in enumerate(zip(people, phones), 1))
    rows = [[cell for cell in row if cell] for row in bare_fixed_width_rows(text).rows]
    assert rows[-1][3:5] == [MOBILES[0], PEOPLE[-1][2]] and rows[0][3] == PEOPLE[0][3]


def test_grouped_landlines_tell_the_postal_codes_as_bare_ones_do():
    grouped = [f"{p[3][:4]}-{p[3][4:6]}-{p[3][6:]}" for p in PEOPLE]  # 0263-45-1287
    labels = column_labels(_columns(_serials(), _field(0), _field(2), grouped))
    assert labels[2] == "郵便番号" and labels[3] == "電話番号"


def test_an_account_after_a_transfers_fields_needs_no_name_column():
    # a sex letter glued to each name (ササキ　マサヒロM) leaves no column of names; the address says whose
    glued = [p[0] + "MF"[n % 2] for n, p in enumerate(PEOPLE)]
    addresses = ["長野県松本市大手4-1-12", "静岡県静岡市葵区追手町9-6", "宮城県仙台市青葉区本町3-8-1",
                 "香川県高松市番町1-10-2", "岩手県盛岡市内丸10-1", "長崎県長崎市江戸町2-13", "岐阜県岐阜市今沢町18",
                 "北海道札幌市中央区北1条西2-1"]
    labels = column_labels(_columns(glued, _field(2), addresses, [p[4] + p[5] for p in PEOPLE], _field(6), _field(7)))
    assert labels[5] == "口座番号"


def test_a_header_record_before_numbered_records_is_kept_out_of_the_layout():
    from scanner.extract.fixed_width import bare_fixed_width_rows

    lines = ["HKAIIN 20261130" + " " * 46] + [f"{n:06d} " + _fit(p[0], 22) + f"{p[1]} {p[2]} {p[3]} {p[7]}"
                                            for n, p in enumerate(PEOPLE, 1)] + ["TRAILER 00000008" + " " * 45]
    rows = bare_fixed_width_rows("\r\n".join(lines)).rows
    assert rows[1][:2] == ["000001", PEOPLE[0][0]] and rows[0] == ["HKAIIN 20261130"]
