"""Issue 12, receipt16: a health-insurance claims export (レセプト) read as a claim. A headerless
table's column of insurers' numbers (8 digits of a health insurance's 法別番号, 国保's 6, each
with its check digit) is the patients' 保険者番号; a column of diseases' names is the 傷病名;
a reading written solid (ヤマモトハルカ) is a name; the births (YYYYMMDD, an era's code before
YYMMDD) are births; and the claim's twelve-digit keys are no My Number even when they pass
its check. Fixed width, CSV, xlsx; with a header and without. An insurer's own list and a
payroll's My Numbers are unchanged. Made-up people; numbers made to pass their checks."""

import random
import unicodedata

import pytest
from stdnum import luhn
from stdnum.jp import in_ as my_number

from detectors.columns import column_labels
from detectors.columns.diagnoses import is_diagnosis
from detectors.columns.insurance import is_insurers_number
from samples import writers as w
from scanner.extract import extract
from scanner.extract.budget import Budget

RNG = random.Random(1612)
# full-width katakana to a host's half-width (voiced marks apart)
_HALF = {ord(unicodedata.normalize("NFKC", chr(c))): chr(c) for c in range(0xFF66, 0xFF9E)} | {0x3099: "ﾞ", 0x309A: "ﾟ"}


def _insurer(head: str, size: int = 8) -> str:
    """A 保険者番号 (8 digits) or a 国保's (6) made to pass the check digit."""
    body = head + "".join(RNG.choice("0123456789") for _ in range(size - 1 - len(head)))
    return body + luhn.calc_check_digit(body)


def _claim_key() -> str:
    """Twelve digits passing the My Number check: a claim's key written so by chance."""
    body = "".join(RNG.choice("0123456789") for _ in range(11))
    return body + my_number.calc_check_digit(body)


PATIENTS = [  # (reading written solid, birth YYYYMMDD, era-coded birth, diagnosis)
    ("ヤマモトハルカ", "19720314", "3470314", "気管支喘息"),
    ("ハシヅメリョウタ", "19851102", "3601102", "逆流性食道炎"),
    ("オノデラミサト", "19590727", "3340727", "脂質異常症"),
    ("カツラギユウト", "20030519", "4150519", "アレルギー性鼻炎"),
    ("ヒメノアヤカ", "19480930", "3230930", "脊柱管狭窄症"),
    ("クスノセダイチ", "19911224", "4031224", "急性胃腸炎の疑い"),
    ("ミナセコハル", "20160822", "4280822", "急性中耳炎"),  # children: a claim is a child's as often
    ("サエキソウタ", "20210305", "5030305", "RSウイルス感染症"),
]
INSURERS = [_insurer(h) for h in ("06", "01", "31", "39", "34", "06", "01", "32")]
TOWNS = [_insurer(h, 6) for h in ("27", "13", "01", "40", "22", "11", "47", "35")]  # 国保: a prefecture's code first
KEYS = [_claim_key() for _ in PATIENTS]


def _findings(detector, name: str, data: bytes) -> set[tuple[str, str]]:
    found = set()
    for unit in extract(name, data, Budget()).units:
        found |= {(d.entity_type, unit.text[d.start:d.end]) for d in detector.detect(unit.text, labels=unit.labels())}
    return found


def _padded(value: str, size: int) -> bytes:
    data = value.encode("cp932")
    return data + b" " * (size - len(data))


def _fixed_width() -> bytes:
    """A host's claim file: key, insurer, reading, sex code, birth, diagnosis; padded by blanks to bytes."""
    lines = []
    for (reading, born, _, disease), insurer, key in zip(PATIENTS, INSURERS, KEYS):
        lines.append(f"{key} {insurer} ".encode() + _padded(reading, 20) + f"1 {born} ".encode() + _padded(disease, 24))
    return b"\r\n".join(lines) + b"\r\n"


def _uke_like() -> bytes:
    """A comma export after UKE's order: claim key, month, insurer, reading, sex, era-coded birth, diagnosis."""
    rows = [f"{key},202604,{town},{reading},2,{coded},{disease}"
            for (reading, _, coded, disease), town, key in zip(PATIENTS, TOWNS, KEYS)]
    return "\n".join(rows).encode("utf-8")


def _short_era(born: str) -> str:
    """19720314 as a host's short era form: S47.03.14 (昭和 from 1926, 平成 from 1989, 令和 from 2019)."""
    year = int(born[:4])
    letter, first = ("R", 2019) if born >= "20190501" else ("H", 1989) if born >= "19890108" else ("S", 1926)
    return f"{letter}{year - first + 1:02d}.{born[4:6]}.{born[6:]}"


def _bar_dump() -> bytes:
    """A host's dump parted by bars: seq, insurer, 記号, 番号, half-width reading, sex, short-era birth, diagnosis, key."""
    rows = [f"{n}|{insurer}|{4000 + n}|{n * 7}|{unicodedata.normalize('NFD', reading).translate(_HALF)}|2|"
            f"{_short_era(born)}|{disease}|{key}"
            for n, ((reading, born, _, disease), insurer, key) in enumerate(zip(PATIENTS, INSURERS, KEYS), 1)]
    return "\r\n".join(rows).encode("cp932")


def _sheet() -> bytes:
    rows = [[disease, reading, born, insurer, key]
            for (reading, born, _, disease), insurer, key in zip(PATIENTS, INSURERS, KEYS)]
    return w.xlsx_bytes({"請求": rows})


@pytest.mark.parametrize("name, data, births", [
    ("SEIKYU.DAT", _fixed_width(), [p[1] for p in PATIENTS]),
    ("claims.csv", _uke_like(), [p[2] for p in PATIENTS]),
    ("seikyu.xlsx", _sheet(), [p[1] for p in PATIENTS]),
    ("SEIKYU.TXT", _bar_dump(), [_short_era(p[1]) for p in PATIENTS])])
def test_a_headerless_claims_export_is_read_as_claims(detector, name, data, births):
    found = _findings(detector, name, data)
    numbers = INSURERS if "csv" not in name else TOWNS
    assert {("HEALTH_INSURANCE_NUMBER", n) for n in numbers} <= found
    assert {p[0] for p in PATIENTS} <= {unicodedata.normalize("NFKC", v) for kind, v in found if kind == "PERSON"}
    assert {("DATE_OF_BIRTH", b) for b in births} <= found
    assert not {key for kind, key in found if kind == "MY_NUMBER"}


@pytest.mark.parametrize("header, disease_column", [
    ("請求No", True), ("レセプト", True), ("claim", True), ("明細書番号", True), ("レセプト", False), ("Claim", False)])
def test_a_claims_key_under_its_header_is_no_my_number(detector, header, disease_column):
    rows = [f"{key},{insurer},{reading},{born}" + (f",{disease}" if disease_column else "")
            for (reading, born, _, disease), insurer, key in zip(PATIENTS, INSURERS, KEYS)]
    data = "\n".join([f"{header},保険者番号,カナ氏名,生年月日" + (",傷病名" if disease_column else ""), *rows]).encode()
    found = _findings(detector, "claims.csv", data)
    assert not {key for kind, key in found if kind == "MY_NUMBER"}
    assert {("HEALTH_INSURANCE_NUMBER", n) for n in INSURERS} <= found


def test_a_payrolls_my_numbers_stay_and_an_insurers_list_stays_no_ones(detector):
    payroll = "\n".join(f"{i:04d},{r[:3]} {r[3:]},{b},大阪府堺市堺区南瓦町{i}-1,{k}"
                        for i, ((r, b, _, _), k) in enumerate(zip(PATIENTS, KEYS), 1))
    found = _findings(detector, "kyuyo.csv", payroll.encode())
    assert {("MY_NUMBER", k) for k in KEYS} <= found
    insurers = "\n".join(f"{n},あおば精機健康保険組合{i},大阪府堺市北区{i}-2-3"
                         for i, n in enumerate(INSURERS, 1))
    assert not {v for kind, v in _findings(detector, "hokensha.csv", insurers.encode())
                if kind == "HEALTH_INSURANCE_NUMBER"}


def test_the_column_types_of_a_claim():
    columns = {0: [p[0] for p in PATIENTS], 1: [p[1] for p in PATIENTS], 2: INSURERS, 3: [p[3] for p in PATIENTS],
               4: KEYS}
    assert column_labels(columns) == {0: "氏名(カナ)", 1: "生年月日", 2: "保険者番号", 3: "傷病名"}


@pytest.mark.parametrize("value, expected", [
    ("本態性高血圧症", True), ("２型糖尿病", True), ("右大腿骨頸部骨折", True), ("急性上気道炎の疑い", True),
    ("ボールペン", False), ("202604", False), ("外来", False)])
def test_a_diagnosis_by_its_head(value, expected):
    assert is_diagnosis(value) is expected


def test_an_insurers_number_by_its_law_and_check():
    assert all(map(is_insurers_number, INSURERS + TOWNS))
    wrong_law = "12" + INSURERS[0][2:7]  # a 公費's 法別番号 12
    assert not is_insurers_number(wrong_law + luhn.calc_check_digit(wrong_law))
    assert not is_insurers_number(INSURERS[0][:-1] + str((int(INSURERS[0][-1]) + 1) % 10))
    assert not is_insurers_number("19720314")


def test_a_rare_surname_read_solid_before_a_short_given_name_is_a_name(detector):
    """トドロキエリ under カナ氏名: no list holds the surname, the two kana after it are a given name."""
    rare = ["トドロキエリ", "ヒイラギレン", "ミナカタサキ", "カブトヤマケン"]
    rows = [f"{insurer},{reading},{born}" for reading, insurer, (_, born, _, _) in zip(rare, INSURERS, PATIENTS)]
    found = _findings(detector, "kanja.csv", "\n".join(["保険者番号,カナ氏名,生年月日", *rows]).encode())
    assert {("PERSON", reading) for reading in rare} <= found


def _uke() -> bytes:
    """UKE's own layout: IR, then per patient RE (reading, 元号コード birth), HO (insurer, 記号, 番号), SY (a code)."""
    lines = ["IR,1,27,1,2712345,,みなと内科クリニック,50804,00,"]
    for n, ((reading, _, coded, _), insurer) in enumerate(zip(PATIENTS, INSURERS), 1):
        spaced = f"{reading[:4]}\u3000{reading[4:]}"
        lines += [f"RE,{n},1112,50804,{spaced},{n % 2 + 1},{coded},,,,,,", f"HO,{insurer},{n * 11},{n * 7},1,,,,",
                  f"SY,{8830000 + n},50801,01,,", f"SY,{4939000 + n},50801,,,"]
    lines.append(f"GO,{len(PATIENTS)},999,99")
    return "\r\n".join(lines).encode("cp932")


@pytest.mark.parametrize("name", ["RECEIPTC.UKE", "receipt.csv"])
def test_a_uke_file_is_read_by_its_record_layout(detector, name):
    found = _findings(detector, name, _uke())
    assert {("HEALTH_INSURANCE_NUMBER", n) for n in INSURERS} <= found
    assert {("DATE_OF_BIRTH", p[2]) for p in PATIENTS} <= found
    assert len({v for kind, v in found if kind == "PERSON"}) == len(PATIENTS)
    assert not {v for kind, v in found if kind == "HEALTH_INSURANCE_NUMBER" and v.startswith(("883", "493"))}
