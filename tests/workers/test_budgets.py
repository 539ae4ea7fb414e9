"""The memory budget of a worker against real poison files: each is recorded
too_large with its reason, the scan goes on, and no worker's own peak RSS (its
VmHWM, reported with each answer) reaches 1.5 GB.

The readers bound these files themselves now (a sheet is read cell by cell, a
PDF stream inflated within Limits: tests/scanner/test_bombs.py); here their own
limits are opened wide, so that only the worker's address-space limit is left to
stop the flate bomb."""

from __future__ import annotations

from dataclasses import replace

import pytest

from scanner.crawl import CrawlOptions
from scanner.limits import DEFAULT_LIMITS, MB
from scanner.objects import MEMORY_BUDGET
from scanner.pipeline import ScanOptions, run_scan
from scanner.workers.pool import WorkerPool
from tests.workers.poison import flate_bomb_pdf, whole_grid_xlsx
from tests.workers.shares import objects, roster_share

pytestmark = pytest.mark.slow
PEAK_RSS_LIMIT_KB = 1536 * 1024  # 1.5 GB, as issue 13 measures it


def test_bombs_end_as_too_large_under_the_worker_memory_limit(tmp_path, inventory):
    root = roster_share(tmp_path / "share", files=2)
    whole_grid_xlsx(root / "全セル.xlsx")
    flate_bomb_pdf(root / "圧縮爆弾.pdf")
    limits = replace(DEFAULT_LIMITS, max_part=8192 * MB, max_expanded=16384 * MB, max_ratio=10 ** 9)
    pool = WorkerPool(2, limits, inventory.key)
    try:
        result = run_scan([str(root)], inventory, pool, ScanOptions(CrawlOptions(limits=limits)))
    finally:
        pool.close()
    recorded = objects(inventory)
    assert (recorded["圧縮爆弾.pdf"]["status"], recorded["圧縮爆弾.pdf"]["error"]) == ("too_large", MEMORY_BUDGET)
    assert recorded["全セル.xlsx"]["status"] == "ok"  # read cell by cell: no grid to pad
    assert recorded["名簿1.csv"]["status"] == recorded["名簿2.csv"]["status"] == "ok"
    assert result.stats["objects_failed"] == 1
    assert 0 < max(pool.peak_rss_kb.values()) < PEAK_RSS_LIMIT_KB
    assert DEFAULT_LIMITS.worker_memory <= 1536 * MB
