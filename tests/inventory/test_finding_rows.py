"""Findings prepared where they were read (inventory.finding_rows) are stored as the
same findings handed over one by one: rows, occurrences, summary and risk; an
object that failed after it was prepared (a part of a container whose worker
died) stores no summary; a raw value is refused either way."""

from __future__ import annotations

import copy
import pickle

import pytest

from inventory import FindingRecord, Inventory, ObjectRecord, open_inventory
from inventory.finding_rows import finding_rows, prepare
from inventory.records import UnsealedFinding
from inventory.store import Scope
from scanner.workers.sealing import seal

ROOT = "/share"


def _finding(value: str, entity: str = "MY_NUMBER", location: str = "A1", score: float = 0.8,
             category: str | None = None) -> FindingRecord:
    return FindingRecord(entity_type=entity, value=value, masked=value[:2] + "**", score=score,
                         detector="test", location=location, category=category)


def _tree(key: bytes) -> ObjectRecord:
    member = ObjectRecord("名簿.zip!b.csv", "member", personal_rows=6,
                          findings=[_finding("222", location=f"A{i}") for i in range(1, 4)]
                          + [_finding("田中", entity="PERSON", score=0.6), _finding("田中", entity="PERSON", score=0.9)])
    failed = ObjectRecord("名簿.zip!c.csv", "member")
    top = ObjectRecord("名簿.zip", "file", findings=[_finding("111"), _finding("病歴", "SENSITIVE", category="病歴")],
                       children=[member, failed])
    return seal(top, key)


def _stored(inventory) -> tuple[list, list]:
    objects = list(inventory.db.execute("select id, uri, parent_id, status, summary, risk from objects order by id"))
    findings = list(inventory.db.execute(
        "select object_id, entity_type, value_hmac, category, masked, score, detector, location, occurrences "
        "from findings order by id"))
    return objects, findings


def _write(inventory, record: ObjectRecord) -> tuple[list, list]:
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    inventory.record(scan_id, ROOT, record)
    inventory.finish_scan(scan_id, [Scope(ROOT)])
    return _stored(inventory)


def test_prepared_findings_are_stored_as_the_findings_themselves(inventory, tmp_path):
    record = _tree(inventory.key)
    plain = _write(inventory, copy.deepcopy(record))
    prepared = prepare(pickle.loads(pickle.dumps(record)))  # as a worker sends it
    assert all(not obj.findings and obj.prepared is not None for obj in prepared.walk())
    other = Inventory(open_inventory(tmp_path / "prepared.db"), inventory.key)
    assert _write(other, prepared) == plain
    objects, findings = plain
    assert [row[-1] for row in findings if row[1] == "PERSON"] == [2]  # repeats are occurrences
    assert [row[5] for row in findings if row[1] == "PERSON"] == [0.9]  # the best score kept
    assert objects[0][-1] == "high" and '"病歴"' in objects[0][-2]


def test_an_object_that_failed_after_it_was_prepared_stores_no_summary(inventory):
    record = prepare(_tree(inventory.key))
    failed = record.children[1]
    failed.status, failed.error = "crashed", "the worker reading it died"
    objects, _ = _write(inventory, record)
    assert [(uri, status, summary) for _, uri, _, status, summary, _ in objects if uri.endswith("c.csv")] == [
        ("名簿.zip!c.csv", "crashed", None)]


def test_a_raw_value_is_refused_before_it_becomes_a_row():
    with pytest.raises(UnsealedFinding):
        finding_rows([_finding("176749365367")])
    with pytest.raises(UnsealedFinding):
        prepare(ObjectRecord("a.csv", "file", findings=[_finding("176749365367")]))
