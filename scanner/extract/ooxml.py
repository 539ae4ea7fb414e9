"""Shared by the Office Open XML formats: encrypted files are OLE containers;
every part is admitted by the file's Budget (declared size, ratio, total) before
it is inflated."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any

import msoffcrypto
from lxml.etree import XMLSyntaxError

from scanner.extract.archive import MEMBER_ERRORS, OPEN_ERRORS
from scanner.extract.base import EncryptedObject, ExtractionError
from scanner.extract.budget import Budget
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
    except OPEN_ERRORS as error:
        raise ExtractionError(cause=error, kind=kind) from error


def read_part(package: zipfile.ZipFile, name: str, kind: str, budget: Budget, limit: int | None = None) -> bytes:
    """One part, whole (default limit: a part held whole), once the budget admits it."""
    try:
        info = package.getinfo(name)
    except KeyError as error:
        raise ExtractionError(cause=error, kind=f"{kind}: part {sanitise(name)} missing") from error
    budget.take(f"{kind} part", info.file_size, info.compress_size,
                budget.limits.max_part if limit is None else limit)
    try:
        return package.read(info)
    except MEMBER_ERRORS as error:
        raise ExtractionError(cause=error, kind=f"{kind} part {sanitise(name)}") from error


def parse_part(package: zipfile.ZipFile, name: str, kind: str, parse: Callable[[bytes], Any], budget: Budget):
    """One part parsed by the library's own parser (its element classes), or a
    named error saying which part is broken."""
    data = read_part(package, name, kind, budget)
    try:
        return parse(data)
    except (XMLSyntaxError, ValueError) as error:
        raise ExtractionError(cause=error, kind=f"{kind} part {sanitise(name)}") from error
