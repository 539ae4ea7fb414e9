"""Shared by the Office Open XML formats: encrypted files are OLE containers."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any

import msoffcrypto
from lxml.etree import XMLSyntaxError

from scanner.extract.base import EncryptedObject, ExtractionError
from scanner.redact import sanitise

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_encrypted_office(data: bytes) -> bool:
    try:
        return bool(msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted())
    except Exception:  # noqa: BLE001 - msoffcrypto raises many types for non-Office data
        return False


def check_ooxml(data: bytes, kind: str) -> None:
    """Raise a named error when data is not a readable OOXML package."""
    if data.startswith(OLE_MAGIC):
        if is_encrypted_office(data):
            raise EncryptedObject(kind=kind)
        raise ExtractionError(kind=f"{kind}: an OLE file, not Office Open XML (a renamed legacy file?)")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ExtractionError(kind=f"{kind}: not a ZIP package")


def open_package(data: bytes, kind: str) -> zipfile.ZipFile:
    """The OOXML package of data, after check_ooxml: a named error when unreadable."""
    check_ooxml(data, kind)
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ExtractionError(cause=error, kind=kind) from error


def parse_part(package: zipfile.ZipFile, name: str, kind: str, parse: Callable[[bytes], Any]):
    """One part parsed by the library's own parser (its element classes), or a
    named error saying which part is broken."""
    try:
        return parse(package.read(name))
    except (KeyError, XMLSyntaxError, ValueError) as error:
        raise ExtractionError(cause=error, kind=f"{kind} part {sanitise(name)}") from error
