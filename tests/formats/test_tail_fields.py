"""A fixed-width field that ran into the next (scanner.extract.tail_fields): cut only where a
number ran into a number; an account's kind before its number is one value, as a host writes it."""

from __future__ import annotations

from scanner.extract.tail_fields import split_tail_fields

RAN_INTO = ["123456789018 1234-567890-1", "2345 6789 0123 2345-678901-2", "345678901234 3456-789012-3",
            "456789012345 4567-890123-4", "567890123456 5678-901234-5"]
KIND_AND_NUMBER = ["普通預金 2883295", "普通預金 1029384", "当座預金 5566778", "普通預金 9081726", "貯蓄預金 3141592"]


def _rows(cells: list[str]) -> list[list[str]]:
    return [["0001", cell, "東京都"] for cell in cells]


def test_a_number_that_ran_into_the_next_number_is_cut_into_two_fields():
    rows = split_tail_fields(_rows(RAN_INTO), list(range(len(RAN_INTO))))
    assert [row[1:3] for row in rows[:2]] == [["123456789018", "1234-567890-1"], ["2345 6789 0123", "2345-678901-2"]]


def test_an_accounts_kind_before_its_number_stays_one_value():
    rows = split_tail_fields(_rows(KIND_AND_NUMBER), list(range(len(KIND_AND_NUMBER))))
    assert [row[1] for row in rows] == KIND_AND_NUMBER


def test_an_eras_code_before_a_packed_date_stays_one_value():
    coded = ["3 330214", "4 050919", "3 541120", "4 110303", "3 620731"]
    rows = split_tail_fields(_rows(coded), list(range(len(coded))))
    assert [row[1] for row in rows] == coded
