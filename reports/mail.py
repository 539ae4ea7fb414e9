"""Send the report by e-mail (SMTP, SMTP with STARTTLS, or SMTPS, with a login),
as Japanese organisations expect it. A server that cannot be reached or refuses
the mail is a MailError with a sentence for people, never a traceback."""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from inventory.notes import Note

PLAIN, STARTTLS, SSL = "plain", "starttls", "ssl"
DEFAULT_PORTS = {PLAIN: 25, STARTTLS: 587, SSL: 465}
TIMEOUT_S = 30
XLSX_TYPE = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class SmtpServer:
    host: str = "localhost"
    port: int | None = None  # the security's usual port when None
    security: str = PLAIN
    user: str | None = None
    password: str | None = None  # from the environment or a file, never the command line

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port or DEFAULT_PORTS[self.security]}"


class MailError(Exception):
    def __init__(self, note: Note) -> None:
        super().__init__(str(note))
        self.note = note


def build_message(to: list[str], sender: str, subject: str, body: str, attachments: list[Path]) -> EmailMessage:
    message = EmailMessage()
    message["Subject"], message["From"], message["To"] = subject, sender, ", ".join(to)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "localhost")
    message.set_content(body)
    for path in attachments:
        if path.suffix == ".html":
            message.add_attachment(path.read_text(encoding="utf-8"), subtype="html", filename=path.name)
        else:
            message.add_attachment(path.read_bytes(), maintype="application", subtype=XLSX_TYPE, filename=path.name)
    return message


def _deliver(message: EmailMessage, server: SmtpServer) -> None:
    port = server.port or DEFAULT_PORTS[server.security]
    context = ssl.create_default_context()
    smtp = smtplib.SMTP_SSL(server.host, port, timeout=TIMEOUT_S, context=context) if server.security == SSL \
        else smtplib.SMTP(server.host, port, timeout=TIMEOUT_S)
    with smtp:
        if server.security == STARTTLS:
            smtp.starttls(context=context)
        if server.user:
            smtp.login(server.user, server.password or "")
        smtp.send_message(message)


def _reason(error: Exception) -> Note:
    """What went wrong, as a catalogue key (library messages are English)."""
    for kinds, key in ((smtplib.SMTPAuthenticationError, "auth_failed"),
                       (smtplib.SMTPNotSupportedError, "not_supported"),
                       (smtplib.SMTPRecipientsRefused, "recipients_refused"),
                       (smtplib.SMTPSenderRefused, "sender_refused"),
                       (smtplib.SMTPServerDisconnected, "disconnected"),
                       (ssl.SSLError, "tls_failed"),
                       (ConnectionRefusedError, "refused"),
                       ((socket.timeout, TimeoutError), "timeout"),
                       (socket.gaierror, "unknown_host")):
        if isinstance(error, kinds):
            return Note.of(f"mail_reason.{key}")
    code = getattr(error, "smtp_code", None)
    return Note.of("mail_reason.smtp_code", code=code) if code else Note.of("mail_reason.network")


def send_report(to: list[str], sender: str, subject: str, body: str, attachments: list[Path],
                server: SmtpServer) -> None:
    message = build_message(to, sender, subject, body, attachments)
    try:
        _deliver(message, server)
    except (smtplib.SMTPException, OSError) as error:
        raise MailError(Note.of("mail.not_sent", server=server.address, reason=_reason(error))) from error
