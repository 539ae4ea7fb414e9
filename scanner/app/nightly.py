"""`daicho nightly`, the scheduled job: re-import the ledger if it changed, scan the
configured roots, reconcile, write and mail the report; one run at a time, its
record in a rotating log."""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from inventory.notes import Note
from reports.catalogue import t
from reports.times import zone
from scanner.app.errors import AppError, usage_problem
from scanner.app.exit_codes import ExitCode
from scanner.app.inventories import keyed_inventory
from scanner.app.ledger_tasks import reimport_if_changed
from scanner.app.officer_report import publish
from scanner.app.report_mail import MailSettings
from scanner.app.work_plans import work_plan
from scanner.app.scan_job import (
    ScanJobResult,
    ScanRequest,
    run_scan_job,
    scan_options,
    stopped_line,
    summary_lines,
    unreachable_lines,
)
from scanner.locking import AlreadyLocked, exclusive
from scanner.pipeline import Progress

log = logging.getLogger("daicho")
ROTATE_BYTES, ROTATE_KEEP = 5 * 1024 * 1024, 8


@dataclass(frozen=True)
class NightlyRequest:
    config: dict  # the --config file: [scan] roots, ledger; [report] dir, mail; [schedule] log_file
    db_path: str
    lang: str
    log_file: str | None = None
    workers: int | None = None  # --workers; else [scan] workers; else one per core


@dataclass(frozen=True)
class NightlyResult:
    code: ExitCode
    scan: ScanJobResult | None = None
    reports: tuple[Path, ...] = ()
    busy: Note | None = None  # another run holds the lock


def _rotating_log(path: str) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=ROTATE_BYTES, backupCount=ROTATE_KEEP,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def _report(request: NightlyRequest, scan: ScanJobResult) -> tuple[Path, ...]:
    section = request.config.get("report", {})
    directory = Path(section.get("dir", Path(request.db_path).parent / "reports"))
    data = replace(scan.report, tz=zone(request.config.get("timezone")))
    stamp = datetime.now(data.tz).strftime("%Y%m%d")  # the day in the configured zone
    try:
        result = publish(data, directory / f"daicho_{stamp}.html", directory / f"daicho_{stamp}.xlsx",
                         MailSettings.from_config(section), request.lang)
    except AppError as error:  # the mail: the reports are written, the run fails visibly
        log.error(" ".join(t(note, request.lang) for note in (error.note, *error.details)))
        raise
    log.info("report written: %s", result.written[0])
    return result.written


def _scan(request: NightlyRequest, section: dict, detector, progress: Progress | None) -> NightlyResult:
    reimport_if_changed(keyed_inventory(request.db_path).db, section.get("ledger"))  # the key checked first
    options = scan_options(section.get("include", ()), section.get("exclude", ()), section.get("max_size"),
                           imap_folders=section.get("imap_folders", ()), credentials=section.get("credentials"),
                           ocr=section.get("ocr", True), worker_memory=section.get("worker_memory"))
    work = work_plan(section.get("workers") if request.workers is None else request.workers, section.get("dask"))
    scan = run_scan_job(ScanRequest(section["roots"], request.db_path, options, request.lang, work,
                                    full_report=True), detector, progress)
    for line in unreachable_lines(scan, request.lang):
        log.error(line)
    for line in summary_lines(scan, request.lang):
        log.info(line)
    if scan.stopped:
        log.error(stopped_line(scan, request.lang))
    return NightlyResult(scan.code, scan, _report(request, scan) if scan.report is not None else ())


def run_nightly(request: NightlyRequest, detector, progress: Progress | None = None) -> NightlyResult:
    section = request.config.get("scan", {})
    if not section.get("roots"):
        raise usage_problem("nightly.needs_roots")
    log_file = request.log_file or request.config.get("schedule", {}).get("log_file")
    if log_file:
        _rotating_log(log_file)
    try:
        with exclusive(Path(request.db_path + ".lock")):
            result = _scan(request, section, detector, progress)
    except AlreadyLocked as error:
        log.warning("nightly skipped: %s", error)
        return NightlyResult(ExitCode.ALREADY_RUNNING, busy=Note.of("nightly.busy", detail=str(error)))
    log.info("nightly finished with exit code %s", int(result.code))
    return result
