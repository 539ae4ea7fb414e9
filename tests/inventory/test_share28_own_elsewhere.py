"""Issue 12, share28: a contact proven the organisation's in one folder (inventory.own_contacts)
is its own in the other folders of the same top folder under the scanned root, unless it stands
there in a mail header or tied to one person in two objects; a set-aside occurrence (scanner.
own_values: no people) counts toward the three objects."""

from __future__ import annotations

from inventory.own_contacts import Occurrence, area_of, organisations_own, own_elsewhere, scope_of

ROOT = "/srv/share"


def _at(uri, value="06-6321-4187", people=(), header=False):
    return Occurrence(scope_of(ROOT, uri), "PHONE", value, uri, frozenset(people), header)


def _proven():
    return [_at(f"よろず堂/会員/申込_{n}.txt", people={f"member{n}"}) for n in range(3)]


def test_the_area_is_the_top_folder_under_the_root():
    assert area_of(scope_of(ROOT, "a/b/c/x.txt")) == area_of(scope_of(ROOT, "a/y.txt")) != area_of(scope_of(ROOT, "b/z.txt"))
    assert area_of(scope_of(ROOT, "x.txt")) == f"{ROOT}\x00"


def test_a_set_aside_occurrence_is_the_third_object():
    found = [*_proven()[:2], _at("よろず堂/会員/案内.txt")]
    assert len(organisations_own(found)) == 1


def test_another_folder_of_the_top_folder_follows_another_top_folder_does_not():
    found = [*_proven(), _at("よろず堂/旧年度/申込.txt", people={"member9"}), _at("他団体/申込.txt")]
    own = organisations_own(found)
    assert own_elsewhere(found, own) == {(scope_of(ROOT, "よろず堂/旧年度/申込.txt"), "PHONE", "06-6321-4187")}


def test_a_header_or_one_person_in_two_objects_keeps_it():
    in_header = [*_proven(), _at("よろず堂/mail/1.eml", header=True)]
    assert own_elsewhere(in_header, organisations_own(in_header)) == set()
    one_person = [*_proven(), _at("よろず堂/旧/1.txt", people={"p"}), _at("よろず堂/旧/2.txt", people={"p"})]
    assert own_elsewhere(one_person, organisations_own(one_person)) == set()
