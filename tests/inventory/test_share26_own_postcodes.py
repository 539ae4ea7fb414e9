"""Issue 12, share26: the inventory sets aside a postal code standing beside a contact that is
the organisation's own (inventory.own_postcodes), derived from keyed hashes and locations when
asked — a watch batch bringing the third form takes the 〒 with the address; status (ja/en),
reconciliation's stores and the report agree. Made-up people and places."""

from __future__ import annotations

import pytest

from inventory import Inventory, open_inventory
from inventory.outcomes import stores_from_inventory
from inventory.own_contact_rows import own_contact_ids
from inventory.own_contacts import Occurrence
from inventory.own_postcodes import beside_own, line_of
from inventory.queries import current_findings, status_summary
from reports.report_data import build_report
from reports.terminal import status_text
from scanner.pipeline import run_scan, run_targets
from scanner.workers.runners import InlineRunner

KEY = bytes(range(32))
MEMBERS = [("真壁 康之", "〒910-0005 福井県福井市大手2-7-11"), ("日向 桃子", "〒371-0023 群馬県前橋市本町2-9-4"),
           ("氏家 周平", "〒410-0801 静岡県沼津市大手町3-1-4")]


def _form(folder, n):
    name, home = MEMBERS[n]
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["ゆうなぎ工房　〒920-0853 石川県金沢市本町1-5-2　TEL 076-221-4410", "", "修理受付票", f"お名前　{name}",
             f"住所　{home}"]
    (folder / f"受付_{n}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _postcodes(db):
    return sorted(row["path"] for row in current_findings(db) if row["entity_type"] == "POSTAL_CODE")


def test_a_third_form_takes_the_workshops_postal_code_with_its_address(scanner, tmp_path):
    share = tmp_path / "share"
    for n in (0, 1):
        _form(share / "受付", n)
    inventory = Inventory(open_inventory(tmp_path / "inventory.db"), KEY)
    run_scan([str(share)], inventory, InlineRunner(scanner, KEY))
    assert len(_postcodes(inventory.db)) == 4 and own_contact_ids(inventory.db) == set()

    _form(share / "受付", 2)
    run_targets(str(share), ["受付/受付_2.txt"], inventory, InlineRunner(scanner, KEY))  # a watch batch
    assert len(_postcodes(inventory.db)) == 3  # each member's own
    assert len(own_contact_ids(inventory.db)) == 9  # the workshop's address, phone and 〒 in three forms
    summary = status_summary(inventory.db)
    assert summary["own_contacts_set_aside"] == 9 and summary["findings_by_type"]["POSTAL_CODE"] == 3
    assert "組織自身の連絡先として除外: 9 件" in status_text(summary, "ja") and "郵便番号" in status_text(summary, "ja")
    assert "organisation's own contacts: 9" in status_text(summary, "en")
    assert all(len(store.values.get("POSTAL_CODE", ())) == 1 for store in stores_from_inventory(inventory.db))

    run_scan([str(share)], inventory, InlineRunner(scanner, KEY))  # the nightly scan
    report = build_report(inventory.db)
    assert report.summary["own_contacts"] == 9 and report.summary["resolved"] == 0
    assert len(_postcodes(inventory.db)) == 3


@pytest.mark.parametrize(("place", "line"), [
    ("L12", ("#row", 12)), ("body:L4", ("body:L", 4)), ("page1:L1", ("page1:L", 1)), ("p3", ("p", 3)),
    ("名簿!C7", ("名簿!#row", 7)), ("slide2!TextBox 2:L1", ("slide2!TextBox 2:L", 1)), ("", None), ("meta", None)])
def test_the_line_a_place_names(place, line):
    assert line_of(place) == line


def _at(entity_type, value, place, people=(), obj="o", header=False):
    return Occurrence("s", entity_type, value, obj, frozenset(people), header, place)


OWN = {("s", "ADDRESS", "a")}


@pytest.mark.parametrize(("postcode", "follows"), [
    (_at("POSTAL_CODE", "z", "L3"), True),  # the same line
    (_at("POSTAL_CODE", "z", "L2"), True),  # the line above
    (_at("POSTAL_CODE", "z", "L5"), False),  # two lines away
    (_at("POSTAL_CODE", "z", "p3"), False),  # another block
    (_at("POSTAL_CODE", "z", "L3", obj="other"), False),  # another object
    (_at("POSTAL_CODE", "z", "L3", people=("b",)), False),  # someone else's, beside it
    (_at("POSTAL_CODE", "z", "L3", people=("a",)), True),  # held by the one the address was tied to
    (_at("POSTAL_CODE", "z", "L3", header=True), False),
    (_at("PHONE", "t", "L3"), False),  # only postal codes follow
])
def test_what_follows_an_own_contact(postcode, follows):
    found = [_at("ADDRESS", "a", "L3", people=("a",)), postcode]
    assert beside_own(found, OWN) == ({(postcode.obj, postcode.entity_type, postcode.value)} if follows else set())
    found.append(_at("POSTAL_CODE", "z", "L9", people=("a",)))  # the same 〒 again in the object: left whole
    assert beside_own(found, OWN) == set()
