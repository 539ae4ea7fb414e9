"""The share28 measure: items of a contact value recurring in three files of one folder that
stand in another folder (fewer times there), by where that folder is, true against look-alike."""

from __future__ import annotations

from benchmarks.recurring_contacts import elsewhere


def _item(path, entity, value, negative=True):
    return {"record": "item", "path": path, "entity_type": entity, "value": value, "negative": negative}


def test_a_letterhead_in_a_sibling_folder_and_in_another_top_folder():
    items = [_item(f"guild/forms/f{n}.txt", "PHONE", "076-221-4410") for n in range(3)]
    items += [_item("guild/2019/old.txt", "PHONE", "076 221 4410"), _item("other/memo.txt", "PHONE", "0762214410"),
              _item("guild/2019/old.txt", "PHONE", "090-1234-5678", negative=False)]
    assert elsewhere(items, 3) == {("look-alike", "same top folder"): 1, ("look-alike", "another top folder"): 1}


def test_postal_codes_and_addresses_without_a_number_never_count():
    items = [_item(f"guild/forms/f{n}.txt", entity, value) for n in range(3)
             for entity, value in (("POSTAL_CODE", "920-0853"), ("ADDRESS", "石川県金沢市"))]
    items += [_item("guild/2019/old.txt", "POSTAL_CODE", "920-0853"), _item("guild/2019/old.txt", "ADDRESS", "石川県金沢市")]
    assert elsewhere(items, 3) == {}
