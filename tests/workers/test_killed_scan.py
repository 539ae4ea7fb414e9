"""A scan killed (kill -9) while a worker reads an object: the mark committed
before the hand-over survives it. The next run reads that object alone, in a
worker of its own: if it is poison (it kills that worker) it is recorded crashed
at once and the scan completes; if the scan is killed again while it is read
alone, the run after records it crashed without reading it. Either way it is not
read again until it changes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from inventory.reading_marks import mark_key
from scanner.workers.tasks import PARENT_DIED
from scanner.workers.work import TEST_HOOK
from tests.workers.shares import roster, roster_share

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
POISON = "0毒.csv"  # first in the walk


def _env(home: Path, hook: str | None) -> dict:
    env = {**os.environ, "DAICHO_HOME": str(home), "PYTHONPATH": str(REPO)}
    env.pop(TEST_HOOK, None)
    return {**env, TEST_HOOK: hook} if hook else env


def scan(root: Path, db: Path, home: Path, workers: int, hook: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scanner.cli", "scan", str(root), "--db", str(db),
                           "--workers", str(workers)], env=_env(home, hook), capture_output=True, text=True,
                          cwd=REPO, timeout=300)


def _marked(db: Path, home: Path, isolated: int) -> bool:
    """The poison's mark (its path as a keyed hash: inventory.reading_marks) is committed."""
    try:
        key = bytes.fromhex((home / "hmac.key").read_text().strip())
        with sqlite3.connect(db, timeout=1) as con:
            return con.execute("select count(*) from reading_marks where uri = ? and isolated = ?",
                               [mark_key(key, POISON), isolated]).fetchone()[0] == 1
    except (OSError, ValueError, sqlite3.Error):  # not created yet
        return False


def kill_while_reading(root: Path, db: Path, home: Path, workers: int, isolated: int = 0) -> None:
    """Start a scan whose worker hangs on the poison; kill -9 it once the poison's mark is committed."""
    process = subprocess.Popen([sys.executable, "-m", "scanner.cli", "scan", str(root), "--db", str(db),
                                "--workers", str(workers)], env=_env(home, f"stall:{POISON}"), cwd=REPO,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while not _marked(db, home, isolated) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
    assert _marked(db, home, isolated), "the mark was not committed before the object was handed over"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def status(db: Path, uri: str) -> tuple[str, str, int]:
    with sqlite3.connect(db) as con:
        return con.execute("select status, error, extracted_scan from objects where uri = ?", [uri]).fetchone()


@pytest.fixture
def share(tmp_path) -> Path:
    root = roster_share(tmp_path / "share", files=3)
    (root / POISON).write_text(roster(66), encoding="utf-8")
    return root


def test_a_poison_that_killed_the_scan_kills_only_a_worker_the_next_night(share, tmp_path):
    db, home = tmp_path / "inventory.db", tmp_path / "home"
    kill_while_reading(share, db, home, workers=1)
    second = scan(share, db, home, workers=0, hook=f"kill:{POISON}")  # in-process, but the suspect is not
    assert second.returncode == 4, second.stderr  # complete: new My Numbers, and one object crashed
    assert status(db, POISON)[0] == "crashed" and "SIGKILL" in status(db, POISON)[1]
    assert {status(db, f"名簿{i}.csv")[0] for i in (1, 2, 3)} == {"ok"}
    third = scan(share, db, home, workers=1, hook=f"kill:{POISON}")
    assert third.returncode == 3 and "抽出 0" in third.stdout  # nothing new; not handed to a worker again


def test_a_scan_killed_twice_on_one_object_records_it_crashed_unread(share, tmp_path):
    db, home = tmp_path / "inventory.db", tmp_path / "home"
    kill_while_reading(share, db, home, workers=2)  # among others in flight: a suspect only
    kill_while_reading(share, db, home, workers=2, isolated=1)  # read alone, and killed again
    third = scan(share, db, home, workers=2)
    assert third.returncode == 4, third.stderr
    assert status(db, POISON)[:2] == ("crashed", PARENT_DIED)
    assert {status(db, f"名簿{i}.csv")[0] for i in (1, 2, 3)} == {"ok"}
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from reading_marks").fetchone()[0] == 0
    changed = share / POISON
    changed.write_text(roster(65), encoding="utf-8")
    os.utime(changed, (1_900_000_000, 1_900_000_000))
    scan(share, db, home, workers=2)
    assert status(db, POISON)[0] == "ok"  # changed: read again
