"""Outlook .pst / .ost with libpff-python (pypff): every message of every folder
is a child `x.pst!受信トレイ/人事!3`, its attachments below it
(`x.pst!受信トレイ/人事!3!名簿.xlsx`), an attached message as `…!3!転送`.

Why libpff: the one maintained free reader of the PST/OST formats (ANSI,
Unicode, OST), a manylinux wheel on PyPI (no compiler), reading from a path or a
file object by pages: nothing is loaded whole. Messages are yielded one at a
time (Extraction.children is an iterator here), each already extracted (header
and body units, attachments as children: Child.extraction), so a PST of several
GB costs the memory of its largest message; a MIME round trip would cost 3 s per
10 MB attachment. Attachments over the size limit are recorded `too_large`; a
PST inside an archive or attachment is read from memory (open_file_object).
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from email.parser import HeaderParser

import pypff

from scanner.extract.base import Child, Extraction, ExtractionError, Limits, TooLarge, text_unit
from scanner.extract.encoding import decode
from scanner.extract.kinds import reason
from scanner.extract.names import Segments, clean_name
from scanner.extract.pst_embedded import read_embedded
from scanner.extract.rtf import rtf_text
from scanner.extract.text import html_to_text

# The folder above the mail folders, named by Outlook in the user's language: left out of paths.
STORE_ROOTS = {"Top of Personal Folders", "Top of Outlook data file", "個人用フォルダーの最上位",
               "Outlook データ ファイルの最上位", "個人用フォルダ"}
_HEADERS = ("From", "To", "Cc", "Subject", "Date")
_ATTACH_NAME, _ATTACH_FILENAME, _DISPLAY_NAME, _ATTACH_METHOD = 0x3707, 0x3704, 0x3001, 0x3705
_EMBEDDED = 5
_PST_ERRORS = (OSError, IOError, ValueError, TypeError, RuntimeError)


def _entries(item) -> dict:
    try:
        records = item.get_record_set(0) if item.number_of_record_sets else None
    except _PST_ERRORS:
        return {}
    return {} if records is None else {e.entry_type: e for e in records.entries}


def _string(entries: dict, tag: int) -> str:
    entry = entries.get(tag)
    if entry is None:
        return ""
    try:
        return (entry.data_as_string or "").replace("\r", " ").replace("\n", " ").strip()
    except _PST_ERRORS:
        return ""


def _body(message) -> str:
    """Plain text, else HTML as text, else the RTF body (libpff decompresses it)."""
    for getter, convert in (("plain_text_body", None), ("html_body", html_to_text), ("rtf_body", None)):
        try:
            raw = getattr(message, getter)
        except _PST_ERRORS:
            continue
        if not raw:
            continue
        if getter == "rtf_body":
            return rtf_text(raw)
        text = decode(raw)[0]
        return convert(text) if convert else text
    return ""


def _header_text(message, entries: dict) -> str:
    """From/To/Cc/Subject/Date as the .eml reader writes them: from the transport
    headers of a received mail, else from the message's properties."""
    transport = HeaderParser().parsestr(message.transport_headers) if message.transport_headers else None
    sender = f"{message.sender_name or ''} <{_string(entries, 0x0C1F) or _string(entries, 0x5D01)}>".strip(" <>")
    values = {"From": sender, "To": _string(entries, 0x0E04), "Cc": _string(entries, 0x0E03),
              "Subject": (message.subject or "").replace("\r", " ").replace("\n", " ")}
    lines = []
    for name in _HEADERS:
        value = transport.get(name) if transport is not None else None
        value = str(value) if value else values.get(name, "")
        if value:
            lines.append(f"{name}: {value}")
    return "\n".join(lines)


def _attachment_name(entries: dict, index: int) -> str:
    return (_string(entries, _ATTACH_NAME) or _string(entries, _ATTACH_FILENAME)
            or _string(entries, _DISPLAY_NAME) or f"attachment{index}")


def _embedded(name: str, data: bytes) -> Child:
    """An attached message: its property context read (pst_embedded.py)."""
    try:
        embedded = read_embedded(data)
    except (ValueError, struct.error) as error:
        return Child(name, None, "attachment", None, ExtractionError(cause=error, kind="attached message"))
    props = embedded.properties
    header = "\n".join(f"{label}: {props[key]}" for label, key in
                       (("From", "sender_name"), ("To", "to"), ("Cc", "cc"), ("Subject", "subject")) if props.get(key))
    units = [text_unit(header, "header:"), text_unit(props.get("body", ""), "body:")]
    unread = reason("embedded_unread", parts=", ".join(embedded.missing)) if embedded.missing else None
    return Child(name, None, "attachment", None,
                 extraction=Extraction(format="msg", units=[u for u in units if u.text], unread=unread))


def _attachment(attachment, index: int, limits: Limits) -> Child:
    entries = _entries(attachment)
    name = _attachment_name(entries, index)
    size = attachment.size or 0
    if size > limits.max_size:
        return Child(name, None, "attachment", None, TooLarge(f"attachment of {size} bytes over the size limit"))
    data = attachment.read_buffer(size) if size else b""
    method = entries.get(_ATTACH_METHOD)
    if method is not None and method.data_as_integer == _EMBEDDED:
        return _embedded(name, data)
    return Child(name, data, "attachment")


def message_extraction(message, limits: Limits) -> Extraction:
    """Headers and body as units, attachments as children: what the .eml reader
    gives for a mail, read straight from the PST's properties."""
    entries = _entries(message)
    units = [text_unit(_header_text(message, entries), "header:"), text_unit(_body(message), "body:")]
    children = []
    for index in range(message.number_of_attachments):
        try:
            children.append(_attachment(message.get_attachment(index), index, limits))
        except _PST_ERRORS as error:
            children.append(Child(f"attachment{index}", None, "attachment", None,
                                  ExtractionError(cause=error, kind="attachment")))
    return Extraction(format="msg", units=[u for u in units if u.text], children=children)


def _delivered(message) -> float | None:
    try:
        moment = message.delivery_time or message.client_submit_time or message.creation_time
        return moment.timestamp() if moment else None
    except (_PST_ERRORS, OverflowError):
        return None


def _folder_messages(folder, path: str, limits: Limits) -> Iterator[Child]:
    for index in range(folder.number_of_sub_messages):
        name = segment = f"{path}!{index}"  # the folder path's names escaped already: a location as it is
        try:
            message = folder.get_sub_message(index)
            extraction = message_extraction(message, limits)
        except _PST_ERRORS as error:
            yield Child(name, None, "message", None, ExtractionError(cause=error, kind="message"), segment=segment)
            continue
        yield Child(name, None, "message", _delivered(message), extraction=extraction, segment=segment)


def _walk(folder, path: str, limits: Limits) -> Iterator[Child]:
    yield from _folder_messages(folder, path or "(root)", limits)
    names = Segments()  # two folders of one name: 人事, 人事#2
    for index in range(folder.number_of_sub_folders):
        try:
            sub = folder.get_sub_folder(index)
            name = names(clean_name((sub.name or f"folder{index}").replace("/", "_")))
        except _PST_ERRORS as error:
            yield Child(f"{path}/folder{index}", None, "message", None, ExtractionError(cause=error, kind="folder"),
                        segment=f"{path}/folder{index}")
            continue
        below = path if not path and name in STORE_ROOTS else f"{path}/{name}".lstrip("/")
        yield from _walk(sub, below, limits)


def _messages(pst, limits: Limits, source) -> Iterator[Child]:
    try:
        yield from _walk(pst.get_root_folder(), "", limits)
    finally:
        pst.close()
        if hasattr(source, "close"):
            source.close()


def _open(opener, source) -> pypff.file:
    pst = pypff.file()
    try:
        opener(pst, source)
    except _PST_ERRORS as error:
        raise ExtractionError(cause=error, kind="pst") from error
    return pst


def extract_pst(path: str, limits: Limits) -> Extraction:
    """A PST/OST file on disk, read by pages from its path."""
    handle = open(path, "rb")  # noqa: SIM115 - closed when the messages are exhausted
    try:
        pst = _open(pypff.file.open_file_object, handle)
    except ExtractionError:
        handle.close()
        raise
    return Extraction(format="pst", children=_messages(pst, limits, handle))


def extract_pst_bytes(data: bytes, limits: Limits) -> Extraction:
    """A PST inside an archive or attachment."""
    source = io.BytesIO(data)
    return Extraction(format="pst", children=_messages(_open(pypff.file.open_file_object, source), limits, source))
