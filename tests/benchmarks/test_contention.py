"""benchmarks/contention.py: the halves two processes read, and processes released
together reporting their own CPU (real processes; one loads the real model)."""

from __future__ import annotations

import pytest

from benchmarks.contention import _entries, _together, measurements
from tests.workers.shares import roster_share


def test_the_halves_cover_the_share_once_in_walk_order(tmp_path):
    root = roster_share(tmp_path / "share", files=5)
    whole = [entry.uri for entry in _entries(root, 0, 1)]
    halves = [[entry.uri for entry in _entries(root, part, 2)] for part in (0, 1)]
    assert len(whole) == 5 and halves[0] + halves[1] == whole and len(halves[0]) == 3


def test_two_loops_released_together_report_their_own_cpu():
    reports, steal = _together(measurements("unused", 200_000)["loop, two at once"])
    assert len(reports) == 2 and all(report["cpu"] > 0 and report["wall"] >= 0 for report in reports)
    assert steal >= 0


@pytest.mark.slow
def test_a_worker_s_work_is_timed_after_the_model_loads_and_finds_the_rosters(tmp_path):
    root = roster_share(tmp_path / "share", files=3)
    (report,), _ = _together(measurements(str(root), 1)["work, whole, alone"])
    assert report["files"] == 3 and report["findings"] >= 3 * 3 * 2  # three people a file, name and number
    assert 0 < report["cpu"]
