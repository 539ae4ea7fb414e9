"""Answers in batches (scanner.workers.batches): a worker killed with answers held
and tasks queued behind the object it was on loses none of them and is blamed for
that object only; one worker, two, and a batch of one write the same inventory."""

from __future__ import annotations

import dataclasses
import multiprocessing
import time

import pytest

from inventory import Inventory, open_inventory
from scanner.limits import DEFAULT_LIMITS
from scanner.workers.batches import Cell, pack, unpack
from scanner.workers.pool import WorkerPool
from scanner.workers.work import TEST_HOOK
from tests.workers.shares import findings, objects, roster, roster_share, roster_zip
from tests.workers.test_worker_pool import scan_with

FILES = 24


def _share(root):
    roster_share(root, files=FILES)
    roster_zip(root / "全社名簿.zip", members=12)
    return root


def _fresh(tmp_path, name: str, key: bytes) -> Inventory:
    return Inventory(open_inventory(tmp_path / f"{name}.db"), key)


def test_the_cell_names_the_task_read_and_its_start_and_tasks_travel_end_to_end():
    cell = Cell(multiprocessing.get_context("spawn"))
    assert cell.reading() is None
    before = time.monotonic()
    cell.begin(7)
    number, began = cell.reading()
    assert number == 7 and before <= began <= time.monotonic()
    cell.extend(600.0)
    assert cell.reading() == (7, began + 600.0)
    cell.idle()
    assert cell.reading() is None
    assert unpack(pack([b"\x80\x04N.", b"\x80\x04K\x03."])) == [None, 3]


@pytest.mark.slow
def test_a_worker_killed_mid_batch_loses_nothing_and_is_blamed_for_one_object(tmp_path, inventory, monkeypatch):
    """One worker reads the files in walk order (名簿22.csv is the 15th) with up to two
    batches queued: killed on 名簿22.csv, it held the answers of the files after the last
    batch it sent, and the files behind it were in its pipe; all are read again by the
    next worker."""
    root = roster_share(tmp_path / "share", files=FILES)
    (root / "名簿22.csv").write_text(roster(99), encoding="utf-8")
    monkeypatch.setenv(TEST_HOOK, "kill:名簿22.csv")
    pool = WorkerPool(1, DEFAULT_LIMITS, inventory.key)
    result = scan_with(pool, root, inventory)
    recorded = objects(inventory)
    assert recorded["名簿22.csv"]["status"] == "crashed" and "SIGKILL" in recorded["名簿22.csv"]["error"]
    others = {f"名簿{i}.csv" for i in range(1, FILES + 1)} - {"名簿22.csv"}
    assert {recorded[name]["status"] for name in others} == {"ok"} and len(recorded) == FILES
    assert {path for path, *_ in findings(inventory)} == others
    assert result.stats["objects_failed"] == 1 and inventory.db["reading_marks"].count == 0


@pytest.mark.slow
def test_one_worker_two_workers_and_a_batch_of_one_write_the_same_inventory(tmp_path, inventory):
    root = _share(tmp_path / "share")
    one = inventory
    scan_with(WorkerPool(1, DEFAULT_LIMITS, one.key), root, one)
    two = _fresh(tmp_path, "two", one.key)
    scan_with(WorkerPool(2, DEFAULT_LIMITS, one.key), root, two)
    single = _fresh(tmp_path, "single", one.key)
    scan_with(WorkerPool(2, DEFAULT_LIMITS, one.key, batch=1), root, single)
    assert len(objects(one)) == FILES + 1 + 12 and len(findings(one)) > 3 * FILES
    assert findings(one) == findings(two) == findings(single)
    shape = lambda inv: {uri: (r["status"], r["size"], r["sha256"]) for uri, r in objects(inv).items()}  # noqa: E731
    assert shape(one) == shape(two) == shape(single)


@pytest.mark.slow
def test_the_time_budget_runs_from_when_the_worker_began_the_object(tmp_path, inventory, monkeypatch):
    """One worker with the model loaded, a budget of 8 s: a quick file, then four files
    of 3 s each queued behind it; the fourth begins more than 9 s after it was sent
    and is not over its budget."""
    root = tmp_path / "share"
    root.mkdir()
    for name in ("1速い.csv", "2遅い.csv", "3遅い.csv", "4遅い.csv", "5遅い.csv"):  # in walk order
        (root / name).write_text(roster(ord(name[0])), encoding="utf-8")
    monkeypatch.setenv(TEST_HOOK, "pause:遅い.csv:3")
    limits = dataclasses.replace(DEFAULT_LIMITS, object_seconds=8)
    pool = WorkerPool(1, limits, inventory.key)
    pool.warm()
    started = time.monotonic()
    scan_with(pool, root, inventory, limits)
    assert time.monotonic() - started > 12  # read one after another
    assert {row["status"] for row in objects(inventory).values()} == {"ok"} and len(objects(inventory)) == 5
