"""`daicho watch`: watchers on shared folders writing the inventory the nightly
scan writes, until Ctrl-C or SIGTERM; each alert printed, appended to the alert
log and handed to the --on-alert command."""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from inventory.notes import Note
from inventory.secure import create_private
from scanner.app.errors import usage_problem
from scanner.app.exit_codes import ExitCode
from scanner.app.inventories import keyed_inventory
from scanner.pipeline import ScanOptions
from scanner.stopping import stop_on_signals
from scanner.watch import Watcher
from scanner.workers.runners import WorkPlan, open_runner

ON_ALERT_TIMEOUT_S = 60


@dataclass(frozen=True)
class WatchRequest:
    roots: list[str]
    db_path: str
    options: ScanOptions
    on_alert: str | None = None
    alert_log: str | None = None
    quiet_time: float = 0.75
    settle: float = 1.0
    work: WorkPlan = field(default_factory=WorkPlan)  # where each batch is extracted and detected


class AlertSink:
    """Where an alert goes: the terminal (show), the alert log (0600), the hook."""

    def __init__(self, request: WatchRequest, show: Callable[[str], None], notify: Callable[[Note], None]) -> None:
        self.alert_log, self.on_alert, self.show, self.notify = request.alert_log, request.on_alert, show, notify

    def __call__(self, alert: dict) -> None:
        line = json.dumps(alert, ensure_ascii=False)
        self.show(line)
        if self.alert_log:
            create_private(Path(self.alert_log))
            with open(self.alert_log, "a", encoding="utf-8") as handle:
                handle.write(line + "\n")
        if self.on_alert:
            try:
                subprocess.run(shlex.split(self.on_alert), input=line + "\n", text=True, timeout=ON_ALERT_TIMEOUT_S,
                               check=False)
            except (OSError, subprocess.TimeoutExpired) as error:
                self.notify(Note.of("watch.on_alert_failed", error=str(error)))


def run_watch(request: WatchRequest, detector, show: Callable[[str], None],
              notify: Callable[[Note], None]) -> ExitCode:
    """Watch until asked to stop; the current batch finishes first."""
    if not request.roots:
        raise usage_problem("watch.no_roots")
    inventory = keyed_inventory(request.db_path)
    runner = open_runner(request.work, detector, request.options.crawl.limits, inventory.key)
    runner.warm()  # load GiNZA now (in each worker), not when the first file lands
    sink = AlertSink(request, show, notify)
    watchers = [Watcher(root, inventory, runner, request.options, sink, quiet=request.quiet_time,
                        settle=request.settle) for root in request.roots]
    with stop_on_signals() as stop, contextlib.closing(runner):
        for watcher in watchers:
            notify(Note.of("watch.started", root=os.path.abspath(watcher.root), mode=watcher.start()))
        try:
            while not stop():
                for watcher in watchers:
                    watcher.step(timeout=0.1 / len(watchers))
        finally:
            for watcher in watchers:
                watcher.stop()
    notify(Note.of("watch.stopped"))
    return ExitCode.OK
