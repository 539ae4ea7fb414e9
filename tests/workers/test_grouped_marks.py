"""Marks committed for a group of objects at once (scanner.workers.flow) and objects
recorded in batched transactions: a scan killed (kill -9) in the middle leaves
every object either recorded with all its findings and its mark cleared, or not
recorded with its mark kept; the next run reads the marked ones alone and ends
with the inventory a scan never killed writes. An unchanged rescan writes no row
per object."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from inventory import Inventory, open_inventory
from inventory.reading_marks import mark_key
from scanner.crawl import CrawlOptions
from scanner.limits import DEFAULT_LIMITS
from scanner.objects import ObjectScanner
from scanner.pipeline import ScanOptions, run_scan
from scanner.workers.flow import MARK_GROUP
from scanner.workers.runners import InlineRunner
from scanner.workers.work import TEST_HOOK
from tests.workers.shares import roster

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
FILES, STALL = 90, "名簿070.csv"


def _share(root: Path) -> Path:
    root.mkdir(parents=True)
    for index in range(1, FILES + 1):
        (root / f"名簿{index:03d}.csv").write_text(roster(index), encoding="utf-8")
    return root


def _key(home: Path) -> bytes:
    return bytes.fromhex((home / "hmac.key").read_text().strip())


def _marks(db: Path) -> set[str]:
    with sqlite3.connect(db, timeout=5) as con:
        return {row[0] for row in con.execute("select uri from reading_marks")}


def _committed(db: Path) -> int:
    with sqlite3.connect(db, timeout=5) as con:
        return con.execute("select count(*) from objects").fetchone()[0]


def _kill_while_stalled(root: Path, db: Path, home: Path) -> None:
    """A scan with one worker that hangs on STALL, killed once STALL's mark and a
    group of the objects before it are committed (the rest of them in an open batch)."""
    env = {**os.environ, "DAICHO_HOME": str(home), "PYTHONPATH": str(REPO), TEST_HOOK: f"stall:{STALL}"}
    process = subprocess.Popen([sys.executable, "-m", "scanner.cli", "scan", str(root), "--db", str(db),
                                "--workers", "1"], env=env, cwd=REPO,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline, ready = time.monotonic() + 600, False
    while not ready and time.monotonic() < deadline and process.poll() is None:
        try:
            ready = mark_key(_key(home), STALL) in _marks(db) and _committed(db) >= MARK_GROUP // 2
        except (OSError, ValueError, sqlite3.Error):  # not created yet
            pass
        time.sleep(0.2)
    time.sleep(1.0)  # the objects before it come back and are recorded, their batch still open
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert ready, "the scan did not reach the object it stalls on"


def _state(db: Path) -> tuple[dict[str, int], set[str]]:
    """Objects recorded (uri -> open findings) and the marks left."""
    with sqlite3.connect(db) as con:
        recorded = dict(con.execute(
            "select o.uri, count(f.id) from objects o left join findings f on f.object_id = o.id "
            "and f.ended_scan is null where o.deleted_scan is null group by o.uri"))
    return recorded, _marks(db)


def _findings(db: Path) -> set[tuple]:
    with sqlite3.connect(db) as con:
        return set(con.execute("select o.uri, f.entity_type, f.value_hmac, f.occurrences from findings f "
                               "join objects o on o.id = f.object_id where f.ended_scan is null"))


def test_a_scan_killed_mid_batch_leaves_whole_objects_and_marks_and_resumes_to_the_same_inventory(
        tmp_path, detector):
    root, db, home = _share(tmp_path / "share"), tmp_path / "inventory.db", tmp_path / "home"
    _kill_while_stalled(root, db, home)
    key = _key(home)
    recorded, marks = _state(db)
    uris = [f"名簿{index:03d}.csv" for index in range(1, FILES + 1)]
    assert STALL not in recorded and mark_key(key, STALL) in marks
    for uri in uris:  # each object recorded with its findings and no mark, or marked and not recorded
        if uri in recorded:
            assert recorded[uri] > 0 and mark_key(key, uri) not in marks, uri
        else:
            assert mark_key(key, uri) in marks, uri
    assert len(marks) > 1  # a group was marked at once
    assert len(recorded) >= MARK_GROUP // 2  # objects read before it, committed by groups

    env = {**os.environ, "DAICHO_HOME": str(home), "PYTHONPATH": str(REPO)}
    env.pop(TEST_HOOK, None)
    resumed = subprocess.run([sys.executable, "-m", "scanner.cli", "scan", str(root), "--db", str(db),
                              "--workers", "2"], env=env, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 4, resumed.stderr  # complete, with new findings
    assert _marks(db) == set()
    clean = Inventory(open_inventory(tmp_path / "clean.db"), key)
    run_scan([str(root)], clean, InlineRunner(ObjectScanner(detector, DEFAULT_LIMITS), key),
             ScanOptions(CrawlOptions()))
    assert _findings(db) == _findings(tmp_path / "clean.db") and len(_findings(db)) >= 3 * FILES


def test_an_unchanged_rescan_writes_no_row_per_object(tmp_path, detector, inventory):
    root = _share(tmp_path / "share")
    runner = InlineRunner(ObjectScanner(detector, DEFAULT_LIMITS), inventory.key)
    run_scan([str(root)], inventory, runner)
    before = inventory.db.conn.total_changes
    again = run_scan([str(root)], inventory, runner)
    assert again.stats["objects_seen"] == FILES and again.stats["objects_extracted"] == 0
    # the scan's own row (begun, finished) and the scan its root's folder listings hold for
    # (inventory.listings): its one folder is unchanged
    assert inventory.db.conn.total_changes - before <= 3
