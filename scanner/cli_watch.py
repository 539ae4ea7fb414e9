"""`daicho watch ROOT ...`: scan what lands in shared folders within seconds."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys

import click

from inventory import Inventory, load_or_create_key, open_inventory
from inventory.secure import create_private
from scanner.cli_common import db_option
from scanner.crawl import CrawlOptions
from scanner.limits import DEFAULT_LIMITS, Limits
from scanner.objects import ObjectScanner
from scanner.pipeline import ScanOptions
from scanner.sizes import format_size, parse_size
from scanner.stopping import stop_on_signals
from scanner.watch import Watcher


def _emitter(alert_log: str | None, on_alert: str | None):
    def emit(alert: dict) -> None:
        line = json.dumps(alert, ensure_ascii=False)
        click.echo(line)
        sys.stdout.flush()
        if alert_log:
            from pathlib import Path

            create_private(Path(alert_log))
            with open(alert_log, "a", encoding="utf-8") as handle:
                handle.write(line + "\n")
        if on_alert:
            try:
                subprocess.run(shlex.split(on_alert), input=line + "\n", text=True, timeout=60, check=False)
            except (OSError, subprocess.TimeoutExpired) as error:
                click.echo(f"--on-alert の実行に失敗しました: {error}", err=True)
    return emit


@click.command()
@click.argument("roots", nargs=-1, type=click.Path(exists=True, file_okay=False))
@db_option
@click.option("--on-alert", metavar="CMD", help="Run CMD for each alert, the alert as JSON on stdin.")
@click.option("--alert-log", type=click.Path(dir_okay=False), help="Append alerts as JSON lines (0600).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip paths matching GLOB (repeatable).")
@click.option("--max-size", default=format_size(DEFAULT_LIMITS.max_size), show_default=True, help="Larger files are recorded as too_large.")
@click.option("--quiet-time", default=0.5, show_default=True, type=float,
              help="Seconds without events that close a batch.")
@click.option("--settle", default=1.0, show_default=True, type=float,
              help="Seconds a file must stay unchanged before it is read.")
@click.pass_context
def watch(ctx, roots, db_path, on_alert, alert_log, exclude, max_size, quiet_time, settle):
    """Watch ROOTS (or [watch] roots of --config); alert when personal data lands
    where the ledger does not allow it. Stops cleanly on Ctrl-C or SIGTERM.

    \b
    Example:
      daicho watch /srv/share/受付 --alert-log /var/log/daicho/alerts.jsonl \\
          --on-alert "/usr/local/bin/notify-privacy-officer"
    """
    from scanner.cli import _detector

    roots = list(roots) or ctx.obj.get("config", {}).get("watch", {}).get("roots", [])
    if not roots:
        raise click.UsageError("give ROOTS, or roots in the [watch] section of --config")
    limits = Limits(max_size=parse_size(max_size))
    detector = _detector(ctx)
    detector.detect("")  # load GiNZA now, not when the first file lands
    inventory = Inventory(open_inventory(db_path), load_or_create_key())
    scanner = ObjectScanner(detector, limits)
    options = ScanOptions(CrawlOptions(exclude=exclude, limits=limits))
    emit = _emitter(alert_log, on_alert)
    watchers = [Watcher(root, inventory, scanner, options, emit, quiet=quiet_time, settle=settle) for root in roots]
    with stop_on_signals() as stop:
        for watcher in watchers:
            click.echo(f"監視を開始しました: {os.path.abspath(watcher.root)} ({watcher.start()})", err=True)
        try:
            while not stop():
                for watcher in watchers:
                    watcher.step(timeout=0.1 / len(watchers))
        finally:
            for watcher in watchers:
                watcher.stop()
    click.echo("監視を終了しました。", err=True)
