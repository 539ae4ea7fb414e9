"""The adversarial corpus (tests/bombs.py) scanned by `daicho scan` in a process of
its own: every file is recorded (read, or not read with its reason) and the
scan's peak memory stays under 1.5 GB."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bombs import write_all

pytestmark = pytest.mark.slow

PEAK_RSS_LIMIT_MB = 1536
SAFETY_NET = 3 * 1024 ** 3  # address space: a regression fails this test, not the machine
SCAN_TIMEOUT = 500  # seconds; the child is killed after it (pytest's own timeout is 600)
# Runs `daicho scan` as its child and prints the child's peak RSS (kB) and exit code.
MEASURE = """
import resource, subprocess, sys
resource.setrlimit(resource.RLIMIT_AS, ({net}, {net}))
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout={timeout}).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def scan_peak_rss(roots: list[Path], db: Path) -> tuple[float, int]:
    """(peak RSS in MB, exit code) of `daicho scan roots` in a process of its own."""
    daicho = [sys.executable, "-c", "from scanner.cli import main; main()"]
    out = subprocess.run([sys.executable, "-c", MEASURE.format(net=SAFETY_NET, timeout=SCAN_TIMEOUT), *daicho, "scan",
                          *map(str, roots), "--db", str(db)],
                         capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": os.getcwd()})
    peak_kb, code = out.stdout.split()
    return int(peak_kb) / 1024, int(code)


@pytest.fixture(scope="module")
def bomb_scan(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bombs")
    write_all(folder / "share")
    peak_mb, code = scan_peak_rss([folder / "share"], folder / "inventory.db")
    with sqlite3.connect(folder / "inventory.db") as db:
        db.row_factory = sqlite3.Row
        rows = {r["uri"]: dict(r) for r in db.execute("select uri, status, reason, error from objects")}
        phones = {r["location"] for r in db.execute(
            "select f.location from findings f join objects o on o.id = f.object_id "
            "where f.entity_type = 'PHONE'")}
    return peak_mb, code, rows, phones


def test_the_scan_of_the_bombs_stays_under_its_memory_limit(bomb_scan):
    peak_mb, code, _, _ = bomb_scan
    assert code in (3, 4)  # complete; some objects not read
    assert peak_mb < PEAK_RSS_LIMIT_MB


def test_sheets_that_claim_the_whole_grid_are_read_cell_by_cell(bomb_scan):
    _, _, rows, phones = bomb_scan
    for sheet in ("far_cell.xlsx", "far_rows.xlsx", "far_cell.xls", "huge.ods"):
        assert rows[sheet]["status"] == "ok", sheet
    assert {"名簿!XFD1048576", "名簿!IV65536", "名簿!A2"} <= phones


def test_inflating_bombs_are_recorded_too_large_with_their_reason(bomb_scan):
    _, _, rows, _ = bomb_scan
    assert (rows["inflated.docx"]["status"], rows["inflated.docx"]["reason"]) == ("too_large", "bomb")
    assert "over the limit of 200:1" in rows["inflated.docx"]["error"]  # our numbers, unmasked
    assert (rows["flate_bomb.pdf"]["status"], rows["flate_bomb.pdf"]["reason"]) == ("too_large", "bomb")
    assert (rows["bomb.zip!zeros.txt"]["status"], rows["bomb.zip!zeros.txt"]["reason"]) == ("too_large", "bomb")


def test_nested_archives_end_at_the_depth_limit_and_their_bombs_are_recorded(bomb_scan):
    _, _, rows, _ = bomb_scan
    deepest = max((uri for uri in rows if uri.startswith("deep.zip")), key=lambda uri: uri.count("!"))
    assert (rows[deepest]["status"], rows[deepest]["reason"]) == ("skipped", "too_deep")
    leaves = [row for uri, row in rows.items() if uri.startswith("wide.zip") and uri.endswith(".txt")]
    assert len(leaves) == 8 ** 3 and {(r["status"], r["reason"]) for r in leaves} == {("too_large", "bomb")}
    for row in rows.values():
        assert row["status"] == "ok" or row["reason"], row
