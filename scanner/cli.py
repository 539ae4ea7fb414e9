"""The `daicho` command. Each command opens what it needs, calls one library
function, and turns domain errors into a message and an exit code."""

from __future__ import annotations

import functools
import json
import logging
import sys
from pathlib import Path

import click

from scanner.cli_common import (
    EXIT_ALREADY_RUNNING,
    EXIT_INTERRUPTED,
    EXIT_NEW_ALERTS,
    EXIT_OK,
    EXIT_UNREADABLE,
    db_option,
)

from inventory import Inventory, load_or_create_key, open_inventory
from inventory.queries import current_findings, findings_in_scan, status_summary
from inventory.ledger.store import active_import
from inventory.outcomes import run_reconciliation, stored_outcomes
from inventory.store import ScanAlreadyRunning
from reports.export import write_csv, write_jsonl
from reports.i18n import message
from reports.outcomes import outcome_summary
from reports.report_data import build_report
from reports.summary import scan_summary, status_text
from scanner.check import check_paths
from scanner.cli_ledger import ledger, reconcile
from scanner.cli_report import new_alerts, report, show, triage
from scanner.crawl import CrawlOptions
from scanner.engine import LazyDetector
from scanner.extract import Limits
from scanner.pipeline import ScanInterrupted, ScanOptions, run_scan
from scanner.objects import ObjectScanner
from scanner.progress import progress_reporter
from scanner.sizes import parse_size
from scanner.stopping import stop_on_signals


log = logging.getLogger("daicho")


def _detector(ctx: click.Context):
    """Built once per process, on first use (tests pass a loaded one in)."""
    obj = ctx.ensure_object(dict)
    if "detector" not in obj:
        obj["detector"] = LazyDetector()
    return obj["detector"]


def _size(ctx, param, value: str) -> int:
    try:
        return parse_size(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from error


@click.group()
@click.option("--lang", type=click.Choice(["ja", "en"]), default="ja", envvar="DAICHO_LANG",
              show_default=True, help="Language of messages and reports.")
@click.option("-v", "--verbose", is_flag=True, help="Log each object to stderr.")
@click.pass_context
def cli(ctx: click.Context, lang: str, verbose: bool) -> None:
    """daicho (台帳): find personal data in file shares and mailboxes and keep an inventory."""
    ctx.ensure_object(dict)["lang"] = lang
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr)
    logging.getLogger("daicho").setLevel(logging.INFO if verbose else logging.WARNING)  # not the libraries'


@cli.command()
@click.argument("roots", nargs=-1, required=True, type=click.Path(exists=True))
@db_option
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip paths matching GLOB (repeatable).")
@click.option("--include", multiple=True, metavar="GLOB", help="Only files matching GLOB (repeatable).")
@click.option("--max-size", default="200MB", show_default=True, callback=_size,
              help="Larger objects are recorded as too_large, not read.")
@click.option("--follow-symlinks", is_flag=True, help="Follow symbolic links (loops are detected).")
@click.pass_context
def scan(ctx, roots, db_path, exclude, include, max_size, follow_symlinks):
    """Scan ROOTS into the inventory; unchanged files are not read again.

    \b
    Example:
      daicho scan /srv/share --db /var/lib/daicho/inventory.db --exclude '*/backup/*'
    Exit codes: 0 nothing new, 4 new unregistered stores or new My Number /
    要配慮 findings (or remediated ones back), 3 some objects could not be read,
    75 a scan of the same roots is already running, 130 interrupted (run again
    to resume).
    """
    lang = ctx.obj["lang"]
    inventory = Inventory(open_inventory(db_path), load_or_create_key())
    scanner = ObjectScanner(_detector(ctx), Limits(max_size=max_size))
    options = ScanOptions(CrawlOptions(include=include, exclude=exclude, max_size=max_size,
                                       follow_symlinks=follow_symlinks))
    try:
        with progress_reporter() as progress, stop_on_signals() as stop:
            result = run_scan(list(roots), inventory, scanner, options, progress, should_stop=stop)
    except ScanAlreadyRunning as error:
        click.echo(message(lang, "scan_running", detail=str(error)), err=True)
        ctx.exit(EXIT_ALREADY_RUNNING)
    except ScanInterrupted as interrupted:
        click.echo(message(lang, "scan_interrupted", scan_id=interrupted.scan_id), err=True)
        ctx.exit(EXIT_INTERRUPTED)
    click.echo(scan_summary(result.scan_id, result.resumed, result.stats, lang))
    if active_import(inventory.db):
        run_reconciliation(inventory.db, result.scan_id)
        click.echo(outcome_summary(stored_outcomes(inventory.db, result.scan_id), lang))
    alerts = new_alerts(build_report(inventory.db))
    for alert in alerts:
        log.warning("new: %s", alert)
    if alerts:
        ctx.exit(EXIT_NEW_ALERTS)
    ctx.exit(EXIT_UNREADABLE if result.stats["objects_failed"] else EXIT_OK)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--show-values", is_flag=True, help="Print the matched text itself (never stored).")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
@click.pass_context
def check(ctx, paths, show_values, fmt):
    """Report what PATHS contain, ad hoc: nothing is written anywhere.

    \b
    Example:
      daicho check 名簿.xlsx --show-values --format jsonl
    """
    for line in check_paths(list(paths), ObjectScanner(_detector(ctx)), show_values, fmt):
        click.echo(line)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), required=True)
@click.option("--scan", "scan_id", type=int, help="Findings as of this scan (default: current).")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-",
              help="File to write (default: stdout).")
def export(db_path, fmt, scan_id, output):
    """Export findings, masked, as JSON Lines or CSV.

    \b
    Example:
      daicho export --db inventory.db --format csv -o findings.csv
    """
    db = open_inventory(db_path)
    rows = findings_in_scan(db, scan_id) if scan_id else current_findings(db)
    (write_jsonl if fmt == "jsonl" else write_csv)(rows, output)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def status(ctx, db_path, fmt):
    """Scans, objects by status, unreadable objects with reasons, findings by type.

    \b
    Example:
      daicho status --db inventory.db
    """
    summary = status_summary(open_inventory(db_path))
    if fmt == "json":
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        click.echo(status_text(summary, ctx.obj["lang"]))


cli.add_command(ledger)
cli.add_command(reconcile)
cli.add_command(report)
cli.add_command(triage)
cli.add_command(show)


def main() -> None:
    cli(obj={})


if __name__ == "__main__":
    main()
