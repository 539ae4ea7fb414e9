"""`daicho nightly` (the scheduled job) and `daicho schedule install|status|uninstall`."""

from __future__ import annotations

import hashlib
import logging
import logging.handlers
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import click

from inventory import open_inventory
from inventory.ledger.model import LedgerFormatError
from inventory.ledger.read import read_ledger
from inventory.ledger.store import active_import, save_ledger
from inventory.queries import latest_scan
from reports.html import write_html
from reports.mail import send_report
from reports.report_data import ReportData
from reports.xlsx_report import write_xlsx_report
from reports.catalogue import t
from scanner.alerting import new_alerts
from scanner.cli_common import EXIT_ALREADY_RUNNING, db_option
from scanner.crawl import CrawlOptions
from scanner.jobs import ScanJob, run_scan_job
from scanner.locking import AlreadyLocked, exclusive
from scanner.pipeline import ScanOptions
from scanner.schedule import UNIT, Schedule, ScheduleError, crontab_line, systemd_running, write_units
from scanner.schedule import unit_dir as default_unit_dir
from scanner.limits import DEFAULT_LIMITS, Limits
from scanner.sizes import parse_size

log = logging.getLogger("daicho")
ROTATE_BYTES, ROTATE_KEEP = 5 * 1024 * 1024, 8


def _rotating_log(path: str) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=ROTATE_BYTES, backupCount=ROTATE_KEEP,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def _refresh_ledger(db, path: str | None) -> None:
    """Re-import the configured ledger when the file changed; a bad one keeps the old."""
    if not path:
        return
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    current = active_import(db)
    if current and current["sha256"] == digest:
        return
    try:
        save_ledger(db, read_ledger(path), Path(path))
        log.info("ledger re-imported: %s", path)
    except LedgerFormatError as error:
        log.error("ledger %s not imported, keeping the previous one: %s", path,
                  "; ".join(t(reason, "en") for _, reason in error.problems))


def _report(db_path: str, data: ReportData, config: dict, lang: str) -> None:
    section = config.get("report", {})
    directory = Path(section.get("dir", Path(db_path).parent / "reports"))
    stamp = date.today().strftime("%Y%m%d")
    html, xlsx = directory / f"daicho_{stamp}.html", directory / f"daicho_{stamp}.xlsx"
    write_html(html, data, lang)
    write_xlsx_report(xlsx, data, lang)
    log.info("report written: %s", html)
    if section.get("mail_to"):
        alerts = new_alerts(data, lang)
        send_report(section["mail_to"], f"[daicho] 個人情報レポート {stamp}" + (f" 要対応 {len(alerts)} 件" if alerts else ""),
                    "\n".join(alerts) or "新たな要対応事項はありません。", [html, xlsx],
                    section.get("smtp_host", "localhost"), int(section.get("smtp_port", 25)),
                    section.get("mail_from", "daicho@localhost"))


@click.command()
@db_option
@click.option("--log-file", type=click.Path(dir_okay=False), help="Rotating log (5 MB x 8).")
@click.pass_context
def nightly(ctx, db_path: str, log_file: str | None) -> None:
    """The scheduled job: re-import the ledger if changed, scan, reconcile, report.

    \b
    Reads roots, ledger and report destinations from --config; one run at a time.
    Exit codes as for scan (0, 3, 4), 75 when another run is still going.
    Example:
      daicho --config /etc/daicho/daicho.toml nightly
    """
    from scanner.cli import _detector

    config = ctx.obj["config"]
    log_file = log_file or config.get("schedule", {}).get("log_file")
    if log_file:
        _rotating_log(log_file)
    scan_config = config.get("scan", {})
    if not scan_config.get("roots"):
        raise click.UsageError("nightly needs [scan] roots in --config")
    max_size = scan_config.get("max_size")
    options = ScanOptions(CrawlOptions(include=tuple(scan_config.get("include", ())),
                                       exclude=tuple(scan_config.get("exclude", ())),
                                       limits=Limits(max_size=parse_size(max_size)) if max_size else DEFAULT_LIMITS))
    say = lambda text: (click.echo(text), log.info(text))  # noqa: E731
    try:
        with exclusive(Path(db_path + ".lock")):
            _refresh_ledger(open_inventory(db_path), scan_config.get("ledger"))
            result = run_scan_job(ScanJob(scan_config["roots"], db_path, options, ctx.obj["lang"]),
                                  _detector(ctx), say, lambda text: (click.echo(text, err=True), log.error(text)))
            code = result.code
            if result.report is not None:
                _report(db_path, result.report, config, ctx.obj["lang"])
    except AlreadyLocked as error:
        log.warning("nightly skipped: %s", error)
        click.echo(f"前回の実行がまだ終わっていません: {error}", err=True)
        ctx.exit(EXIT_ALREADY_RUNNING)
    log.info("nightly finished with exit code %s", code)
    ctx.exit(code)


@click.group()
def schedule() -> None:
    """Install, inspect or remove the nightly run (systemd timer, or a crontab line)."""


def _schedule_from(ctx, at: str | None) -> Schedule:
    config_path = ctx.obj.get("config_path")
    if not config_path:
        raise click.UsageError("schedule needs --config (the nightly job reads everything from it)")
    daicho = shutil.which("daicho") or str(Path(sys.argv[0]).resolve())
    section = ctx.obj["config"].get("schedule", {})
    try:
        return Schedule(str(Path(daicho).resolve()), str(Path(config_path).resolve()),
                        at or section.get("at", "02:00"), section.get("log_file"))
    except ScheduleError as error:
        raise click.UsageError(str(error)) from error


@schedule.command("install")
@click.option("--at", "at", help="Time of day, HH:MM (default: [schedule] at, or 02:00).")
@click.option("--user/--system", "user", default=True, show_default=True, help="A user timer or a system one.")
@click.option("--unit-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write the units here and stop (no systemctl): for packaging and review.")
@click.pass_context
def install(ctx, at: str | None, user: bool, unit_dir: Path | None) -> None:
    """Install the nightly run.

    \b
    Example:
      daicho --config /etc/daicho/daicho.toml schedule install --at 02:00 --system
    """
    target = unit_dir
    plan = _schedule_from(ctx, at)
    if target or systemd_running():
        paths = write_units(plan, target or default_unit_dir(user))
        click.echo("\n".join(f"書き出しました: {p}" for p in paths))
        if target:
            return
        scope = ["--user"] if user else []
        for args in (["daemon-reload"], ["enable", "--now", f"{UNIT}.timer"]):
            subprocess.run(["systemctl", *scope, *args], check=True)
        click.echo(f"有効にしました: {UNIT}.timer ({plan.at})")
        return
    click.echo("systemd が動いていないため、次の行を crontab -e で追加してください:")
    click.echo(crontab_line(plan))


@schedule.command("status")
@db_option
@click.option("--user/--system", "user", default=True, show_default=True)
@click.pass_context
def status(ctx, db_path: str, user: bool) -> None:
    """Show the timer (or crontab line) and the last nightly run."""
    if systemd_running():
        subprocess.run(["systemctl", *(["--user"] if user else []), "list-timers", "--all", f"{UNIT}.timer"])
    elif shutil.which("crontab"):
        lines = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout.splitlines()
        ours = [line for line in lines if " nightly" in line and "daicho" in line]
        click.echo("\n".join(ours) or "crontab に daicho の行はありません。")
    last = latest_scan(open_inventory(db_path), complete_only=False)
    click.echo(f"最後のスキャン: #{last['id']} {last['started']} {last['status']}" if last else "スキャンはまだありません。")


@schedule.command("uninstall")
@click.option("--user/--system", "user", default=True, show_default=True)
@click.pass_context
def uninstall(ctx, user: bool) -> None:
    """Stop and remove the nightly timer."""
    if not systemd_running():
        click.echo("systemd が動いていません: crontab -e で daicho の行を削除してください。")
        return
    scope = ["--user"] if user else []
    subprocess.run(["systemctl", *scope, "disable", "--now", f"{UNIT}.timer"], check=False)
    for suffix in ("service", "timer"):
        (default_unit_dir(user) / f"{UNIT}.{suffix}").unlink(missing_ok=True)
    subprocess.run(["systemctl", *scope, "daemon-reload"], check=False)
    click.echo(f"削除しました: {UNIT}")
