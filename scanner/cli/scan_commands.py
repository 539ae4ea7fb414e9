"""`daicho scan`, `check`, `status` and `export`."""

from __future__ import annotations

import json

import click

from inventory import ObjectRecord
from reports.catalogue import t
from reports.terminal import own_contacts_line, status_text
from scanner.app.errors import usage_problem
from scanner.app.inventory_views import check_paths, export_findings, inventory_status
from scanner.app.scan_job import (
    ScanRequest,
    root_problem,
    run_scan_job,
    scan_options,
    stopped_line,
    summary_lines,
    unreachable_lines,
)
from scanner.app.work_plans import work_plan
from scanner.cli.options import (
    db_option,
    detector,
    exclude_option,
    format_option,
    max_size_option,
    worker_memory_option,
    workers_option,
)
from scanner.cli.progress import progress_reporter
from scanner.cli.translated import PathParam, TranslatedCommand, current_lang, option
from scanner.sources import is_remote


class RootParam(PathParam):
    """A path that exists, or a mailbox or share URL (imap://, imaps://, smb://),
    never with a password in it."""

    def convert(self, value, param, ctx):
        if not is_remote(value):
            return super().convert(value, param, ctx)
        problem = root_problem(value)
        if problem is not None:
            self.fail(t(problem, current_lang()), param, ctx)
        return value


@click.command(cls=TranslatedCommand, help_key="scan")
@click.argument("roots", nargs=-1, type=RootParam(exists=True))
@db_option
@exclude_option
@option("--include", multiple=True, metavar="GLOB", help_key="include")
@max_size_option
@option("--follow-symlinks", is_flag=True, help_key="scan_follow_symlinks")
@option("--imap-folders", multiple=True, metavar="GLOB", help_key="scan_imap_folders")
@option("--credentials", type=PathParam(dir_okay=False), envvar="DAICHO_CREDENTIALS", help_key="scan_credentials")
@option("--no-ocr", is_flag=True, help_key="scan_no_ocr")
@workers_option
@option("--dask", metavar="ADDRESS", help_key="scan_dask")
@worker_memory_option
@click.pass_context
def scan(ctx, roots, db_path, exclude, include, max_size, follow_symlinks, imap_folders, credentials, no_ocr, workers,
         dask, worker_memory):
    roots = list(roots) or ctx.obj.get("config", {}).get("scan", {}).get("roots", [])
    if not roots:
        raise usage_problem("scan.no_roots")
    options = scan_options(include, exclude, max_size, follow_symlinks, imap_folders, credentials, ocr=not no_ocr,
                           worker_memory=worker_memory)
    request = ScanRequest(roots, db_path, options, current_lang(), work_plan(workers, dask))
    with progress_reporter(roots, options.crawl) as progress:
        result = run_scan_job(request, detector(ctx), progress)
    for line in unreachable_lines(result, current_lang()):
        click.echo(line, err=True)
    for line in summary_lines(result, current_lang()):
        click.echo(line)
    if result.stopped:
        click.echo(stopped_line(result, current_lang()), err=True)
    ctx.exit(int(result.code))


def _check_lines(record: ObjectRecord, show_values: bool, fmt: str):
    for obj in record.walk():
        if obj.status != "ok":
            yield json.dumps({"path": obj.uri, "status": obj.status, "reason": obj.reason, "error": obj.error},
                             ensure_ascii=False) if fmt == "jsonl" else \
                f"{obj.uri}\t[{obj.status}/{obj.reason}] {obj.error or ''}"
            continue
        for finding in obj.findings:
            value = finding.text if show_values else finding.masked
            if fmt == "jsonl":
                row = {"path": obj.uri, "location": finding.location, "entity_type": finding.entity_type,
                       "category": finding.category, "score": finding.score, "detector": finding.detector}
                yield json.dumps({**row, ("text" if show_values else "masked"): value}, ensure_ascii=False)
            else:
                category = f"/{finding.category}" if finding.category else ""
                yield f"{obj.uri}\t{finding.location}\t{finding.entity_type}{category}\t{value}\t{finding.score}"


@click.command(cls=TranslatedCommand, help_key="check")
@click.argument("paths", nargs=-1, required=True, type=PathParam(exists=True))
@option("--show-values", is_flag=True, help_key="check_show_values")
@format_option("text", "jsonl")
@click.pass_context
def check(ctx, paths, show_values, fmt):
    set_aside: list[int] = []  # the organisation's own contacts of each folder (scanner.shared_contacts)
    for record in check_paths(list(paths), detector(ctx), set_aside.append):
        for line in _check_lines(record, show_values, fmt):
            click.echo(line)
    if sum(set_aside):
        click.echo(own_contacts_line(sum(set_aside), current_lang()), err=True)


@click.command(cls=TranslatedCommand, help_key="export")
@db_option
@format_option("jsonl", "csv", default=None)
@option("--scan", "scan_id", type=int, help_key="export_scan")
@option("--output", "-o", type=click.File("w", encoding="utf-8", lazy=True), default="-", help_key="export_output")
@option("--bom/--no-bom", default=True, show_default=True, help_key="export_bom")
def export(db_path, fmt, scan_id, output, bom):
    export_findings(db_path, fmt, output, scan_id, bom)


@click.command(cls=TranslatedCommand, help_key="status")
@db_option
@format_option("text", "json")
def status(db_path, fmt):
    summary = inventory_status(db_path)
    click.echo(json.dumps(summary, ensure_ascii=False, indent=2) if fmt == "json" else
               status_text(summary, current_lang()))
