"""RFC 822 mail (.eml, Maildir messages, mbox members): headers, bodies in any
charset, attachments and attached messages as children."""

from __future__ import annotations

import email.errors
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from inventory.reasons import Reason
from scanner.extract.base import Child, Extraction, ExtractionError, TextUnit, library_errors, text_unit
from scanner.extract.encoding import decode
from scanner.extract.long_text import text_units
from scanner.extract.mail_policy import MAIL_POLICY
from scanner.extract.tabbed import tabbed_units
from scanner.extract.text import html_text

# two lines in a row with a cell, a tab and another cell: a sheet pasted into the mail
_PASTED_SHEET = re.compile(r"^[^\t\n]+\t[^\t\n][^\n]*\r?\n[^\t\n]+\t[^\t\n]", re.MULTILINE)
ADDRESS_HEADERS = ("From", "To", "Cc", "Bcc", "Reply-To", "Sender", "Subject")


def _header_text(message: EmailMessage) -> str:
    lines = []
    for name in ADDRESS_HEADERS:
        for value in message.get_all(name, []):
            lines.append(f"{name}: {value}")
    return "\n".join(lines)


def _part_text(part: EmailMessage) -> str:
    payload = part.get_payload(decode=True) or b""
    if part.get_content_charset() is None and not payload.isascii():
        # no charset said (a mail saved by hand, an mbox export): the library would read
        # its bytes as ASCII and replace every Japanese character; detect them instead
        return decode(payload)[0]
    try:
        return part.get_content()
    except (LookupError, UnicodeDecodeError, AssertionError):
        return decode(payload)[0]  # unknown or lying charset: detect it


def _attachment(part: EmailMessage, index: int) -> tuple[str, bytes]:
    name = part.get_filename()
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload(0) if part.is_multipart() else part.get_payload()
        raw = inner.as_bytes(policy=policy.SMTP) if hasattr(inner, "as_bytes") else bytes(inner)
        return name or f"message{index}.eml", raw
    return name or f"attachment{index}", part.get_payload(decode=True) or b""


def _leaf_parts(part: EmailMessage):
    """Parts of a message, not descending into attached messages (their own child)."""
    if part.is_multipart() and part.get_content_type() != "message/rfc822":
        for sub in part.iter_parts():
            yield from _leaf_parts(sub)
    else:
        yield part


def _body_units(body: str) -> list[TextUnit]:
    """A mail's text; a sheet pasted into it as tab-separated lines is read as a
    table, each cell under its column's header (scanner.extract.tabbed)."""
    if _PASTED_SHEET.search(body):
        return tabbed_units(body.replace("\r\n", "\n"), "body:")
    return list(text_units([body], "body:"))


def extract_message(message: EmailMessage) -> Extraction:
    units: list[TextUnit] = [text_unit(_header_text(message), "header:")]
    children: list[Child] = []
    for index, part in enumerate(_leaf_parts(message)):
        disposition = part.get_content_disposition()
        content_type = part.get_content_type()
        if disposition == "attachment" or part.get_filename() or content_type == "message/rfc822":
            name, data = _attachment(part, index)
            children.append(Child(name=name, data=data, kind="attachment"))
        elif content_type == "text/plain":
            units.extend(_body_units(_part_text(part)))
        elif content_type == "text/html":
            units.extend(text_units(html_text([_part_text(part)]), "body(html):"))
    return Extraction(format="eml", units=units, children=children)


def extract_eml(data: bytes) -> Extraction:
    with library_errors("eml", email.errors.MessageError):
        message = BytesParser(policy=MAIL_POLICY).parsebytes(data)
        if not message.keys():  # every line went to the body: bytes, not a mail
            raise ExtractionError(Reason.NOT_MAIL)
        return extract_message(message)
