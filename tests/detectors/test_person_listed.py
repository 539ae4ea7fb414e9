"""PERSON: kanji names the dictionary does not tag, listed with people by a middle
dot or a dash (issue 12, wikilook2); lists of places and a department listed with
people left alone. Made-up names, the real GiNZA model."""

import pytest

from detectors.jp.person_listed import listed_with_people


def _people(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("会合には吉岡正志-畦拓-新井里奈が並んだ。", "畦拓"),
    ("吉岡正志-蛭巌-新井里奈らの派閥が生まれた。", "蛭巌"),
])
def test_a_name_listed_with_people_is_found(detector, text, name):
    assert name in _people(detector, text)


@pytest.mark.slow
def test_a_list_of_places_holds_no_name(detector):
    assert _people(detector, "視察団は東京・大阪・名古屋を巡った。") == []


@pytest.mark.parametrize("text, names, expected", [
    ("吉岡正志-畦拓-新井里奈が", [(0, 4), (8, 12)], [(5, 7)]),
    ("吉岡正志・畦拓・新井里奈が", [(0, 4), (8, 12)], [(5, 7)]),
    ("吉岡正志・畦拓・新井里奈が", [(0, 4)], []),  # listed with one name only
    ("営業部・吉岡正志・新井里奈が", [(4, 8), (9, 13)], []),  # a department, not a person
    ("東京・大阪・名古屋を", [], []),
])
def test_items_listed_with_two_found_names(text, names, expected):
    assert listed_with_people(text, names) == expected
