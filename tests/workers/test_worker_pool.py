"""Worker processes as a scan uses them: real processes, the real model, a
worker killed with SIGKILL on an object (the test hook), an object over its time
budget, and a container scanned in parts by both workers."""

from __future__ import annotations

import dataclasses
import os

import pytest

from inventory import Inventory, open_inventory
from scanner.crawl import CrawlOptions
from scanner.limits import DEFAULT_LIMITS
from scanner.objects import ObjectScanner
from scanner.pipeline import ScanOptions, run_scan
from scanner.workers.pool import WorkerPool
from scanner.workers.runners import InlineRunner
from scanner.workers.work import TEST_HOOK
from tests.workers.shares import findings, objects, roster, roster_share, roster_zip

pytestmark = pytest.mark.slow


def scan_with(runner, root, inventory: Inventory, limits=DEFAULT_LIMITS):
    try:
        return run_scan([str(root)], inventory, runner, ScanOptions(CrawlOptions(limits=limits)))
    finally:
        runner.close()


def test_a_worker_killed_on_an_object_records_it_crashed_and_scans_the_rest(tmp_path, inventory, monkeypatch):
    root = roster_share(tmp_path / "share")
    poison = root / "毒.csv"
    poison.write_text(roster(99), encoding="utf-8")
    monkeypatch.setenv(TEST_HOOK, "kill:毒.csv")
    pool = WorkerPool(2, DEFAULT_LIMITS, inventory.key)
    first = scan_with(pool, root, inventory)
    recorded = objects(inventory)
    assert recorded["毒.csv"]["status"] == "crashed" and "SIGKILL" in recorded["毒.csv"]["error"]
    assert {recorded[f"名簿{i}.csv"]["status"] for i in range(1, 5)} == {"ok"}
    assert {path for path, *_ in findings(inventory)} == {f"名簿{i}.csv" for i in range(1, 5)}
    assert first.stats["objects_failed"] == 1 and inventory.db["reading_marks"].count == 0

    pool = WorkerPool(2, DEFAULT_LIMITS, inventory.key)  # the hook still set: it would die again if handed over
    second = scan_with(pool, root, inventory)
    assert second.stats["objects_extracted"] == 0 and objects(inventory)["毒.csv"]["status"] == "crashed"
    assert pool.peak_rss_kb == {}  # nothing changed: no worker was even started

    monkeypatch.delenv(TEST_HOOK)
    poison.write_text(roster(98), encoding="utf-8")
    os.utime(poison, (1_900_000_000, 1_900_000_000))
    scan_with(WorkerPool(2, DEFAULT_LIMITS, inventory.key), root, inventory)
    assert objects(inventory)["毒.csv"]["status"] == "ok"
    assert "毒.csv" in {path for path, *_ in findings(inventory)}


def test_an_object_over_its_time_budget_is_recorded_and_its_worker_replaced(tmp_path, inventory, monkeypatch):
    root = roster_share(tmp_path / "share", files=2)
    (root / "0遅い.csv").write_text(roster(97), encoding="utf-8")
    monkeypatch.setenv(TEST_HOOK, "stall:0遅い.csv")
    limits = dataclasses.replace(DEFAULT_LIMITS, object_seconds=3)
    pool = WorkerPool(1, limits, inventory.key)
    scan_with(pool, root, inventory, limits)
    recorded = objects(inventory)
    assert recorded["0遅い.csv"]["status"] == "too_large" and "time budget" in recorded["0遅い.csv"]["error"]
    # the only worker was killed on the first file: a new one read the rest
    assert recorded["名簿1.csv"]["status"] == recorded["名簿2.csv"]["status"] == "ok"
    again = scan_with(WorkerPool(1, limits, inventory.key), root, inventory, limits)
    assert again.stats["objects_extracted"] == 0  # not handed over again until it changes


def test_one_large_container_keeps_both_workers_busy_and_scans_as_in_one_process(tmp_path, inventory, detector):
    """A zip of 96 members is three parts of 32 (scanner.limits split_members):
    both workers take parts of it, and the inventory is the one a single process writes."""
    root = tmp_path / "share"
    roster_zip(root / "全社名簿.zip", members=96)
    limits = dataclasses.replace(DEFAULT_LIMITS, split_members=32)
    pool = WorkerPool(2, limits, inventory.key)
    scan_with(pool, root, inventory, limits)
    assert len(pool.peak_rss_kb) == 2  # the only file kept two workers busy
    alone = Inventory(open_inventory(tmp_path / "alone.db"), inventory.key)
    scan_with(InlineRunner(ObjectScanner(detector, DEFAULT_LIMITS), inventory.key), root, alone)
    assert findings(inventory) == findings(alone)
    assert {path.count("!") for path, *_ in findings(alone)} == {1} and len(objects(alone)) == 97
    split = {uri: (r["status"], r["size"], r["sha256"]) for uri, r in objects(inventory).items()}
    assert split == {uri: (r["status"], r["size"], r["sha256"]) for uri, r in objects(alone).items()}


def test_closing_the_pool_ends_every_worker_at_once_and_cleanly(tmp_path, inventory):
    """Both workers read, loaded the model, and are told to stop together: each
    leaves with exit code 0 (no interpreter teardown of the model), none is killed."""
    root = roster_share(tmp_path / "share", files=6)
    pool = WorkerPool(2, DEFAULT_LIMITS, inventory.key)
    run_scan([str(root)], inventory, pool, ScanOptions())
    workers = [slot.process for slot in pool._slots]
    assert len(workers) == 2 and all(worker.is_alive() for worker in workers)
    pool.close()
    assert [worker.exitcode for worker in workers] == [0, 0] and pool._slots == []
    assert {path for path, *_ in findings(inventory)} == {f"名簿{i}.csv" for i in range(1, 7)}
