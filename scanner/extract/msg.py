"""Outlook .msg with extract-msg: headers, body, attachments (embedded messages
become children of their own)."""

from __future__ import annotations

import extract_msg
from extract_msg.exceptions import ExMsgBaseException

from inventory.reasons import Reason
from scanner.extract.base import (
    PARSER_ERRORS, Child, EncryptedObject, Extraction, ExtractionError, library_errors, text_unit,
)
from scanner.extract.long_text import text_units
from scanner.extract.text import html_to_text


def _header_text(message) -> str:
    fields = (("From", message.sender), ("To", message.to), ("Cc", message.cc),
              ("Subject", message.subject))
    return "\n".join(f"{name}: {value}" for name, value in fields if value)


def _html_body(message) -> str:
    html = message.htmlBody
    if not html:
        return ""
    return html_to_text(html.decode("utf-8", "replace") if isinstance(html, bytes) else html)


def _children(message) -> list[Child]:
    children = []
    for index, attachment in enumerate(message.attachments):
        name = attachment.getFilename() if hasattr(attachment, "getFilename") else None
        name = name or getattr(attachment, "longFilename", None) or f"attachment{index}"
        data = attachment.data
        if isinstance(data, bytes):
            children.append(Child(name=name, data=data, kind="attachment"))
        elif hasattr(data, "exportBytes"):  # an embedded message
            children.append(Child(name=f"{name}.msg", data=data.exportBytes(), kind="attachment"))
        else:
            children.append(Child(name=name, data=None, kind="attachment",
                                  error=ExtractionError(Reason.UNSUPPORTED, kind=f"attachment {type(data).__name__}")))
    return children


def extract_msg_file(data: bytes) -> Extraction:
    try:
        message = extract_msg.openMsg(data, strict=False)
    except ExMsgBaseException as error:
        if "encrypt" in str(error).lower():
            raise EncryptedObject(cause=error, kind="msg") from error
        raise ExtractionError(cause=error, kind="msg") from error
    except (OSError, *PARSER_ERRORS) as error:
        raise ExtractionError(cause=error, kind="msg") from error
    try:
        with library_errors("msg", ExMsgBaseException, OSError):
            return _extraction(message)
    finally:
        message.close()


def _extraction(message) -> Extraction:
    units = [text_unit(_header_text(message), "header:")]
    if message.body:
        units.extend(text_units([message.body], "body:"))
    else:
        units.extend(text_units([_html_body(message)], "body(html):"))
    return Extraction(format="msg", units=units, children=_children(message))
