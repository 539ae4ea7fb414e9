"""ZIP archives: member names in UTF-8 or CP932, nested archives, and limits
against zip bombs. Encrypted members are recorded as encrypted, not skipped."""

from __future__ import annotations

import datetime
import io
import zipfile

from inventory.reasons import Reason
from scanner.extract.base import Child, EncryptedObject, Extraction, ExtractionError, Limits, TooLarge

_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1


def member_name(info: zipfile.ZipInfo) -> str:
    """Japanese Windows writes CP932 names without the UTF-8 flag; zipfile then
    decodes them as CP437. Undo that and try UTF-8, then CP932."""
    if info.flag_bits & _UTF8_FLAG:
        return info.filename
    raw = info.filename.encode("cp437", errors="replace")
    for encoding in ("utf-8", "cp932"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _timestamp(info: zipfile.ZipInfo) -> float | None:
    try:
        return datetime.datetime(*info.date_time).timestamp()
    except ValueError:
        return None


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, budget: list[int]) -> Child:
    name = member_name(info)
    mtime = _timestamp(info)
    if info.flag_bits & _ENCRYPTED_FLAG:
        return Child(name, None, "member", mtime, EncryptedObject(kind="zip member"))
    if info.file_size > limits.max_size:
        return Child(name, None, "member", mtime, TooLarge(what="member", size=info.file_size, limit=limits.max_size))
    if info.compress_size and info.file_size / info.compress_size > limits.max_ratio:
        return Child(name, None, "member", mtime,
                     TooLarge(Reason.BOMB, what="member", ratio=info.file_size // info.compress_size,
                              limit=limits.max_ratio))
    if info.file_size > budget[0]:
        return Child(name, None, "member", mtime, TooLarge(what="archive expanded", size=limits.max_expanded - budget[0] + info.file_size,
                                                             limit=limits.max_expanded))
    try:
        data = archive.read(info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError) as error:
        return Child(name, None, "member", mtime, ExtractionError(cause=error, kind="zip member"))
    budget[0] -= len(data)
    return Child(name, data, "member", mtime)


def extract_zip(data: bytes, limits: Limits) -> Extraction:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ExtractionError(cause=error, kind="zip") from error
    infos = [i for i in archive.infolist() if not i.is_dir()]
    if len(infos) > limits.max_members:
        raise TooLarge(Reason.TOO_MANY, what="members", count=len(infos), limit=limits.max_members)
    budget = [limits.max_expanded]
    return Extraction(format="zip", children=[_member(archive, info, limits, budget) for info in infos])
