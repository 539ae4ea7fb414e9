"""The scan as a job: scan, reconcile, decide the exit code. Shared by `scan` and
`nightly`, so that each writes the same inventory the same way."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field

from inventory import Inventory
from inventory.ledger.active import active_import
from inventory.notes import Note
from inventory.outcomes import run_reconciliation, stored_outcomes
from inventory.own_contact_rows import own_contact_ids
from inventory.store import ScanAlreadyRunning
from reports.catalogue import DEFAULT_LANG, t
from reports.changes import latest_changes
from reports.outcome_text import outcome_summary
from reports.report_data import ReportData, build_report
from reports.terminal import own_contacts_line, scan_summary
from scanner.alerting import NEW_ALERTED, Alert, new_alerts
from scanner.app.errors import AppError, usage_problem
from scanner.app.exit_codes import ExitCode
from scanner.app.inventories import keyed_inventory
from scanner.crawl import CrawlOptions
from scanner.limits import DEFAULT_LIMITS
from scanner.pipeline import Progress, ScanInterrupted, ScanOptions, ScanResult, run_scan
from scanner.sizes import parse_size
from scanner.sources import RemoteOptions, SourceFailure, is_remote, parse_root
from scanner.stopping import stop_on_signals
from scanner.workers.runners import Runner, RunnerUnavailable, WorkPlan, open_runner

log = logging.getLogger("daicho")


@dataclass(frozen=True)
class ScanRequest:
    roots: list[str]
    db_path: str
    options: ScanOptions
    lang: str = DEFAULT_LANG  # of the alert lines logged
    work: WorkPlan = field(default_factory=WorkPlan)  # where extraction and detection run
    full_report: bool = False  # the officer's report too (nightly); else only what alerts need


@dataclass(frozen=True)
class ScanJobResult:
    code: ExitCode
    scan: ScanResult | None = None  # None when the scan did not finish
    outcomes: list[dict] | None = None  # reconciliation, when a ledger is imported
    report: ReportData | None = None  # the diff the exit code was decided on, when asked for (`nightly`)
    alerts: tuple[Alert, ...] = ()
    stopped: Note | None = None  # why it did not finish: running elsewhere, interrupted
    unreachable: tuple[Note, ...] = ()  # mailboxes, shares or folders that could not be read
    peak_rss_kb: tuple[int, ...] = ()  # of each worker that read something, as it measured itself
    own_contacts: int = 0  # findings set aside as the organisation's own contacts (inventory.own_contacts)


def _size(value: int | str | None) -> int | None:
    if not isinstance(value, str):
        return value
    try:
        return parse_size(value)
    except ValueError as error:
        raise usage_problem("size.invalid", value=value) from error


def scan_options(include: tuple[str, ...] = (), exclude: tuple[str, ...] = (), max_size: int | str | None = None,
                 follow_symlinks: bool = False, imap_folders: tuple[str, ...] = (),
                 credentials: str | None = None, ocr: bool = True,
                 worker_memory: int | str | None = None) -> ScanOptions:
    """Options from flags or a config section; a size may be written `200MB`;
    credentials is the netrc file of imap:// and smb:// roots."""
    sizes = {"max_size": _size(max_size), "worker_memory": _size(worker_memory)}
    limits = dataclasses.replace(DEFAULT_LIMITS, ocr=ocr,
                                 **{name: size for name, size in sizes.items() if size is not None})
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


def _run(request: ScanRequest, inventory: Inventory, runner: Runner, progress: Progress | None
         ) -> ScanResult | ScanJobResult:
    try:
        with stop_on_signals() as stop:
            return run_scan(request.roots, inventory, runner, request.options, progress, should_stop=stop)
    except ScanAlreadyRunning as error:
        return ScanJobResult(ExitCode.ALREADY_RUNNING,
                             stopped=Note.of("scan.running", scan_id=error.scan_id, pid=error.pid))
    except ScanInterrupted as interrupted:
        return ScanJobResult(ExitCode.INTERRUPTED, stopped=Note.of("scan.interrupted", scan_id=interrupted.scan_id))
    except RunnerUnavailable as unavailable:  # what was recorded stays; the next run resumes
        raise AppError(unavailable.note) from unavailable
    finally:
        runner.close()


def run_scan_job(request: ScanRequest, detector, progress: Progress | None = None) -> ScanJobResult:
    """Scan, reconcile when a ledger is imported, and decide the documented exit code."""
    for root in request.roots:  # refused before anything is opened
        if (problem := root_problem(root)) is not None:
            raise AppError(problem)
    inventory = keyed_inventory(request.db_path)
    runner = open_runner(request.work, detector, request.options.crawl.limits, inventory.key)
    result = _run(request, inventory, runner, progress)
    if isinstance(result, ScanJobResult):
        return result
    outcomes = None
    if active_import(inventory.db):
        run_reconciliation(inventory.db, result.scan_id)
        outcomes = stored_outcomes(inventory.db, result.scan_id)
    report = build_report(inventory.db) if request.full_report else None
    alerts = tuple(new_alerts(report or latest_changes(inventory.db, NEW_ALERTED), request.lang))
    for alert in alerts:
        log.warning("new: %s", alert.text)
    code = ExitCode.NEW_ALERTS if alerts else \
        ExitCode.UNREADABLE if result.stats["objects_failed"] else ExitCode.OK
    return ScanJobResult(code, result, outcomes, report, alerts,
                         unreachable=tuple(failure.note for failure in result.failures),
                         peak_rss_kb=tuple(runner.peak_rss_kb.values()),
                         own_contacts=len(own_contact_ids(inventory.db, result.scan_id)))


def summary_lines(result: ScanJobResult, lang: str) -> list[str]:
    """What a finished scan says: its counts, then the ledger's (printed and logged)."""
    if result.scan is None:
        return []
    lines = [scan_summary(result.scan.scan_id, result.scan.resumed, result.scan.stats, lang, result.scan.seconds)]
    if result.own_contacts:
        lines.append(own_contacts_line(result.own_contacts, lang))
    if result.outcomes is not None:
        lines.append(outcome_summary(result.outcomes, lang))
    return lines


def unreachable_lines(result: ScanJobResult, lang: str) -> list[str]:
    """What could not be reached (printed on stderr and logged): the scan went on without it."""
    return [t(note, lang) for note in result.unreachable]


def stopped_line(result: ScanJobResult, lang: str) -> str | None:
    return t(result.stopped, lang) if result.stopped else None
