"""Staff and member exports without a header that hold a birth and later dates of the
same person (入社日 of long-serving staff over decades, 資格取得日): the birth is found in
every written form and the later dates are not reported as births. Real files through
the scanner (CP932 and UTF-8 fixed width, a header-less CSV); made-up people."""

import datetime as dt

import pytest

from scanner.extract.fixed_width import bare_fixed_width_rows
from tests.scanner.test_bare_exports import _findings

# kanji name, kana, birth, hire date (any day, over four decades), qualification date
STAFF = [("前田　昭夫", "ﾏｴﾀﾞ ｱｷｵ", dt.date(1956, 2, 7), dt.date(1979, 6, 18), dt.date(1984, 11, 2)),
         ("宮本　圭子", "ﾐﾔﾓﾄ ｹｲｺ", dt.date(1963, 9, 24), dt.date(1986, 9, 8), dt.date(1990, 3, 27)),
         ("小川　直樹", "ｵｶﾞﾜ ﾅｵｷ", dt.date(1970, 5, 3), dt.date(1995, 1, 16), dt.date(2001, 8, 9)),
         ("石田　裕美", "ｲｼﾀﾞ ﾋﾛﾐ", dt.date(1977, 1, 11), dt.date(2003, 7, 22), dt.date(2008, 5, 14)),
         ("森田　浩之", "ﾓﾘﾀ ﾋﾛﾕｷ", dt.date(1984, 8, 29), dt.date(2011, 10, 3), dt.date(2015, 2, 20)),
         ("藤本　優子", "ﾌｼﾞﾓﾄ ﾕｳｺ", dt.date(1991, 3, 15), dt.date(2016, 12, 5), dt.date(2022, 6, 30)),
         ("上田　正和", "ｳｴﾀﾞ ﾏｻｶｽﾞ", dt.date(1959, 6, 2), dt.date(1983, 2, 14), dt.date(1999, 9, 21))]
BIRTHS = {born.isoformat() for _, _, born, _, _ in STAFF}


def _showa(day: dt.date) -> str:
    """S45. 4.12 / H 3. 3.15: an era letter, leading zeros written as blanks."""
    letter, first = ("H", 1988) if day >= dt.date(1989, 1, 8) else ("S", 1925)
    return f"{letter}{day.year - first:2d}.{day.month:2d}.{day.day:2d}"


def _fit(value: str, width: int, blank: str = " ") -> str:
    room = width - len(value.encode("cp932"))
    return value + blank * (room // len(blank.encode("cp932"))) + " " * (room % len(blank.encode("cp932")))


def _padded_roster() -> str:
    """name, staff number, birth `S31. 2. 7`, 入社 and 資格取得 as `1979. 6.18`."""
    later = lambda d: f"{d.year}.{d.month:2d}.{d.day:2d}"  # noqa: E731
    return "\r\n".join(_fit(name, 14, "\u3000") + f"{n:07d} " + _showa(born) + "  " + later(hired) + " " + later(cert)
                       for n, (name, _, born, hired, cert) in enumerate(STAFF, 3001))


def _runs() -> str:
    """staff number, birth and hire date edge to edge (000001S31.02.0719790618), the kana name."""
    era = lambda d: _showa(d).replace(" ", "0")  # noqa: E731
    return "\r\n".join(f"{n:06d}{era(born)}{hired:%Y%m%d} " + _fit(kana, 18) + "1"
                       for n, (_, kana, born, hired, _) in enumerate(STAFF, 1))


def _two_dates_edge_to_edge() -> str:
    """UTF-8 fixed width: number, name, birth and 資格取得日 as `1956/02/071984/11/02`, a grade."""
    return "\n".join(f"K{n:04d} " + name.ljust(6, "\u3000") + f" {born:%Y/%m/%d}{cert:%Y/%m/%d}G{n % 5}"
                     for n, (name, _, born, _, cert) in enumerate(STAFF, 1))


def test_a_birth_parted_at_its_blanks_is_one_field_again():
    rows = bare_fixed_width_rows(_padded_roster()).rows
    assert rows[0] == ["前田　昭夫", "0003001", "S31. 2. 7", "1979. 6.18", "1984.11. 2"]
    assert rows[1][2] == "S38. 9.24"


def test_a_staff_number_a_birth_and_a_hire_date_edge_to_edge_are_three_fields():
    rows = bare_fixed_width_rows(_runs()).rows
    assert rows[0][:4] == ["000001", "S31.02.07", "19790618", "ﾏｴﾀﾞ ｱｷｵ"]


def test_two_dates_written_edge_to_edge_are_two_fields():
    rows = bare_fixed_width_rows(_two_dates_edge_to_edge()).rows
    assert rows[0][2:] == ["1956/02/07", "1984/11/02", "G1"]


@pytest.mark.slow
@pytest.mark.parametrize("name, data", [
    ("KUMIAIIN.TXT", _padded_roster().encode("cp932")),
    ("SHAIN.DAT", _runs().encode("cp932")),
    ("shikaku.txt", _two_dates_edge_to_edge().encode("utf-8")),
    ("staff.csv", "\n".join(f"{hired:%Y/%m/%d},{name.replace(chr(0x3000), ' ')},{born:%Y.%m.%d},{cert:%Y%m%d}"
                            for name, _, born, hired, cert in STAFF).encode("utf-8")),
])
def test_births_are_found_and_later_dates_are_not_births(scanner, tmp_path, name, data):
    found = _findings(scanner, tmp_path, name, data)
    assert set(found.get("DATE_OF_BIRTH", {})) == BIRTHS
