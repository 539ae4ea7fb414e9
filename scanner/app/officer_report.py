"""The officer's report: the diff built once, written as HTML and xlsx, and
mailed (one composition of the mail for `report` and `nightly`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reports.catalogue import DEFAULT_LANG
from reports.html import write_html
from reports.report_data import ReportData, ReportError, build_report
from reports.xlsx_report import write_xlsx_report
from scanner.alerting import Alert, new_alerts
from scanner.app.errors import AppError
from scanner.app.inventories import existing_inventory
from scanner.app.report_mail import MailSettings, mail_report


@dataclass(frozen=True)
class ReportRequest:
    db_path: str
    since: str = "previous"
    html: Path | None = None
    xlsx: Path | None = None
    lang: str = DEFAULT_LANG
    mail: MailSettings | None = None
    timezone: str | None = None  # of every time shown (Asia/Tokyo by default)


@dataclass(frozen=True)
class ReportResult:
    data: ReportData
    alerts: tuple[Alert, ...]  # what is new to act on, as the mail lists it
    written: tuple[Path, ...]


def write_reports(data: ReportData, html: Path | None, xlsx: Path | None, lang: str) -> tuple[Path, ...]:
    if html:
        write_html(html, data, lang)
    if xlsx:
        write_xlsx_report(xlsx, data, lang)
    return tuple(path for path in (html, xlsx) if path)


def publish(data: ReportData, html: Path | None, xlsx: Path | None, mail: MailSettings | None,
            lang: str) -> ReportResult:
    """Write the files asked for and mail them when addresses are given."""
    written = write_reports(data, html, xlsx, lang)
    alerts = tuple(new_alerts(data, lang))
    if mail and mail.to:
        mail_report(data, alerts, written, mail, lang)
    return ReportResult(data, alerts, written)


def make_report(request: ReportRequest) -> ReportResult:
    try:
        data = build_report(existing_inventory(request.db_path), request.since, timezone=request.timezone)
    except ReportError as error:
        raise AppError(error.note) from error
    return publish(data, request.html, request.xlsx, request.mail, request.lang)
