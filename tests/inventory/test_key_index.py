"""The index of subject keys by key is set aside while a first scan fills an empty
inventory and is back, the same, before anyone is resolved (inventory.key_index):
at the end of the scan, complete or interrupted, and at the next opening after a
scan killed; a scan into an inventory that holds keys keeps it."""

from __future__ import annotations

from inventory import key_index
from inventory.db import open_inventory
from inventory.records import ObjectRecord, SubjectRecord
from inventory.store import Inventory, Scope
from scanner.workers.sealing import seal

ROOT = "/share"


def present(db) -> bool:
    return db.execute("select 1 from sqlite_master where type = 'index' and name = ?",
                      [key_index.NAME]).fetchone() is not None


def columns_of(db) -> list[str]:
    return [row[2] for row in db.execute(f"pragma index_info({key_index.NAME})")]


def record(inventory, scan_id: int, uri: str, *links: tuple[str, str]) -> None:
    subject = SubjectRecord(names=("山田太郎",), links=links, types=("PERSON",), script="kanji")
    inventory.record(scan_id, ROOT, seal(ObjectRecord(uri, "file", size=1, mtime=1.0, subjects=[subject]),
                                         inventory.key))


def persons(inventory) -> list[int]:
    return [row[0] for row in inventory.db.execute("select person_id from subjects order by id")]


def test_a_first_scan_writes_without_the_index_and_resolves_with_it(inventory):
    columns = columns_of(inventory.db)
    assert columns == ["key", "kind"]
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    assert not present(inventory.db)
    record(inventory, scan_id, "a.csv", ("EMAIL", "taro@example.jp"))
    record(inventory, scan_id, "b.csv", ("EMAIL", "taro@example.jp"))
    inventory.finish_scan(scan_id, [Scope(ROOT)])
    assert present(inventory.db)
    assert columns_of(inventory.db) == columns
    assert len(set(persons(inventory))) == 1  # one person across the two objects
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")  # keys held: the index stays
    assert present(inventory.db)
    inventory.finish_scan(scan_id, [Scope(ROOT)], status="interrupted")


def test_an_interrupted_first_scan_puts_it_back(inventory):
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    record(inventory, scan_id, "a.csv", ("EMAIL", "taro@example.jp"))
    inventory.finish_scan(scan_id, [Scope(ROOT)], status="interrupted")
    assert present(inventory.db)


def test_the_next_opening_after_a_killed_first_scan_puts_it_back(tmp_path, inventory):
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    record(inventory, scan_id, "a.csv", ("EMAIL", "taro@example.jp"))
    inventory.db.conn.commit()  # then the scan is killed: no finish
    assert not present(inventory.db)
    reopened = Inventory(open_inventory(tmp_path / "inventory.db"), inventory.key)
    assert present(reopened.db)
    assert [row[0] for row in reopened.db.execute(
        f"select subject_id from subject_keys indexed by {key_index.NAME} where key is not null")]
