"""The share26 measure: contact items beside a recurring one-holder contact, repeated in one
object, and names recurring in a folder's files, counted true against look-alike."""

from __future__ import annotations

from benchmarks.contacts_beside_own import beside, located, names, within


def _item(path, entity, value, location=None, negative=False):
    return {"record": "item", "path": path, "entity_type": entity, "value": value, "location": location,
            "negative": negative}


def _forms():
    items = []
    for n in range(3):
        path = f"desk/form_{n}.txt"
        items += [_item(path, "POSTAL_CODE", "920-0853", "L1", True), _item(path, "PHONE", "076-221-4410", None, True),
                  _item(path, "PERSON", f"真壁 康之{n}", "L4"), _item(path, "POSTAL_CODE", f"910-000{n}", "L5")]
    return items


def test_a_postal_code_beside_the_footer_and_one_far_from_it():
    findings = [{"path": f"desk/form_{n}.txt", "entity_type": "PHONE", "text": "076-221-4410", "location": "L1"}
                for n in range(3)]
    counts = beside(located(_forms(), findings))
    assert counts == {("look-alike", "POSTAL_CODE"): 3}  # the members' 〒 four lines down are not beside it
    assert beside(_forms()) == {}  # no location known for the phone: nothing stands beside it


def test_repeats_within_an_object_and_recurring_names():
    items = _forms() + [_item("desk/form_0.txt", "PHONE", "076-221-4410", "L9", True)]
    errors = ["FALSE desk/form_0.txt L1 PHONE 076-221-4410", "FALSE desk/form_0.txt L9 PHONE 076-221-4410"]
    assert within(items, errors)["look-alike", "repeated in its object"] == 2
    assert within(items, errors)["flagged look-alike lines", "repeated in their file"] == 2
    staff = [_item(f"desk/form_{n}.txt", "PERSON", "受付 花子", "L8") for n in range(3)]
    counted = names(_forms() + staff, [f"FALSE desk/form_{n}.txt L8 PERSON 受付 花子" for n in range(3)])
    assert counted["true", "bare"] == 3 and counted["flagged lines", "value recurring"] == 3
