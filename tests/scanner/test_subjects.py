"""Findings of one record become one person; records of one person in one object
join; different people stay apart (scanner.subjects, pure: findings made here)."""

from __future__ import annotations

import pytest

from detectors.name_forms import NameReader
from inventory.records import FindingRecord
from scanner.subjects import subjects_of


@pytest.fixture(scope="module")
def reader():
    return NameReader()


def f(entity_type, value, location, record, text=None, category=None):
    return FindingRecord(entity_type=entity_type, value=value, masked="*", score=1.0, detector="t",
                         location=location, category=category, text=text or value, record=record)


def row(table, number, *cells):
    """Findings of a table row: (column letter, type, value) each."""
    name = f"{table}!{number}" if table else str(number)
    return [f(kind, value, f"{column}{number}", (f"t:{table}", name, name)) for column, kind, value in cells]


def line(block, number, kind, value, group="u0"):
    return f(kind, value, f"L{number}", (group, f"b{block}", f"L{number}"))


def names(subjects):
    return sorted(tuple(s.names) for s in subjects)


def test_each_row_of_a_roster_is_a_person_with_its_reading(reader):
    findings = row("名簿", 2, ("A", "PERSON", "髙橋 一郎"), ("B", "PERSON", "ﾀｶﾊｼ ｲﾁﾛｳ"),
                   ("C", "EMAIL", "ichiro@example.jp"), ("D", "DATE_OF_BIRTH", "1980-04-01"))
    findings += row("名簿", 3, ("A", "PERSON", "佐藤 花子"), ("B", "PERSON", "サトウ ハナコ"),
                    ("C", "EMAIL", "hanako@example.jp"))
    subjects = subjects_of(findings, reader)
    assert names(subjects) == [("佐藤花子",), ("高橋一郎",)]
    takahashi = next(s for s in subjects if s.names == ("高橋一郎",))
    assert takahashi.alternates == ("タカハシイチロウ",) and takahashi.script == "kanji"
    assert ("EMAIL", "ichiro@example.jp") in takahashi.links
    assert ("NAME+DOB", "高橋一郎\x1f1980-04-01") in takahashi.links
    assert ("NAME+DOB", "タカハシイチロウ\x1f1980-04-01") in takahashi.links
    assert takahashi.aliases == ("高橋",) and takahashi.locations == ("A2", "B2", "C2", "D2")


def test_a_second_name_in_a_row_is_another_person(reader):
    findings = row("", 2, ("A", "PERSON", "山田太郎"), ("B", "PHONE", "+81312345678"),
                   ("C", "PERSON", "山田花子"), ("D", "PHONE", "+819012345678"))
    subjects = subjects_of(findings, reader)
    assert [(s.names, [v for k, v in s.links if k == "PHONE"]) for s in subjects] == [
        (("山田太郎",), ["+81312345678"]), (("山田花子",), ["+819012345678"])]


def test_a_key_value_form_is_one_person(reader):
    findings = row("身上書", 2, ("A", "PERSON", "渡邊 健"))
    findings += row("身上書", 3, ("B", "DATE_OF_BIRTH", "1975-01-02"))
    findings += row("身上書", 4, ("B", "ADDRESS", "東京都千代田区丸の内一丁目2番3号"))
    findings += row("身上書", 5, ("B", "PHONE", "+81312345678"))
    subjects = subjects_of(findings, reader)
    assert names(subjects) == [("渡辺健",)]
    assert ("NAME+ADDRESS", "渡辺健\x1f千代田区丸の内1-2-3") in subjects[0].links


def test_a_table_of_people_is_not_a_form(reader):
    findings = [x for n in range(2, 6) for x in row("", n, ("A", "PERSON", f"鈴木{'一二三四'[n - 2]}郎"),
                                                    ("B", "EMAIL", f"s{n}@example.jp"))]
    assert len(subjects_of(findings, reader)) == 4


def test_a_list_in_text_is_one_person_a_line_and_a_letter_one_person(reader):
    listing = [line(1, 1, "PERSON", "田中一郎"), line(1, 1, "PHONE", "+819011112222"),
               line(1, 2, "PERSON", "中村二郎"), line(1, 2, "PHONE", "+819033334444")]
    assert names(subjects_of(listing, reader)) == [("中村二郎",), ("田中一郎",)]
    letter = [line(1, 1, "ADDRESS", "大阪府大阪市北区梅田1-2-3"), line(1, 3, "PERSON", "小林 彩"),
              line(2, 5, "PERSON", "小林"), line(3, 9, "EMAIL", "aya@example.jp")]
    subjects = subjects_of(letter, reader)
    assert names(subjects) == [("小林彩",)]
    assert {k for k, _ in subjects[0].links} == {"EMAIL", "NAME+ADDRESS"}


def test_a_surname_of_two_people_names_neither(reader):
    findings = [line(1, 1, "PERSON", "山田太郎"), line(1, 1, "PHONE", "+819011112222"),
                line(1, 2, "PERSON", "山田花子"), line(1, 2, "PHONE", "+819033334444"),
                line(3, 5, "PERSON", "山田")]
    assert names(subjects_of(findings, reader)) == [("山田太郎",), ("山田花子",)]


def test_each_address_of_a_mail_header_is_its_own_record(reader):
    header = [f("PERSON", "山田太郎", "header:L1", ("h:u0", "h1", "h1")),
              f("EMAIL", "taro@example.jp", "header:L1", ("h:u0", "h1", "h1")),
              f("EMAIL", "kato@example.jp", "header:L2", ("h:u0", "h2", "h2"))]
    subjects = subjects_of(header, reader)
    assert sorted((s.names, s.links) for s in subjects) == [
        ((), (("EMAIL", "kato@example.jp"),)), (("山田太郎",), (("EMAIL", "taro@example.jp"),))]


def test_a_shared_phone_joins_one_person_not_a_household(reader):
    one = [line(1, 1, "PERSON", "木村直樹"), line(1, 1, "PHONE", "+81312345678")]
    again = [line(2, 9, "PHONE", "+81312345678"), line(2, 9, "EMAIL", "n1@example.jp"),
             line(2, 9, "EMAIL", "n2@example.jp"), line(2, 9, "EMAIL", "n3@example.jp")]
    assert len(subjects_of(one + again, reader)) == 1  # no name on the other side: the same number
    household = one + [line(3, 12, "PERSON", "木村花子"), line(3, 12, "PHONE", "+81312345678")]
    assert names(subjects_of(household, reader)) == [("木村直樹",), ("木村花子",)]


def test_a_katakana_name_joins_the_kanji_name_it_reads(reader):
    findings = row("名簿", 2, ("A", "PERSON", "斎藤 美穂"), ("B", "EMAIL", "miho@example.jp"))
    findings += row("振込", 2, ("A", "PERSON", "ｻｲﾄｳ ﾐﾎ"), ("B", "BANK_ACCOUNT", "0001-001-1234567"))
    subjects = subjects_of(findings, reader)
    assert len(subjects) == 1 and subjects[0].names == ("斎藤美穂",)
    assert "BANK_ACCOUNT" in subjects[0].types


def test_findings_without_a_record_or_a_person_make_no_one(reader):
    assert subjects_of([f("PERSON", "山田太郎", "L1", None)], reader) == []
    assert subjects_of([line(1, 1, "ADDRESS", "東京都港区芝公園4-2-8"), line(1, 1, "POSTAL_CODE", "1050011")],
                       reader) == []


def test_a_subject_never_shows_its_values():
    from inventory.records import SubjectRecord
    subject = SubjectRecord(names=("山田太郎",), links=(("EMAIL", "taro@example.jp"),))
    assert "山田" not in repr(subject) and "taro" not in repr(subject)
