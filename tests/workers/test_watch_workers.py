"""`daicho watch --workers 1`: batches read by a worker that starts with the watch
(the model loaded before the first file lands); a file that kills it is recorded
crashed and the next file is read by its replacement."""

from __future__ import annotations

import sqlite3
import time

import pytest

from scanner.workers.work import TEST_HOOK
from tests.watch.test_watch_process import WatchProcess
from tests.workers.shares import roster

pytestmark = pytest.mark.slow


def _status(db, uri: str) -> str | None:
    try:
        with sqlite3.connect(db, timeout=5) as con:
            row = con.execute("select status from objects where uri = ? and deleted_scan is null", [uri]).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def test_watch_batches_are_read_by_workers_that_survive_a_poison(tmp_path, monkeypatch):
    monkeypatch.setenv(TEST_HOOK, "kill:毒.csv")
    root, db = tmp_path / "受付", tmp_path / "inv.db"
    root.mkdir()
    watcher = WatchProcess(root, db, tmp_path / "home", tmp_path / "alerts.jsonl", ("--workers", "1"))
    try:
        (root / "毒.csv").write_text(roster(5), encoding="utf-8")
        deadline = time.monotonic() + 90
        while _status(db, "毒.csv") != "crashed":
            assert time.monotonic() < deadline, "the poison was not recorded crashed"
            time.sleep(0.2)
        (root / "名簿.csv").write_text(roster(6), encoding="utf-8")
        alerts = watcher.wait_for(lambda a: any(x["path"] == "名簿.csv" for x in a), timeout=120)
        assert [a["path"] for a in alerts] == ["名簿.csv"] and alerts[0]["my_number"]
    finally:
        code, err = watcher.stop()
    assert code == 0, err
