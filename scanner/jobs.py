"""The scan as a job: scan, reconcile, decide the exit code. Shared by `scan`,
`nightly` and `watch`, so that each writes the same inventory the same way."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from inventory import Inventory, load_or_create_key, open_inventory
from inventory.ledger.store import active_import
from inventory.outcomes import run_reconciliation, stored_outcomes
from inventory.store import ScanAlreadyRunning
from reports.i18n import message
from reports.outcomes import outcome_summary
from reports.report_data import ReportData, build_report
from reports.summary import scan_summary
from scanner.alerting import new_alerts
from scanner.cli_common import (
    EXIT_ALREADY_RUNNING,
    EXIT_INTERRUPTED,
    EXIT_NEW_ALERTS,
    EXIT_OK,
    EXIT_UNREADABLE,
)
from scanner.extract import Limits
from scanner.objects import ObjectScanner
from scanner.pipeline import ScanInterrupted, ScanOptions, run_scan
from scanner.progress import progress_reporter
from scanner.stopping import stop_on_signals

log = logging.getLogger("daicho")


@dataclass(frozen=True)
class JobResult:
    code: int  # the documented exit code
    report: ReportData | None = None  # the diff the exit code was decided on, reused by `nightly`


@dataclass(frozen=True)
class ScanJob:
    roots: list[str]
    db_path: str
    options: ScanOptions
    lang: str = "ja"


def run_scan_job(job: ScanJob, detector, echo: Callable[[str], None],
                 echo_err: Callable[[str], None]) -> JobResult:
    """Scan, reconcile when a ledger is imported, and return the documented exit code."""
    inventory = Inventory(open_inventory(job.db_path), load_or_create_key())
    scanner = ObjectScanner(detector, Limits(max_size=job.options.crawl.max_size, ocr=job.options.ocr))
    try:
        with progress_reporter() as progress, stop_on_signals() as stop:
            result = run_scan(job.roots, inventory, scanner, job.options, progress, should_stop=stop)
    except ScanAlreadyRunning as error:
        echo_err(message(job.lang, "scan_running", detail=str(error)))
        return JobResult(EXIT_ALREADY_RUNNING)
    except ScanInterrupted as interrupted:
        echo_err(message(job.lang, "scan_interrupted", scan_id=interrupted.scan_id))
        return JobResult(EXIT_INTERRUPTED)
    echo(scan_summary(result.scan_id, result.resumed, result.stats, job.lang))
    if active_import(inventory.db):
        run_reconciliation(inventory.db, result.scan_id)
        echo(outcome_summary(stored_outcomes(inventory.db, result.scan_id), job.lang))
    report = build_report(inventory.db)
    alerts = new_alerts(report)
    for alert in alerts:
        log.warning("new: %s", alert)
    if alerts:
        return JobResult(EXIT_NEW_ALERTS, report)
    return JobResult(EXIT_UNREADABLE if result.stats["objects_failed"] else EXIT_OK, report)
