"""Header-less CP932 HR masters whose births are written in a host's short forms
(hostdates3): the 元号コード before YYMMDD (`3450412`, `3-45-04-12`, the code in a field of
its own `3 450412`) and a two-digit year (`75/04/12`, `750412`), beside hire dates; a
master of hire dates alone. Every birth is found in each form, no hire date is reported
as a birth, and the coded births are not taken for postal codes. Real files through the
scanner; made-up people."""

import datetime as dt

import pytest

from scanner.extract.fixed_width import bare_fixed_width_rows
from tests.scanner.test_bare_exports import _findings

# kanji name, birth, hire date
STAFF = [("今村　直樹", dt.date(1958, 2, 14), dt.date(1980, 10, 6)),
         ("須藤　弥生", dt.date(1964, 7, 3), dt.date(1987, 4, 20)),
         ("大久保　聡", dt.date(1971, 11, 28), dt.date(1994, 6, 13)),
         ("水野　友美", dt.date(1976, 5, 9), dt.date(1999, 9, 27)),
         ("桑原　悠人", dt.date(1983, 9, 21), dt.date(2005, 1, 17)),
         ("樋口　沙希", dt.date(1990, 1, 30), dt.date(2012, 8, 8)),
         ("福田　一郎", dt.date(1961, 3, 5), dt.date(1979, 4, 2)),
         ("星野　恭子", dt.date(1968, 12, 12), dt.date(1991, 2, 25))]
BIRTHS = {born.isoformat() for _, born, _ in STAFF}


def _coded(day: dt.date, separator: str = "", between: str = "") -> str:
    code, first = ("4", 1988) if day >= dt.date(1989, 1, 8) else ("3", 1925)
    return f"{code}{separator}{day.year - first:02d}{between}{day:%m}{between}{day:%d}"


FORMS = {
    "era code": lambda day: _coded(day),
    "era code with dashes": lambda day: _coded(day, "-", "-"),
    "era code in its own field": lambda day: _coded(day, " "),
    "two-digit year with slashes": lambda day: f"{day:%y/%m/%d}",
    "two-digit year in six digits": lambda day: f"{day:%y%m%d}",
}


def _master(birth) -> str:
    """Staff number, kanji name padded with U+3000, sex, birth, hire date, address, phone."""
    lines = []
    for n, (name, born, hired) in enumerate(STAFF):
        name_field = name + "\u3000" * ((20 - len(name.encode("cp932"))) // 2)
        line = (f"{310 + 7 * n:06d} " + name_field + f"{n % 2 + 1} " + birth(born) + f" {hired:%Y%m%d} "
                + f"長崎県長崎市江戸町{n + 1}-{n + 4}".ljust(30) + f"095-8{n:02d}-12{n:02d}")
        lines.append(line + " " * (130 - len(line.encode("cp932"))))
    return "\r\n".join(lines)


def test_an_era_code_in_a_field_of_its_own_stays_with_its_date():
    rows = bare_fixed_width_rows(_master(FORMS["era code in its own field"])).rows
    assert "3 330214" in rows[0]


@pytest.mark.slow
@pytest.mark.parametrize("form", sorted(FORMS))
def test_births_in_short_forms_are_found_and_hire_dates_are_not(scanner, tmp_path, form):
    found = _findings(scanner, tmp_path, "JINJI.DAT", _master(FORMS[form]).encode("cp932"))
    assert set(found.get("DATE_OF_BIRTH", {})) == BIRTHS
    assert not set(found.get("POSTAL_CODE", {}))  # 3330214 is a birth, not a postal code
    assert len(found.get("PHONE", {})) == len(STAFF)


@pytest.mark.slow
def test_a_master_of_hire_dates_alone_reports_no_birth(scanner, tmp_path):
    """A third of the days on a 1st, a quarter in the last 15 years: each alone no proof."""
    days = [dt.date(1979, 4, 1), dt.date(1986, 10, 1), dt.date(1993, 6, 16), dt.date(2001, 7, 1), dt.date(1982, 3, 8),
            dt.date(2014, 11, 4), dt.date(2018, 1, 9), dt.date(2023, 9, 1), dt.date(1997, 12, 22), dt.date(2005, 5, 30),
            dt.date(1990, 8, 17), dt.date(1988, 2, 24)]
    names = [name for name, _, _ in STAFF] * 2
    lines = [f"{510 + n:06d}" + name + "\u3000" * ((20 - len(name.encode("cp932"))) // 2) + f"{day:%Y/%m/%d} "
             + f"長崎県佐世保市島瀬町{n + 1}-{n + 2}" for n, (name, day) in enumerate(zip(names, days))]
    found = _findings(scanner, tmp_path, "SHAIN.DAT", "\r\n".join(lines).encode("cp932"))
    assert not found.get("DATE_OF_BIRTH")
    assert len(found.get("ADDRESS", {})) == len(days)


def _keyed_turns(hire_at_birth_columns: bool) -> str:
    """A person's record 1 (staff number and type 1 in one field, name, birth, address),
    then record 2 (the same number and type 2, a department, the hire date), one width."""
    lines = []
    for n, (name, born, hired) in enumerate(STAFF):
        key = f"{4300 + 5 * n:06d}"
        name_field = name + "\u3000" * ((20 - len(name.encode("cp932"))) // 2)
        lines.append(f"{key}1 " + name_field + f"{born:%Y%m%d} 長崎県諫早市東小路町{n + 1}-{n + 3}")
        lines.append(f"{key}2 " + ("経理課" + " " * 14 if hire_at_birth_columns else f"{n % 4 + 21:03d} ") + f"{hired:%Y%m%d}")
    return "\r\n".join(line + " " * (90 - len(line.encode("cp932"))) for line in lines)


@pytest.mark.slow
@pytest.mark.parametrize("hire_at_birth_columns", [True, False])
def test_turns_of_type_told_after_the_staff_number_keep_hire_dates_from_births(scanner, tmp_path,
                                                                                hire_at_birth_columns):
    found = _findings(scanner, tmp_path, "JINJI.DAT", _keyed_turns(hire_at_birth_columns).encode("cp932"))
    assert set(found.get("DATE_OF_BIRTH", {})) == BIRTHS
