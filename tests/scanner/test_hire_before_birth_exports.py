"""HR masters without a header whose hire date comes before the birth, both in one
written form, next to a record type letter, a staff number, a department code and a
grade with no blank between (hostdates2): the birth is found in each form and no hire
date is reported as a birth. Real CP932 files of over 200 columns through the scanner;
made-up people."""

import datetime as dt

import pytest

from scanner.extract.fixed_width import bare_fixed_width_rows
from tests.scanner.test_bare_exports import _findings

# kanji name, hire date (mid-career hires: few on April 1st), birth
CREW = [("西村　泰三", dt.date(1981, 7, 13), dt.date(1957, 10, 2)),
        ("本田　瑞穂", dt.date(1990, 2, 19), dt.date(1966, 4, 28)),
        ("安藤　亮介", dt.date(1998, 11, 30), dt.date(1972, 1, 17)),
        ("北川　真理", dt.date(2004, 8, 6), dt.date(1979, 6, 9)),
        ("堀　勇気", dt.date(2012, 3, 22), dt.date(1988, 12, 14)),
        ("河野　佳代", dt.date(1986, 5, 12), dt.date(1960, 8, 25)),
        ("松尾　和樹", dt.date(1995, 9, 4), dt.date(1969, 3, 31))]
BIRTHS = {born.isoformat() for _, _, born in CREW}
WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def _era(day: dt.date) -> tuple[str, str, int]:
    letter, name, first = ("H", "平成", 1988) if day >= dt.date(1989, 1, 8) else ("S", "昭和", 1925)
    return letter, name, day.year - first


def _letter_compact(day: dt.date) -> str:
    letter, _, year = _era(day)
    return f"{letter}{year:02d}{day:%m%d}"


def _kanji_wide(day: dt.date) -> str:
    _, name, year = _era(day)
    return f"{name}{year:02d}年{day.month:02d}月{day.day:02d}日".translate(WIDE)


def _master(dates, grade_after: bool = True) -> str:
    """Record type D, staff number and department edge to edge with the two dates
    (hire first), a grade after them, the name, flags and filler to 240 columns."""
    lines = []
    for n, (name, hired, born) in enumerate(CREW):
        head = f"D{4100 + 3 * n:07d}{210 + n:03d}" + dates(hired, born) + (f"{n % 9 + 1:02d}" if grade_after else "")
        name_field = name + "\u3000" * ((20 - len(name.encode("cp932"))) // 2)
        line = head + " " + name_field + "0110100"
        lines.append(line + " " * (240 - len(line.encode("cp932"))))
    return "\r\n".join(lines)


LAYOUTS = {
    "slashes": lambda hired, born: f"{hired:%Y/%m/%d}{born:%Y/%m/%d}",
    "era letters": lambda hired, born: _letter_compact(hired) + _letter_compact(born),
    "full-width kanji": lambda hired, born: _kanji_wide(hired) + " " + _kanji_wide(born),
    "digits": lambda hired, born: f"{hired:%Y%m%d} {born:%Y%m%d}",
}


def test_dates_after_a_record_letter_and_a_staff_number_are_cut_out():
    rows = bare_fixed_width_rows(_master(LAYOUTS["slashes"])).rows
    assert rows[0][:4] == ["D0004100210", "1981/07/13", "1957/10/02", "01"]


def test_an_era_letter_date_before_a_grade_is_a_field_of_its_own():
    rows = bare_fixed_width_rows(_master(LAYOUTS["era letters"])).rows
    assert [cell for cell in rows[1] if cell.startswith(("S", "H"))] == ["H020219", "S410428"]
    assert "02" in rows[1]


def test_a_birth_and_a_grade_in_a_run_of_ten_digits_are_cut_apart():
    rows = bare_fixed_width_rows(_master(LAYOUTS["digits"])).rows
    assert [cell for cell in rows[2] if cell][:4] == ["D0004106212", "19981130", "19720117", "03"]


@pytest.mark.slow
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_births_are_found_and_hire_dates_are_not(scanner, tmp_path, layout):
    data = _master(LAYOUTS[layout]).encode("cp932")
    found = _findings(scanner, tmp_path, "JINJI.DAT", data)
    assert set(found.get("DATE_OF_BIRTH", {})) == BIRTHS


def _in_turns(hire_at_birth_columns: bool) -> str:
    """A person's record 1 (number, name, birth, postal code, address) then record 2
    (number, hire date, a department), one width: no record holds both dates."""
    lines = []
    for n, (name, hired, born) in enumerate(CREW):
        number = f"{70 + n:07d}"
        name_field = name + "\u3000" * ((20 - len(name.encode("cp932"))) // 2)
        lines.append(f"1{number} " + name_field + f"{born:%Y.%m.%d} 060-000{n} 北海道札幌市中央区北{n + 1}条西{n + 2}丁目")
        lines.append(f"2{number} " + (" " * 20 + f"{hired:%Y.%m.%d} 総務課" if hire_at_birth_columns
                                      else f"総務課 {hired:%Y.%m.%d}"))
    return "\r\n".join(line + " " * (100 - len(line.encode("cp932"))) for line in lines)


@pytest.mark.slow
@pytest.mark.parametrize("hire_at_birth_columns", [True, False])
def test_a_hire_date_in_the_record_after_the_birth_is_no_birth(scanner, tmp_path, hire_at_birth_columns):
    data = _in_turns(hire_at_birth_columns).encode("cp932")
    found = _findings(scanner, tmp_path, "KIHON.TXT", data)
    assert set(found.get("DATE_OF_BIRTH", {})) == BIRTHS
    assert len(found.get("POSTAL_CODE", {})) == len(CREW)  # typed beside the address of its record type
