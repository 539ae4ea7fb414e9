"""A progress line on a terminal; silence otherwise (cron gets one summary line)."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator

from reports.terminal import terminal_safe
from scanner.crawl import Entry
from scanner.pipeline import Progress

log = logging.getLogger("daicho.scan")


def _log_only(entry: Entry, outcome: str) -> None:
    log.info("%s %s %s", outcome, entry.status, entry.uri)


@contextlib.contextmanager
def progress_reporter() -> Iterator[Progress]:
    if not sys.stderr.isatty():
        yield _log_only
        return
    from rich.markup import escape
    from rich.progress import Progress as RichProgress
    from rich.progress import SpinnerColumn, TextColumn

    counts = {"extracted": 0, "reused": 0, "resumed": 0}
    with RichProgress(SpinnerColumn(), TextColumn("{task.description}"), transient=True) as bar:
        task = bar.add_task("scanning", total=None)

        def report(entry: Entry, outcome: str) -> None:
            counts[outcome] = counts.get(outcome, 0) + 1
            _log_only(entry, outcome)
            bar.update(task, description=f"{sum(counts.values())} objects "
                                         f"({counts['extracted']} read, {counts['reused']} unchanged) "
                                         f"{escape(terminal_safe(entry.uri[-60:]))}")
        yield report
