"""The index of subject keys by key and the findings' indexes are set aside while a
first scan fills an empty inventory and are back, the same, before anyone is
resolved (inventory.key_index): at the end of the scan, complete or interrupted, and
at the next opening after a scan killed; a scan into an inventory that holds keys
and findings keeps them."""

from __future__ import annotations

from inventory import key_index
from inventory.db import open_inventory
from inventory.records import FindingRecord, ObjectRecord, SubjectRecord
from inventory.store import Inventory, Scope
from scanner.workers.sealing import seal

ROOT = "/share"


def present(db) -> bool:
    return db.execute("select 1 from sqlite_master where type = 'index' and name = ?",
                      [key_index.NAME]).fetchone() is not None


def columns_of(db) -> list[str]:
    return [row[2] for row in db.execute(f"pragma index_info({key_index.NAME})")]


def definitions(db) -> dict[str, str]:
    """Each index that is set aside, as sqlite_master holds it (absent ones left out)."""
    names = [name for _, name, _ in key_index.INDEXES]
    return {row[0]: row[1] for row in db.execute(
        f"select name, sql from sqlite_master where name in ({', '.join('?' * len(names))})", names)}


def record(inventory, scan_id: int, uri: str, *links: tuple[str, str]) -> None:
    subject = SubjectRecord(names=("山田太郎",), links=links, types=("PERSON",), script="kanji")
    finding = FindingRecord("PERSON", "山田太郎", "山田 **", 0.9, "test", "L1")
    inventory.record(scan_id, ROOT, seal(ObjectRecord(uri, "file", size=1, mtime=1.0, subjects=[subject],
                                                      findings=[finding]), inventory.key))


def persons(inventory) -> list[int]:
    return [row[0] for row in inventory.db.execute("select person_id from subjects order by id")]


def test_a_first_scan_writes_without_the_index_and_resolves_with_it(inventory):
    columns, made = columns_of(inventory.db), definitions(inventory.db)
    assert columns == ["key", "kind"] and len(made) == len(key_index.INDEXES)
    assert made == {name: definition for _, name, definition in key_index.INDEXES}  # as the migrations made them
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    assert not present(inventory.db) and definitions(inventory.db) == {}
    record(inventory, scan_id, "a.csv", ("EMAIL", "taro@example.jp"))
    record(inventory, scan_id, "b.csv", ("EMAIL", "taro@example.jp"))
    inventory.finish_scan(scan_id, [Scope(ROOT)])
    assert present(inventory.db)
    assert columns_of(inventory.db) == columns and definitions(inventory.db) == made
    assert len(set(persons(inventory))) == 1  # one person across the two objects
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")  # keys and findings held: the indexes stay
    assert definitions(inventory.db) == made
    inventory.finish_scan(scan_id, [Scope(ROOT)], status="interrupted")


def test_once_an_object_is_known_the_findings_keep_their_indexes(inventory):
    """A scan that meets a known object reads its findings by them (even when none was
    found before); the key index waits for the first key."""
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    inventory.record(scan_id, ROOT, ObjectRecord("a.csv", "file", size=1, mtime=1.0))
    inventory.finish_scan(scan_id, [Scope(ROOT)])
    inventory.begin_scan([Scope(ROOT)], "test")
    assert not present(inventory.db) and len(definitions(inventory.db)) == len(key_index.INDEXES) - 1


def test_an_interrupted_first_scan_puts_it_back(inventory):
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    record(inventory, scan_id, "a.csv", ("EMAIL", "taro@example.jp"))
    inventory.finish_scan(scan_id, [Scope(ROOT)], status="interrupted")
    assert present(inventory.db)


def test_the_next_opening_after_a_killed_first_scan_puts_it_back(tmp_path, inventory):
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    record(inventory, scan_id, "a.csv", ("EMAIL", "taro@example.jp"))
    made = {name: definition for _, name, definition in key_index.INDEXES}
    inventory.db.conn.commit()  # then the scan is killed: no finish
    assert not present(inventory.db) and definitions(inventory.db) == {}
    reopened = Inventory(open_inventory(tmp_path / "inventory.db"), inventory.key)
    assert present(reopened.db) and definitions(reopened.db) == made
    assert [row[0] for row in reopened.db.execute(
        f"select subject_id from subject_keys indexed by {key_index.NAME} where key is not null")]
