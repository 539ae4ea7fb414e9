"""The scan's alert decision reads only what changed (reports.changes); it must find
the same new and reappeared findings as the officer's full report, scan after
scan, under verdicts of every kind."""

from __future__ import annotations

from inventory import FindingRecord, ObjectRecord
from inventory.store import Scope
from inventory.triage import record_verdict
from reports.changes import latest_changes
from reports.diff import identity
from reports.report_data import build_report
from scanner.alerting import NEW_ALERTED, new_alerts
from scanner.workers.sealing import seal

ROOT = "/share"


def finding(value: str, entity: str = "MY_NUMBER") -> FindingRecord:
    return FindingRecord(entity_type=entity, value=value, masked=value[:2] + "**", score=0.9, detector="t",
                         location="A1")


def scan(inventory, files: dict[str, list[str]], watch: list[str] | None = None) -> int:
    scopes = [Scope(ROOT, path) for path in watch] if watch is not None else [Scope(ROOT)]
    scan_id, _ = inventory.begin_scan(scopes, "test", kind="full" if watch is None else "watch")
    for uri, values in files.items():
        inventory.record(scan_id, ROOT, seal(ObjectRecord(uri, "file", findings=[finding(v) for v in values]),
                                             inventory.key))
    inventory.finish_scan(scan_id, scopes)
    return scan_id


def same_as_report(db) -> dict[str, list[tuple[str, str]]]:
    """The changes, checked against the report; (path, masked) of new and reappeared."""
    report, changes = build_report(db), latest_changes(db)
    for name in ("new", "reappeared"):
        assert sorted(map(identity, getattr(changes.diff, name))) == sorted(map(identity, getattr(report.diff, name)))
    assert new_alerts(changes, "ja") == new_alerts(report, "ja")
    alerted = latest_changes(db, NEW_ALERTED)  # what a scan asks: only the types an alert tells of
    assert new_alerts(alerted, "ja") == new_alerts(report, "ja")
    assert alerted.diff.reappeared == changes.diff.reappeared
    return {name: sorted((f["path"], f["masked"]) for f in getattr(changes.diff, name))
            for name in ("new", "reappeared")}


def test_changes_agree_with_the_report_scan_after_scan(inventory):
    db = inventory.db
    scan(inventory, {"a.csv": ["111", "222"], "b/c.csv": ["333"], "d.csv": ["444"]})
    assert len(same_as_report(db)["new"]) == 4
    first = {f["path"]: f for f in build_report(db).diff.new}
    record_verdict(db, "remediated", "finding", root=ROOT, uri="a.csv", entity_type="MY_NUMBER",
                   value_hmac=first["a.csv"]["value_hmac"])
    record_verdict(db, "false_positive", "rule", glob="d.csv")
    scan(inventory, {"a.csv": ["111", "222", "555"], "b/c.csv": ["333"], "d.csv": ["444", "666"]})
    reappeared = [("a.csv", first["a.csv"]["masked"])]
    assert same_as_report(db) == {"new": [("a.csv", "55**")], "reappeared": reappeared}  # d.csv: false positive
    scan(inventory, {"a.csv": ["222"], "b/c.csv": ["333"]}, watch=["a.csv", "d.csv"])  # a watch batch between
    scan(inventory, {"a.csv": ["111"], "b/c.csv": ["333", "777"]})  # d.csv gone
    assert same_as_report(db)["new"] == [("b/c.csv", "77**")]
    record_verdict(db, "remediated", "object", root=ROOT, uri="b/c.csv")
    record_verdict(db, "remediated", "rule", glob="a.csv", entity_type="MY_NUMBER")
    scan(inventory, {"a.csv": ["111", "888"], "b/c.csv": ["333"], "e.csv": ["999"]})
    assert same_as_report(db) == {"new": [("e.csv", "99**")],  # a.csv and b/c.csv: remediated, present
                                  "reappeared": [("a.csv", "11**"), ("a.csv", "88**"), ("b/c.csv", "33**")]}


def test_a_scan_looks_only_for_new_findings_an_alert_tells_of(inventory):
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    inventory.record(scan_id, ROOT, seal(ObjectRecord("a.csv", "file", findings=[
        finding("111"), finding("090-1111-2222", "PHONE")]), inventory.key))
    inventory.finish_scan(scan_id, [Scope(ROOT)])
    everything, alerted = latest_changes(inventory.db), latest_changes(inventory.db, NEW_ALERTED)
    assert sorted(f["entity_type"] for f in everything.diff.new) == ["MY_NUMBER", "PHONE"]
    assert [f["entity_type"] for f in alerted.diff.new] == ["MY_NUMBER"]
    assert new_alerts(alerted, "en") == new_alerts(everything, "en")
