"""The `daicho` command. Each command opens what it needs, calls one library
function, and turns domain errors into a message and an exit code."""

from __future__ import annotations

import json
import logging
import sys

import click

from inventory import open_inventory
from inventory.queries import current_findings, findings_in_scan, status_summary
from reports.export import write_csv, write_jsonl
from reports.summary import status_text
from scanner.check import check_paths
from scanner.cli_common import db_option
from scanner.cli_ledger import ledger, reconcile
from scanner.cli_report import report, show, triage
from scanner.cli_schedule import nightly, schedule
from scanner.cli_watch import watch
from scanner.config import ConfigError, default_map, load_config
from scanner.crawl import CrawlOptions
from scanner.engine import LazyDetector
from scanner.jobs import ScanJob, run_scan_job
from scanner.objects import ObjectScanner
from scanner.pipeline import ScanOptions
from scanner.sizes import parse_size

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
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="DAICHO_CONFIG",
              help="TOML configuration (roots, db, ledger, report, watch, schedule); flags override it.")
@click.option("--lang", type=click.Choice(["ja", "en"]), envvar="DAICHO_LANG",
              help="Language of messages and reports (default: ja).")
@click.option("-v", "--verbose", is_flag=True, help="Log each object to stderr.")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, lang: str | None, verbose: bool) -> None:
    """daicho (台帳): find personal data in file shares and mailboxes and keep an inventory."""
    config = {}
    if config_path:
        try:
            config = load_config(config_path)
        except ConfigError as error:
            raise click.UsageError(str(error)) from error
        ctx.default_map = default_map(config)
    ctx.ensure_object(dict).update(config=config, config_path=config_path,
                                   lang=lang or config.get("lang", "ja"))
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s", handlers=[console])
    logging.getLogger("daicho").setLevel(logging.INFO if verbose else logging.WARNING)  # not the libraries


@cli.command()
@click.argument("roots", nargs=-1, type=click.Path(exists=True))
@db_option
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip paths matching GLOB (repeatable).")
@click.option("--include", multiple=True, metavar="GLOB", help="Only files matching GLOB (repeatable).")
@click.option("--max-size", default="200MB", show_default=True, callback=_size,
              help="Larger objects are recorded as too_large, not read.")
@click.option("--follow-symlinks", is_flag=True, help="Follow symbolic links (loops are detected).")
@click.option("--no-ocr", is_flag=True, help="Do not OCR scanned PDFs and images (they are recorded, not read).")
@click.pass_context
def scan(ctx, roots, db_path, exclude, include, max_size, follow_symlinks, no_ocr):
    """Scan ROOTS (or the config's roots) into the inventory; unchanged files are not read again.

    \b
    Example:
      daicho scan /srv/share --db /var/lib/daicho/inventory.db --exclude '*/backup/*'
    Exit codes: 0 nothing new, 4 new unregistered stores or new My Number /
    要配慮 findings (or remediated ones back), 3 some objects could not be read,
    75 a scan of the same roots is already running, 130 interrupted (run again
    to resume).
    """
    roots = list(roots) or ctx.obj.get("config", {}).get("scan", {}).get("roots", [])
    if not roots:
        raise click.UsageError("give ROOTS, or roots in the [scan] section of --config")
    options = ScanOptions(CrawlOptions(include=include, exclude=exclude, max_size=max_size,
                                       follow_symlinks=follow_symlinks), ocr=not no_ocr)
    job = ScanJob(roots, db_path, options, ctx.obj["lang"])
    ctx.exit(run_scan_job(job, _detector(ctx), click.echo, lambda text: click.echo(text, err=True)).code)


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
cli.add_command(nightly)
cli.add_command(schedule)
cli.add_command(watch)


def main() -> None:
    cli(obj={})


if __name__ == "__main__":
    main()
