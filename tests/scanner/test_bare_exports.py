"""Exports without a header: a fixed-width host export split into fields by its aligned
blanks, and the columns of header-less CSV and fixed-width tables labelled by their
values; prose, logs and look-alikes stay as they are. Made-up people."""

import csv
import io

import pytest

from scanner.extract.encoding import detect_encoding
from scanner.extract.fixed_width import bare_fixed_width_rows
from scanner.extract.text import extract_delimited, extract_plain

PEOPLE = [("00000001", "佐藤　健一", "ｻﾄｳ ｹﾝｲﾁ", "19581027", "1760012", "東京都練馬区豊玉北2-3-4", "0312345678"),
          ("00000002", "鈴木　花子", "ｽｽﾞｷ ﾊﾅｺ", "19780822", "5640063", "大阪府吹田市江坂町1-22-3", "0661234567"),
          ("00000003", "高橋　翔", "ﾀｶﾊｼ ｼｮｳ", "19740721", "0700034", "北海道旭川市四条通5-2-10", "0166123456"),
          ("00000004", "田中　美咲", "ﾀﾅｶ ﾐｻｷ", "19560602", "4440052", "愛知県岡崎市康生町6-2-6", "0564123456"),
          ("00000005", "伊藤　大輔", "ｲﾄｳ ﾀﾞｲｽｹ", "19930415", "8300017", "福岡県久留米市日吉町2-9-10", "0942123456"),
          ("00000006", "渡辺　由美", "ﾜﾀﾅﾍﾞ ﾕﾐ", "20010913", "9860822", "宮城県石巻市中央3-18-9", "0225123456")]
WIDTHS = (10, 12, 16, 10, 9, 34, 12)


def _pad(value: str, width: int) -> str:
    return value + " " * (width - len(value.encode("cp932")))


def _export(people=PEOPLE, widths=WIDTHS) -> str:
    records = ["".join(_pad(v, w) for v, w in zip(person, widths)) for person in people]
    return "\r\n".join(["顧客マスタ抽出  作成日 2026/11/30", *records, "TOTAL 000006"])


def test_a_fixed_width_export_without_a_header_is_split_into_its_fields():
    rows = bare_fixed_width_rows(_export()).rows
    assert rows[0] == ["顧客マスタ抽出  作成日 2026/11/30"] and rows[-1] == ["TOTAL 000006"]
    assert rows[1] == list(PEOPLE[0])  # the full-width space inside each name is no field's edge


def test_fields_that_run_edge_to_edge_are_parted_where_digits_meet_text():
    """A birth in 和暦 that fills its field runs into the postal code after it."""
    births = ["昭和33年10月27日", "S53.08.22", "昭和49年7月21日", "S31.06.02", "H05.04.15", "平成13年9月13日"]
    people = [(p[0], p[2], born, p[4], p[5]) for p, born in zip(PEOPLE, births)]
    rows = bare_fixed_width_rows(_export(people, (10, 16, 16, 9, 34))).rows
    assert [row[2:4] for row in rows[1:-1]] == [[born, p[4]] for p, born in zip(PEOPLE, births)]


def test_records_whose_last_field_is_not_padded():
    text = "\n".join(_pad(p[0], 10) + _pad(p[2], 16) + _pad(p[3], 10) + p[5] for p in PEOPLE)
    assert [row[3] for row in bare_fixed_width_rows(text).rows] == [p[5] for p in PEOPLE]


def test_a_hyphen_after_a_long_run_of_digits_is_inside_the_value():
    """An employment-insurance number 8255-961080-4 after phones of 10 and 11 digits: the
    hyphen after six digits does not end a field (a run of digits then a letter would)."""
    numbers = ["8255-961080-4", "1203-456789-1", "3301-000123-7", "5012-345678-9", "2208-765432-0", "4410-112233-5"]
    text = "\n".join(_pad(p[0], 10) + _pad(p[2], 16) + _pad(p[6] if n % 2 else "090" + p[6][2:], 13) + number
                     for n, (p, number) in enumerate(zip(PEOPLE, numbers)))
    assert [row[-1] for row in bare_fixed_width_rows(text).rows] == numbers


@pytest.mark.parametrize("text", [
    "議事録\n出席者 田中 佐藤 鈴木\n1. 予算について 説明があった\n2. 次回 日程を 決めた\n3. その他 特になし\n4. 閉会",
    "\n".join(f"2026-10-16 09:00:0{n} INFO {'read ' * n}files" for n in range(8)),  # a log: lines of every width
    "\n".join(["吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。"] * 8),  # one field
])
def test_text_that_is_not_a_bare_export(text):
    assert bare_fixed_width_rows(text) is None


def test_a_bare_export_is_read_under_the_labels_its_values_call_for():
    text = next(iter(extract_plain(_export().encode("cp932")).units)).text
    for expected in ("氏名: 佐藤　健一", "氏名(カナ): ｻﾄｳ ｹﾝｲﾁ", "生年月日: 19581027", "郵便番号: 1760012",
                     "住所: 東京都練馬区豊玉北2-3-4"):
        assert expected in text
    assert "生年月日: 2026" not in text and ": 顧客マスタ" not in text  # the title line is no record


def _csv(rows, encoding="utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


def test_a_csv_without_its_header_row_is_typed_by_its_values():
    rows = [[p[0], p[1].replace("　", " "), p[3], p[4], p[5], "20261016"] for p in PEOPLE]
    unit = next(iter(extract_delimited(_csv(rows), ",").units))
    assert "氏名: 佐藤 健一" in unit.text and "生年月日: 19581027" in unit.text and "郵便番号: 1760012" in unit.text
    assert unit.locate(unit.text.index("19581027")) == "C1"


def test_a_first_row_of_values_without_digits_is_no_header():
    """姓名, カナ, 和暦 birth, address in kanji numerals: nothing in the first row looks like data to the layout."""
    rows = [[p[1].replace("　", " "), p[2], born, f"{p[5][:-6]}二丁目{n}番"] for n, (p, born) in enumerate(zip(PEOPLE, [
        "昭和33年10月27日", "昭和53年8月22日", "昭和49年7月21日", "昭和31年6月2日", "平成5年4月15日", "平成13年9月13日"]), 1)]
    text = next(iter(extract_delimited(_csv(rows), ",").units)).text
    assert text.startswith("氏名: 佐藤 健一\t氏名(カナ): ｻﾄｳ ｹﾝｲﾁ\t生年月日: 昭和33年10月27日")


def test_a_host_export_in_half_width_katakana_is_decoded_as_cp932():
    data = "\r\n".join(f"{n:06d} {kana:<20} {born}" for n, (_, _, kana, born, *_) in enumerate(PEOPLE)).encode("cp932")
    assert detect_encoding(data) == "cp932"


def _findings(scanner, tmp_path, name: str, data: bytes) -> dict[str, dict[str, str]]:
    """entity -> {value: location} of what the scanner finds in one file."""
    from scanner.crawl import crawl

    folder = tmp_path / str(len(list(tmp_path.iterdir())))
    folder.mkdir()
    (folder / name).write_bytes(data)
    found: dict[str, dict[str, str]] = {}
    for entry in crawl(folder):
        for record in scanner.scan_entry(entry).walk():
            for f in record.findings:
                found.setdefault(f.entity_type, {})[f.value] = f.location
    return found


@pytest.mark.slow
@pytest.mark.parametrize("name, data", [
    ("KOKYAKU.DAT", _export().encode("cp932")),
    ("kokyaku.csv", _csv([[p[0], p[1].replace("　", " "), p[2], p[3], p[4], p[5], p[6]] for p in PEOPLE], "cp932"))])
def test_births_postal_codes_and_names_of_a_bare_export_are_found_where_they_are(scanner, tmp_path, name, data):
    found = _findings(scanner, tmp_path, name, data)
    assert set(found["DATE_OF_BIRTH"]) == {"1958-10-27", "1978-08-22", "1974-07-21", "1956-06-02", "1993-04-15",
                                          "2001-09-13"}
    assert set(found["POSTAL_CODE"]) == {p[4] for p in PEOPLE}
    assert {"佐藤健一", "サトウケンイチ", "ワタナベユミ"} <= set(found["PERSON"])
    assert found["DATE_OF_BIRTH"]["1958-10-27"] == ("L2" if name.endswith(".DAT") else "D1")


@pytest.mark.slow
def test_look_alikes_of_bare_exports_stay_clean(scanner, tmp_path):
    """Slips of one year with customer codes and amounts; a master of towns and their
    codes; products with release dates over decades: no person, nothing found."""
    slips = "\r\n".join(f"{n:010d} 2026{m:02d}{d:02d} {code} A{n:05d} {n * 37 % 999:05d} {n * 7919:010d}"
                        for n, (m, d, code) in enumerate([(10, 16, "3876634"), (9, 26, "1234567"), (11, 2, "7654321"),
                                                          (10, 1, "2223334"), (8, 30, "5556667"), (9, 9, "8889990")], 1))
    towns = _csv([[p[4], p[5][:3], p[5][3:-6]] for p in PEOPLE], "cp932")
    products = _csv([[f"{4900000 + n * 1371}", item, str(120 * n), f"{1990 + 6 * n}{n:02d}{10 + n}"] for n, item in
                     enumerate(["ボールペン 黒", "付箋 黄色", "電卓 大型", "封筒 長3", "トナー 青", "ホチキス 針"], 1)])
    for name, data in (("URIAGE.TXT", slips.encode("cp932")), ("towns.csv", towns), ("shohin.csv", products)):
        assert _findings(scanner, tmp_path, name, data) == {}, name
