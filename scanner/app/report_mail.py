"""The report's e-mail: who gets it through which server (flags or the config's
[report] section; the password from the environment or a file, never the
command line), and one composition of its body for `report` and `nightly`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from inventory.notes import Note
from reports.catalogue import t
from reports.mail import PLAIN, SSL, STARTTLS, MailError, SmtpServer, send_report
from reports.outcome_text import details_text, outcome_label
from reports.report_data import ReportData
from scanner.alerting import Alert
from scanner.app.errors import AppError, usage_problem

PASSWORD_ENV = "DAICHO_SMTP_PASSWORD"
NAMED_WITH_ALERTS = ("undeclared_item", "overdue", "breach_trigger")  # new outcomes told beside a named file


@dataclass(frozen=True)
class MailSettings:
    to: tuple[str, ...]
    host: str = "localhost"
    port: int | None = None
    sender: str = "daicho@localhost"
    starttls: bool = False
    ssl: bool = False
    user: str | None = None
    password_file: str | None = None

    @classmethod
    def from_config(cls, section: dict) -> MailSettings:
        return cls(tuple(section.get("mail_to", ())), section.get("smtp_host", "localhost"),
                   section.get("smtp_port"), section.get("mail_from", "daicho@localhost"),
                   bool(section.get("smtp_starttls")), bool(section.get("smtp_ssl")), section.get("smtp_user"),
                   section.get("smtp_password_file"))

    def _password(self) -> str | None:
        if not self.user:
            return None
        if self.password_file:
            try:
                return Path(self.password_file).read_text(encoding="utf-8").splitlines()[0].strip()
            except (OSError, IndexError, UnicodeDecodeError) as error:
                raise usage_problem("mail.password_file", path=self.password_file) from error
        if os.environ.get(PASSWORD_ENV):
            return os.environ[PASSWORD_ENV]
        raise usage_problem("mail.no_password", env=PASSWORD_ENV)

    def server(self) -> SmtpServer:
        if self.starttls and self.ssl:
            raise usage_problem("mail.starttls_and_ssl")
        security = SSL if self.ssl else STARTTLS if self.starttls else PLAIN
        return SmtpServer(self.host, self.port, security, self.user, self._password())


def _store_lines(data: ReportData, store: str, alerts: list[Alert], lang: str) -> list[str]:
    lines = [f"- {a.text}" for a in alerts]
    for outcome in data.outcomes:
        if outcome["uri"] == store and outcome["is_new"] and outcome["kind"] in NAMED_WITH_ALERTS:
            lines.append(t("mail.outcome_line", lang, label=outcome_label(lang, outcome["kind"]),
                           details=details_text(outcome["kind"], outcome["details"], lang)))
    return lines


def compose_mail(data: ReportData, alerts: tuple[Alert, ...], lang: str) -> tuple[str, str]:
    """(subject, body): what is new to act on, file by file with the new ledger
    outcomes of each file it names; how many items the report lists for today."""
    subject = t("mail.subject", lang, scan_id=data.scan["id"])
    footer = t("mail.actions", lang, count=len(data.actions)) if data.actions else t("mail.no_actions", lang)
    if not alerts:
        return subject, "\n".join([t("mail.no_alerts", lang), "", footer])
    stores = list(dict.fromkeys(a.store for a in alerts))
    lines = [t("mail.alerts", lang)]
    for store in stores:
        lines += _store_lines(data, store, [a for a in alerts if a.store == store], lang)
    return t("mail.subject_alerts", lang, subject=subject, count=len(alerts)), "\n".join([*lines, "", footer])


def mail_report(data: ReportData, alerts: tuple[Alert, ...], attachments: tuple[Path, ...], mail: MailSettings,
                lang: str) -> None:
    """Send it; a server down or refusing is an AppError that says the files are written."""
    subject, body = compose_mail(data, alerts, lang)
    try:
        send_report(list(mail.to), mail.sender, subject, body, list(attachments), mail.server())
    except MailError as error:
        written = [Note.of("mail.reports_written", paths=[str(p) for p in attachments])] if attachments else []
        raise AppError(error.note, written) from error
