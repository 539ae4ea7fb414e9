"""Send the report by e-mail (SMTP), as Japanese organisations expect it."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from pathlib import Path


def send_report(to: list[str], subject: str, body: str, attachments: list[Path], host: str = "localhost",
                port: int = 25, sender: str = "daicho@localhost", starttls: bool = False,
                user: str | None = None, password: str | None = None) -> None:
    message = EmailMessage()
    message["Subject"], message["From"], message["To"] = subject, sender, ", ".join(to)
    message.set_content(body)
    for path in attachments:
        if path.suffix == ".html":
            message.add_attachment(path.read_text(encoding="utf-8"), subtype="html", filename=path.name)
        else:
            message.add_attachment(path.read_bytes(), maintype="application",
                                   subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                   filename=path.name)
    with smtplib.SMTP(host, port, timeout=30) as smtp:
        if starttls:
            smtp.starttls()
        if user:
            smtp.login(user, password or "")
        smtp.send_message(message)
