"""Shared by the Office Open XML formats: encrypted files are OLE containers."""

from __future__ import annotations

import io
import zipfile

import msoffcrypto

from scanner.extract.base import EncryptedObject, ExtractionError

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
            raise EncryptedObject(f"password-protected {kind}")
        raise ExtractionError(f"{kind} is an OLE file, not Office Open XML (renamed legacy file?)")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ExtractionError(f"corrupt {kind}: not a ZIP package")
