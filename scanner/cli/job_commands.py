"""`daicho nightly`, `daicho schedule install|status|uninstall` and `daicho watch`:
the commands that run unattended."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from reports.catalogue import label
from scanner.app import scheduling
from scanner.app.nightly import NightlyRequest, run_nightly
from scanner.app.scan_job import scan_options, stopped_line, summary_lines, unreachable_lines
from scanner.app.watching import WatchRequest, run_watch
from scanner.app.work_plans import work_plan
from scanner.cli.options import (
    db_option,
    detector,
    exclude_option,
    max_size_option,
    say,
    worker_memory_option,
    workers_option,
)
from scanner.cli.translated import PathParam, TranslatedCommand, TranslatedGroup, current_lang, option
from scanner.schedule import UNIT


@click.command(cls=TranslatedCommand, help_key="nightly")
@db_option
@option("--log-file", type=PathParam(dir_okay=False), help_key="nightly_log_file")
@workers_option
@click.pass_context
def nightly(ctx, db_path: str, log_file: str | None, workers: str | None) -> None:
    count = None if workers is None else work_plan(workers).workers  # checked here, used over [scan] workers
    result = run_nightly(NightlyRequest(ctx.obj["config"], db_path, current_lang(), log_file, count), detector(ctx))
    if result.busy:
        say(result.busy, err=True)
    if result.scan:
        for line in unreachable_lines(result.scan, current_lang()):
            click.echo(line, err=True)
        for line in summary_lines(result.scan, current_lang()):
            click.echo(line)
        if result.scan.stopped:
            click.echo(stopped_line(result.scan, current_lang()), err=True)
    ctx.exit(int(result.code))


@click.group(cls=TranslatedGroup, help_key="schedule")
def schedule() -> None:
    pass


def _user_option(function):
    return option("--user/--system", "user", default=True, show_default=True, help_key="user")(function)


@schedule.command("install", help_key="schedule_install")
@option("--at", "at", help_key="schedule_at")
@_user_option
@option("--unit-dir", type=PathParam(file_okay=False, path_type=Path), help_key="schedule_unit_dir")
@option("--run-as", metavar="USER", help_key="schedule_run_as")
@click.pass_context
def install(ctx, at: str | None, user: bool, unit_dir: Path | None, run_as: str | None) -> None:
    plan = scheduling.plan(ctx.obj.get("config_path"), ctx.obj["config"], at, run_as)
    done = scheduling.install(plan, user, unit_dir)
    if done.crontab:
        say("schedule.use_crontab")
        click.echo(done.crontab)
    for path in done.written:
        say("schedule.written", path=path)
    if done.enabled:
        say("schedule.enabled", unit=f"{UNIT}.timer", at=plan.at, zone=plan.zone)


@schedule.command("status", help_key="schedule_status")
@db_option
@_user_option
def status(db_path: str, user: bool) -> None:
    found = scheduling.status(db_path, user)
    if found.timer is not None:
        click.echo(found.timer.rstrip())
    if found.last_exit is not None:
        say("schedule.last_exit", code=found.last_exit, meaning=label("exit_code", str(found.last_exit),
                                                                         current_lang()))
    if found.crontab_lines:
        click.echo("\n".join(found.crontab_lines))
    elif found.crontab_lines is not None:
        say("schedule.no_crontab_line")
    last = found.last_scan
    if last:
        say("schedule.last_scan", id=last["id"], started=last["started"],
            status=label("scan_status", last["status"], current_lang()))
    else:
        say("schedule.no_scan")


@schedule.command("uninstall", help_key="schedule_uninstall")
@_user_option
def uninstall(user: bool) -> None:
    if scheduling.uninstall(user):
        say("schedule.removed", unit=UNIT)
    else:
        say("schedule.no_systemd")


def _show_alert(line: str) -> None:
    click.echo(line)
    sys.stdout.flush()  # a reader of the pipe sees each alert at once


@click.command(cls=TranslatedCommand, help_key="watch")
@click.argument("roots", nargs=-1, type=PathParam(exists=True, file_okay=False))
@db_option
@option("--on-alert", metavar="CMD", help_key="watch_on_alert")
@option("--alert-log", type=PathParam(dir_okay=False), help_key="watch_alert_log")
@exclude_option
@max_size_option
@option("--quiet-time", default=0.75, show_default=True, type=float, help_key="watch_quiet_time")
@option("--settle", default=1.0, show_default=True, type=float, help_key="watch_settle")
@workers_option
@worker_memory_option
@click.pass_context
def watch(ctx, roots, db_path, on_alert, alert_log, exclude, max_size, quiet_time, settle, workers, worker_memory):
    roots = list(roots) or ctx.obj.get("config", {}).get("watch", {}).get("roots", [])
    request = WatchRequest(roots, db_path, scan_options(exclude=exclude, max_size=max_size, worker_memory=worker_memory),
                           on_alert, alert_log, quiet_time, settle, work_plan(workers))
    code = run_watch(request, detector(ctx), _show_alert, lambda note: say(note, err=True))
    ctx.exit(int(code))
