"""Where the work runs, as flags and the config say (no worker is started here)."""

from __future__ import annotations

import os

import pytest

from scanner.app.errors import UsageProblem
from scanner.app.lazy_detector import LazyDetector
from scanner.app.scan_job import scan_options
from scanner.app.work_plans import work_plan
from scanner.config import default_map
from scanner.limits import DEFAULT_LIMITS, MB
from scanner.workers.pool import DEPTH, WorkerPool
from scanner.workers.runners import InlineRunner, WorkPlan, default_workers, open_runner


def test_one_worker_per_core_by_default_and_zero_runs_in_this_process():
    detector = LazyDetector()  # never used: nothing is scanned
    assert WorkPlan().workers == default_workers() == len(os.sched_getaffinity(0))
    assert isinstance(open_runner(work_plan("0"), detector, DEFAULT_LIMITS, b"k" * 32), InlineRunner)
    pool = open_runner(work_plan(3), detector, DEFAULT_LIMITS, b"k" * 32)
    assert isinstance(pool, WorkerPool) and pool.size == 3 and pool.peak_rss_kb == {}  # nothing started yet
    assert pool.capacity == 3 * DEPTH  # each worker holds the task it reads and up to two batches behind it
    assert work_plan(None, "tcp://10.0.0.5:8786").dask == "tcp://10.0.0.5:8786"
    assert work_plan(dask="local:4").dask == "local:4"


@pytest.mark.parametrize("workers, dask", [("-1", None), ("two", None), (None, "scheduler:8786"),
                                           (None, "local:0")])
def test_a_bad_plan_is_a_usage_problem(workers, dask):
    with pytest.raises(UsageProblem):
        work_plan(workers, dask)


def test_the_config_gives_workers_dask_and_worker_memory_to_scan():
    config = {"scan": {"workers": 4, "dask": "tls://sched:8786", "worker_memory": "2GB", "roots": ["/srv"]}}
    scan = default_map(config)["scan"]
    assert (scan["workers"], scan["dask"], scan["worker_memory"]) == (4, "tls://sched:8786", "2GB")
    limits = scan_options(worker_memory=scan["worker_memory"]).crawl.limits
    assert limits.worker_memory == 2048 * MB and limits.max_size == DEFAULT_LIMITS.max_size
