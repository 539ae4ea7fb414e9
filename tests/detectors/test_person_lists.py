"""Name lists and the rules that need no tokenizer: passport spellings, names in
capitals, and the Wikipedia benchmark's scoring (made-up names)."""

import sys
from pathlib import Path

import pytest

from detectors.jp.person_names import load_name_lists, passport_spellings
from detectors.jp.person_romaji import caps_names

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from wiki_person import same_name, score  # noqa: E402


@pytest.fixture(scope="module")
def lists():
    return load_name_lists()


@pytest.mark.parametrize("romaji, spelling", [
    ("satou", "SATO"), ("satou", "SATOH"), ("oono", "ONO"), ("oono", "OHNO"), ("yuuko", "YUKO"),
    ("nanba", "NAMBA"), ("kenji", "KENJI"),
])
def test_passport_spellings(romaji, spelling):
    assert spelling in passport_spellings(romaji)


def test_the_lists_hold_kanji_kana_and_romaji(lists):
    assert {"太郎", "心愛"} <= lists.given_names and {"佐藤", "梶原"} <= lists.surnames
    assert "タロウ" in lists.given_kana and "サトウ" in lists.surname_kana
    assert "KENJI" in lists.given_romaji and "NAKAMURA" in lists.surname_romaji


@pytest.mark.parametrize("text, expected", [
    ("NAKAMURA KENJI", ["NAKAMURA KENJI"]),
    ("KENJI NAKAMURA", ["KENJI NAKAMURA"]),
    ("NAKAMURA, KENJI", ["NAKAMURA, KENJI"]),
    ("TRAN THI HOA", ["TRAN THI HOA"]),
    ("PARK JI-HOON", ["PARK JI-HOON"]),
    ("CHAN TAI MAN", ["CHAN TAI MAN"]),
    ("ITO EN", []),  # a given name too short to tell
    ("SATO KOGYO", []),  # a surname and a company word
    ("OH NO", []),
    ("LI NA", []),  # too short without context
    ("HO CHI MINH", []),
    ("ABC TRADING CO LTD", []),
    ("THE NAKAMURA KENJI FUND", []),  # inside a longer run of capitals
])
def test_names_in_capitals(lists, text, expected):
    assert [text[start:end] for start, end in caps_names(text, lists)] == expected


def test_wiki_scoring_matches_a_name_by_two_characters_on_its_line():
    truth = {("a.txt", 1): ["山田太郎", "ジョン・スミス"], ("a.txt", 2): ["佐藤"]}
    found = [("a.txt", 1, "山田"), ("a.txt", 1, "スミス"), ("a.txt", 2, "山田"), ("a.txt", 2, "佐藤花子")]
    precision, recall, f1, wrong, missed = score(found, truth)
    assert (precision, recall) == (0.75, 1.0) and wrong == [("a.txt", 2, "山田")] and not missed
    assert same_name("ＳＡＴＯ", "SATO") and same_name("山", "山田") and not same_name("山田", "佐藤")
