"""The people share (benchmarks/people_share) scanned end to end: the people count
of the share within 2% of the truth, `locate` finding every object of each of the
50 employees, and no name, date or identifier of anyone in the inventory."""

from __future__ import annotations

import pytest

from benchmarks.people_accuracy import run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def results(detector, tmp_path_factory):
    return run(tmp_path_factory.mktemp("people"), seed=17, detector=detector)


def test_the_share_is_what_the_truth_says(results):
    truth = results["truth"]
    assert len(truth.employees) == 50 and len(truth.people) > 60  # employees and the family they name
    names = [m.name() for m in truth.employees]
    assert len(set(names)) == 49  # one pair of homonyms, on purpose


def test_people_are_counted_within_two_percent(results):
    folder, true, people = results["counts"][0]
    assert folder == "(all)" and abs(people.estimate - true) <= 0.02 * true
    assert people.low <= true <= people.high
    for folder, true, people in results["counts"][1:]:
        assert people.low - 1 <= true <= people.high + 1, folder


def test_locate_finds_every_object_of_each_person(results):
    identified, every = results["locate_birth"]
    assert every.recall >= 0.98 and every.false <= 2
    assert identified.recall >= 0.75 and identified.false == 0
    _, by_name = results["locate_name"]
    assert by_name.recall >= 0.98 and by_name.false <= 10  # the homonyms share their name


def test_no_raw_value_in_the_inventory(results):
    truth = results["truth"]
    stored = b"".join(path.read_bytes() for path in results["db"].parent.glob("inventory.db*"))
    values = set()
    for member in [*truth.employees, *truth.family.values()]:
        values |= {member.name(), member.name(space=""), member.surname + member.given, member.email, member.mobile,
                   member.birth.isoformat(), member.kana(""), member.my_number}
    leaks = sorted(v for v in values if v and v.encode() in stored)
    assert leaks == []
