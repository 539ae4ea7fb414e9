"""The store's semantics, on a real SQLite file: keys, modes, migrations, and
finding intervals across scans."""

import os
import sqlite3
import stat

import pytest
from sqlite_utils import Database

from inventory import FindingRecord, Inventory, ObjectRecord, load_or_create_key, open_inventory
from inventory.keys import value_hmac
from inventory.migrations import MIGRATIONS, apply_migrations
from inventory.queries import current_findings, findings_in_scan, unverified_objects
from inventory.records import UnsealedFinding
from inventory.store import Scope
from scanner.workers.sealing import seal

ROOT = "/share"


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_key_and_database_are_private(tmp_path, daicho_home):
    key = load_or_create_key()
    assert len(key) == 32 and mode(daicho_home / "hmac.key") == 0o600
    assert load_or_create_key() == key  # stable per installation
    open_inventory(tmp_path / "inv.db")
    assert mode(tmp_path / "inv.db") == 0o600


def test_migrations_are_recorded_once(tmp_path):
    db = open_inventory(tmp_path / "inv.db")
    names = [m.name for m in MIGRATIONS.applied(db)]
    assert names == [m.name for m in MIGRATIONS.pending(Database(memory=True))] and len(names) >= 7
    assert apply_migrations(open_inventory(tmp_path / "inv.db")) == []  # idempotent
    assert len(MIGRATIONS.applied(db)) == len(names)


def test_an_inventory_from_before_sqlite_utils_4_keeps_its_migrations(tmp_path):
    """Its `_migrations` record is adopted: nothing runs twice, nothing is lost."""
    path = tmp_path / "old.db"
    db = open_inventory(path)
    applied = [(m.name, m.applied_at) for m in MIGRATIONS.applied(db)]
    db.execute("drop table _sqlite_migrations")
    db["_migrations"].insert_all([{"name": n, "applied": t} for n, t in applied], pk="name")
    db.conn.close()
    reopened = open_inventory(path)
    assert [(m.name, m.applied_at) for m in MIGRATIONS.applied(reopened)] == applied
    assert "_migrations" not in reopened.table_names()


def test_an_inventory_from_before_the_remote_sources_gets_their_columns(tmp_path):
    """m008 comes after main's m007 and adds the SMB columns to existing objects."""
    path = tmp_path / "inv.db"
    db = Database(path)
    MIGRATIONS.apply(db, stop_before="m008_remote_sources")
    db["objects"].insert({"root": ROOT, "uri": "a.csv", "status": "ok"})
    assert "world_readable" not in db["objects"].columns_dict
    assert [m.name for m in MIGRATIONS.pending(db)][0] == "m008_remote_sources"
    open_inventory(path)  # opening applies what is pending
    columns = Database(path)["objects"].columns_dict
    assert columns["world_readable"] is int and columns["change_token"] is str
    row = next(Database(path)["objects"].rows)
    assert (row["uri"], row["world_readable"], row["change_token"]) == ("a.csv", None, None)
    assert "m008_remote_sources" in [m.name for m in MIGRATIONS.applied(Database(path))]
    assert MIGRATIONS.pending(Database(path)) == []


def test_hmac_is_keyed():
    assert value_hmac(b"a" * 32, "123456789018") != value_hmac(b"b" * 32, "123456789018")


def finding(value, location="A1", entity="MY_NUMBER"):
    return FindingRecord(entity_type=entity, value=value, masked=value[:2] + "**", score=0.8,
                         detector="test", location=location)


def scan(inventory, records):
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    for record in records:
        inventory.record(scan_id, ROOT, seal(record, inventory.key))
    inventory.finish_scan(scan_id, [Scope(ROOT)])
    return scan_id


def identities(rows):
    return {(r["path"], r["entity_type"], r["masked"]) for r in rows}


def test_intervals_new_still_resolved_and_reappeared(inventory):
    s1 = scan(inventory, [ObjectRecord("a.csv", "file", findings=[finding("111"), finding("222")])])
    # an edit moves 111 to another line (same identity) and removes 222
    s2 = scan(inventory, [ObjectRecord("a.csv", "file", findings=[finding("111", "B9")])])
    s3 = scan(inventory, [ObjectRecord("a.csv", "file", findings=[finding("111"), finding("222")])])
    rows = list(inventory.db["findings"].rows)
    assert len(rows) == 3  # 111 once over s1..s3, 222 twice (s1, then s3)
    assert identities(findings_in_scan(inventory.db, s2)) == {("a.csv", "MY_NUMBER", "11**")}
    assert identities(findings_in_scan(inventory.db, s3)) == {("a.csv", "MY_NUMBER", "11**"),
                                                              ("a.csv", "MY_NUMBER", "22**")}
    assert s1 < s2 < s3


def test_repeated_value_is_one_finding_with_occurrences(inventory):
    scan(inventory, [ObjectRecord("a.csv", "file", findings=[finding("111", "A1"), finding("111", "A7")])])
    (row,) = inventory.db["findings"].rows
    assert row["occurrences"] == 2 and row["location"] == "A1"


def test_objects_not_seen_are_deleted_and_their_findings_end(inventory):
    scan(inventory, [ObjectRecord("a.csv", "file", findings=[finding("111")]),
                     ObjectRecord("b.csv", "file", findings=[finding("222")])])
    scan(inventory, [ObjectRecord("a.csv", "file", findings=[finding("111")])])
    assert identities(current_findings(inventory.db)) == {("a.csv", "MY_NUMBER", "11**")}
    deleted = inventory.db.execute("select uri from objects where deleted_scan is not null").fetchall()
    assert deleted == [("b.csv",)]


def test_raw_value_never_reaches_the_database(inventory, tmp_path):
    scan(inventory, [ObjectRecord("a.csv", "file", findings=[finding("176749365367")])])
    inventory.db.conn.commit()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("inventory.db*"))
    assert b"176749365367" not in raw


def _committed_rows(path):
    """What another process would see (a reader, or a scan resumed after kill -9)."""
    con = sqlite3.connect(path)
    try:
        return (con.execute("select count(*) from objects").fetchone()[0],
                con.execute("select count(*) from findings").fetchone()[0])
    finally:
        con.close()


def test_an_object_and_its_findings_are_committed_together(tmp_path):
    """sqlite-utils 4 commits each write made outside a transaction; a kill -9
    between an object's rows must not leave half of it stored."""
    inventory = Inventory(open_inventory(tmp_path / "inventory.db"), load_or_create_key())
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    with inventory.batch(max_objects=2, max_seconds=3600):
        inventory.record(scan_id, ROOT, seal(ObjectRecord("a.csv", "file", findings=[finding("111"), finding("222")]),
                                             inventory.key))
        assert _committed_rows(tmp_path / "inventory.db") == (0, 0)  # nothing until the batch commits
        inventory.record(scan_id, ROOT, seal(ObjectRecord("b.csv", "file", findings=[finding("333")]), inventory.key))
        assert _committed_rows(tmp_path / "inventory.db") == (2, 3)  # a full batch, whole objects
    assert _committed_rows(tmp_path / "inventory.db") == (2, 3)


def current(inventory):
    return identities(current_findings(inventory.db))


def unverified(inventory):
    return {row["uri"]: (row["status"], row["since"], row["findings"]) for row in unverified_objects(inventory.db)}


def test_a_failed_read_keeps_findings_unverified_until_read_again(inventory):
    """Issue 13.3: not resolved one night and new the next."""
    roster = [finding("111"), finding("222")]
    s1 = scan(inventory, [ObjectRecord("a.csv", "file", findings=roster)])
    s2 = scan(inventory, [ObjectRecord("a.csv", "file", status="unreadable", error="permission denied", read=False)])
    assert current(inventory) == {("a.csv", "MY_NUMBER", "11**"), ("a.csv", "MY_NUMBER", "22**")}
    assert identities(findings_in_scan(inventory.db, s2)) == identities(findings_in_scan(inventory.db, s1))
    assert unverified(inventory) == {"a.csv": ("unreadable", s2, 2)}
    scan(inventory, [ObjectRecord("a.csv", "file", status="unreadable", error="permission denied", read=False)])
    assert unverified(inventory) == {"a.csv": ("unreadable", s2, 2)}  # since the first night it failed
    s4 = scan(inventory, [ObjectRecord("a.csv", "file", findings=[finding("111")])])  # read: 222 is gone
    assert current(inventory) == {("a.csv", "MY_NUMBER", "11**")} and unverified(inventory) == {}
    (kept,) = [r for r in inventory.db["findings"].rows if r["masked"] == "11**"]
    assert (kept["first_scan_id"], kept["ended_scan"]) == (s1, None)  # one interval, never ended
    (ended,) = [r for r in inventory.db["findings"].rows if r["masked"] == "22**"]
    assert ended["ended_scan"] == s4


def test_an_unverified_object_that_is_gone_ends_its_findings(inventory):
    scan(inventory, [ObjectRecord("a.csv", "file", findings=[finding("111")])])
    scan(inventory, [ObjectRecord("a.csv", "file", status="too_large", error="grew", read=False)])
    scan(inventory, [])
    assert current(inventory) == set() and unverified(inventory) == {}


def test_a_member_that_fails_keeps_its_findings_inside_a_container_read_again(inventory):
    member = ObjectRecord("x.zip!m.csv", "member", findings=[finding("333")])
    scan(inventory, [ObjectRecord("x.zip", "file", children=[member, ObjectRecord("x.zip!n.csv", "member")])])
    broken = ObjectRecord("x.zip!m.csv", "member", status="encrypted", error="password")
    s2 = scan(inventory, [ObjectRecord("x.zip", "file", children=[broken])])
    assert current(inventory) == {("x.zip!m.csv", "MY_NUMBER", "33**")}
    assert unverified(inventory) == {"x.zip!m.csv": ("encrypted", s2, 1)}
    live = {r["uri"] for r in inventory.db["objects"].rows_where("deleted_scan is null")}
    assert live == {"x.zip", "x.zip!m.csv"}  # n.csv is gone from the archive


def test_an_object_never_read_is_not_unverified_when_it_fails(inventory):
    scan(inventory, [ObjectRecord("a.pdf", "file", status="encrypted", error="password")])
    scan(inventory, [ObjectRecord("a.pdf", "file", status="encrypted", error="password")])
    assert unverified(inventory) == {}


def test_objects_kept_under_an_unreachable_container_are_unverified_until_seen(inventory):
    scan(inventory, [ObjectRecord("box/1", "message", findings=[finding("111")])])
    s2, _ = inventory.begin_scan([Scope(ROOT)], "test")
    inventory.keep(s2, inventory.previous(ROOT, "box/1"))
    inventory.record(s2, ROOT, ObjectRecord("box", "folder", status="unreadable", error="down", read=False))
    inventory.finish_scan(s2, [Scope(ROOT)])
    assert current(inventory) == {("box/1", "MY_NUMBER", "11**")} and unverified(inventory)["box/1"][1] == s2
    s3, _ = inventory.begin_scan([Scope(ROOT)], "test")
    inventory.reuse(s3, inventory.previous(ROOT, "box/1"))
    inventory.finish_scan(s3, [Scope(ROOT)])
    assert unverified(inventory) == {} and current(inventory) == {("box/1", "MY_NUMBER", "11**")}


def test_an_unchanged_rescan_writes_nothing_per_object(inventory):
    s1 = scan(inventory, [ObjectRecord(f"{i}.csv", "file", findings=[finding(str(i))]) for i in range(20)])
    changes = inventory.db.conn.total_changes
    s2, _ = inventory.begin_scan([Scope(ROOT)], "test")
    with inventory.batch():
        for i in range(20):
            inventory.reuse(s2, inventory.previous(ROOT, f"{i}.csv"))
    stats = inventory.finish_scan(s2, [Scope(ROOT)])
    assert inventory.db.conn.total_changes - changes <= 2  # the scan's own row, begun and finished
    assert stats["objects_seen"] == 20 and stats["objects_reused"] == 20 and stats["findings"] == 20
    assert len(list(findings_in_scan(inventory.db, s2))) == 20 == len(list(findings_in_scan(inventory.db, s1)))


def test_a_scan_of_named_paths_ends_only_what_it_was_given(inventory):
    """A watch batch names a few paths: objects it was not given keep their findings;
    a named path that is gone ends its own."""
    scan(inventory, [ObjectRecord(uri, "file", findings=[finding(v)])
                     for uri, v in (("a.csv", "111"), ("b.csv", "222"), ("c/d.csv", "333"))])
    batch = [Scope(ROOT, "a.csv"), Scope(ROOT, "c")]
    watch_id, _ = inventory.begin_scan(batch, "test", kind="watch")
    inventory.record(watch_id, ROOT, seal(ObjectRecord("a.csv", "file", findings=[finding("444")]), inventory.key))
    stats = inventory.finish_scan(watch_id, batch)  # c/d.csv was not walked: gone
    assert current(inventory) == {("a.csv", "MY_NUMBER", "44**"), ("b.csv", "MY_NUMBER", "22**")}
    assert (stats["objects_seen"], stats["findings"]) == (1, 1)


def test_the_writer_refuses_a_raw_value(inventory):
    """Values are hashed where they were found (scanner.workers.sealing): one that
    reaches the writer raw is a bug, not something to hash here."""
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    with pytest.raises(UnsealedFinding) as refused:
        inventory.record(scan_id, ROOT, ObjectRecord("a.csv", "file", findings=[finding("176749365367")]))
    assert "176749365367" not in str(refused.value)
    sealed = seal(ObjectRecord("a.csv", "file", findings=[finding("176749365367")]), inventory.key).findings[0]
    assert sealed.value is None and sealed.text is None and sealed.context is None
    assert sealed.value_hmac == value_hmac(inventory.key, "176749365367")
