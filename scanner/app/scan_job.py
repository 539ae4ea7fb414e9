"""The scan as a job: scan, reconcile, decide the exit code. Shared by `scan` and
`nightly`, so that each writes the same inventory the same way."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from inventory import Inventory, load_or_create_key, open_inventory
from inventory.ledger.active import active_import
from inventory.notes import Note
from inventory.outcomes import run_reconciliation, stored_outcomes
from inventory.store import ScanAlreadyRunning
from reports.catalogue import DEFAULT_LANG, t
from reports.outcome_text import outcome_summary
from reports.changes import latest_changes
from reports.report_data import ReportData, build_report
from reports.terminal import scan_summary
from scanner.alerting import new_alerts
from scanner.app.errors import AppError, usage_problem
from scanner.app.exit_codes import ExitCode
from scanner.crawl import CrawlOptions
from scanner.limits import DEFAULT_LIMITS, Limits
from scanner.objects import ObjectScanner
from scanner.pipeline import Progress, ScanInterrupted, ScanOptions, ScanResult, run_scan
from scanner.sizes import parse_size
from scanner.sources import RemoteOptions, SourceFailure, is_remote, parse_root
from scanner.stopping import stop_on_signals

log = logging.getLogger("daicho")


@dataclass(frozen=True)
class ScanRequest:
    roots: list[str]
    db_path: str
    options: ScanOptions
    lang: str = DEFAULT_LANG  # of the alert lines logged
    full_report: bool = False  # the officer's report too (nightly); else only what alerts need


@dataclass(frozen=True)
class ScanJobResult:
    code: ExitCode
    scan: ScanResult | None = None  # None when the scan did not finish
    outcomes: list[dict] | None = None  # reconciliation, when a ledger is imported
    report: ReportData | None = None  # the diff the exit code was decided on, when asked for (`nightly`)
    alerts: tuple[str, ...] = ()
    stopped: Note | None = None  # why it did not finish: running elsewhere, interrupted
    unreachable: tuple[Note, ...] = ()  # mailboxes, shares or folders that could not be read


def scan_options(include: tuple[str, ...] = (), exclude: tuple[str, ...] = (), max_size: int | str | None = None,
                 follow_symlinks: bool = False, imap_folders: tuple[str, ...] = (),
                 credentials: str | None = None, ocr: bool = True) -> ScanOptions:
    """Options from flags or a config section; a size may be written `200MB`;
    credentials is the netrc file of imap:// and smb:// roots."""
    if isinstance(max_size, str):
        try:
            max_size = parse_size(max_size)
        except ValueError as error:
            raise usage_problem("size.invalid", value=max_size) from error
    limits = replace(DEFAULT_LIMITS, ocr=ocr) if max_size is None else Limits(max_size=max_size, ocr=ocr)
    return ScanOptions(CrawlOptions(include=tuple(include), exclude=tuple(exclude),
                                    follow_symlinks=follow_symlinks, limits=limits),
                       RemoteOptions(imap_folders=tuple(imap_folders), credentials_file=credentials))


def root_problem(root: str) -> Note | None:
    """Why a root cannot be scanned as given (a mailbox or share URL with a password
    in it, or without a host), checked before anything runs; None when it can."""
    if is_remote(root):
        try:
            parse_root(root)
        except SourceFailure as failure:
            return failure.note
    return None


def run_scan_job(request: ScanRequest, detector, progress: Progress | None = None) -> ScanJobResult:
    """Scan, reconcile when a ledger is imported, and decide the documented exit code."""
    for root in request.roots:  # refused before anything is opened
        if (problem := root_problem(root)) is not None:
            raise AppError(problem)
    key = load_or_create_key()  # before the database is created: a key problem leaves nothing behind
    inventory = Inventory(open_inventory(request.db_path), key)
    scanner = ObjectScanner(detector, request.options.crawl.limits)
    try:
        with stop_on_signals() as stop:
            result = run_scan(request.roots, inventory, scanner, request.options, progress, should_stop=stop)
    except ScanAlreadyRunning as error:
        return ScanJobResult(ExitCode.ALREADY_RUNNING,
                             stopped=Note.of("scan.running", scan_id=error.scan_id, pid=error.pid))
    except ScanInterrupted as interrupted:
        return ScanJobResult(ExitCode.INTERRUPTED, stopped=Note.of("scan.interrupted", scan_id=interrupted.scan_id))
    outcomes = None
    if active_import(inventory.db):
        run_reconciliation(inventory.db, result.scan_id)
        outcomes = stored_outcomes(inventory.db, result.scan_id)
    report = build_report(inventory.db) if request.full_report else None
    alerts = tuple(new_alerts(report or latest_changes(inventory.db), request.lang))
    for alert in alerts:
        log.warning("new: %s", alert)
    code = ExitCode.NEW_ALERTS if alerts else \
        ExitCode.UNREADABLE if result.stats["objects_failed"] else ExitCode.OK
    return ScanJobResult(code, result, outcomes, report, alerts,
                         unreachable=tuple(failure.note for failure in result.failures))


def summary_lines(result: ScanJobResult, lang: str) -> list[str]:
    """What a finished scan says: its counts, then the ledger's (printed and logged)."""
    if result.scan is None:
        return []
    lines = [scan_summary(result.scan.scan_id, result.scan.resumed, result.scan.stats, lang)]
    if result.outcomes is not None:
        lines.append(outcome_summary(result.outcomes, lang))
    return lines


def unreachable_lines(result: ScanJobResult, lang: str) -> list[str]:
    """What could not be reached (printed on stderr and logged): the scan went on without it."""
    return [t(note, lang) for note in result.unreachable]


def stopped_line(result: ScanJobResult, lang: str) -> str | None:
    return t(result.stopped, lang) if result.stopped else None
