"""Where a scan's extraction and detection run, from flags or the config:
`--workers N` (0: in the scanning process itself), `--dask tcp://host:8786` or
`--dask local:N`."""

from __future__ import annotations

import re

from scanner.app.errors import usage_problem
from scanner.workers.runners import WorkPlan

_DASK = re.compile(r"^(?:(?:tcp|tls|ucx|inproc)://\S+|local:[1-9][0-9]*)$")


def work_plan(workers: int | str | None = None, dask: str | None = None) -> WorkPlan:
    """A plan; without workers, one worker per core."""
    if dask is not None and not _DASK.match(dask):
        raise usage_problem("work.dask_invalid", value=dask)
    if workers is None or workers == "":
        return WorkPlan(dask=dask or None)
    try:
        count = int(workers)
    except (TypeError, ValueError):
        count = -1
    if count < 0:
        raise usage_problem("work.workers_invalid", value=workers)
    return WorkPlan(count, dask or None)
