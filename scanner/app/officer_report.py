"""The officer's report: the diff built once, written as HTML and xlsx, and
mailed (one composition of the mail for `report` and `nightly`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reports.catalogue import DEFAULT_LANG, t
from reports.html import write_html
from reports.mail import send_report
from reports.report_data import ReportData, ReportError, build_report
from reports.xlsx_report import write_xlsx_report
from scanner.alerting import new_alerts
from scanner.app.errors import AppError
from scanner.app.inventories import existing_inventory


@dataclass(frozen=True)
class MailSettings:
    to: tuple[str, ...]
    host: str = "localhost"
    port: int = 25
    sender: str = "daicho@localhost"

    @classmethod
    def from_config(cls, section: dict) -> MailSettings:
        return cls(tuple(section.get("mail_to", ())), section.get("smtp_host", "localhost"),
                   int(section.get("smtp_port", 25)), section.get("mail_from", "daicho@localhost"))


@dataclass(frozen=True)
class ReportRequest:
    db_path: str
    since: str = "previous"
    html: Path | None = None
    xlsx: Path | None = None
    lang: str = DEFAULT_LANG
    mail: MailSettings | None = None


@dataclass(frozen=True)
class ReportResult:
    data: ReportData
    alerts: tuple[str, ...]  # what needs action, as the mail lists it
    written: tuple[Path, ...]


def write_reports(data: ReportData, html: Path | None, xlsx: Path | None, lang: str) -> tuple[Path, ...]:
    if html:
        write_html(html, data, lang)
    if xlsx:
        write_xlsx_report(xlsx, data, lang)
    return tuple(path for path in (html, xlsx) if path)


def compose_mail(data: ReportData, alerts: tuple[str, ...], lang: str) -> tuple[str, str]:
    """(subject, body): what needs action in the body, its count in the subject."""
    subject = t("mail.subject", lang, scan_id=data.scan["id"])
    if not alerts:
        return subject, t("mail.no_alerts", lang)
    return t("mail.subject_alerts", lang, subject=subject, count=len(alerts)), \
        "\n".join([t("mail.alerts", lang), *alerts])


def mail_report(data: ReportData, alerts: tuple[str, ...], attachments: tuple[Path, ...], mail: MailSettings,
                lang: str) -> None:
    subject, body = compose_mail(data, alerts, lang)
    send_report(list(mail.to), subject, body, list(attachments), mail.host, mail.port, mail.sender)


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
        data = build_report(existing_inventory(request.db_path), request.since)
    except ReportError as error:
        raise AppError(error.note) from error
    return publish(data, request.html, request.xlsx, request.mail, request.lang)
