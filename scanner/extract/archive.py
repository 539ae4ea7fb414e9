"""ZIP archives: member names in UTF-8 or CP932, nested archives, limits against
zip bombs (scanner.extract.budget). Encrypted members are recorded as encrypted,
and a member that cannot be read (a bad name, damaged data) is recorded with its
reason while the others are read. Members are read one at a time, as they are
scanned."""

from __future__ import annotations

import datetime
import io
import struct
import zipfile
from collections.abc import Iterator

from inventory.reasons import Reason
from scanner.extract.base import PARSER_ERRORS, Child, EncryptedObject, Extraction, ExtractionError, TooLarge
from scanner.extract.budget import Budget
from scanner.extract.names import UNNAMED

_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1
_CENTRAL_HEADER, _END_RECORD = b"PK\x01\x02", b"PK\x05\x06"
# What reading one damaged member raises (zipfile lets zlib's and struct's errors through).
MEMBER_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, RuntimeError, *PARSER_ERRORS)
OPEN_ERRORS = (zipfile.BadZipFile, OSError, *PARSER_ERRORS)  # of the central directory


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


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget, bad_names: set[bytes]) -> Child:
    name, mtime = member_name(info), _timestamp(info)
    raw_name = info.filename.encode("cp437", errors="replace")
    if raw_name in bad_names:
        return Child(raw_name.decode("utf-8", errors="replace"), None, "member", mtime,
                     ExtractionError(Reason.BAD_NAME, what="a member name that is not UTF-8 under the UTF-8 flag"))
    if info.flag_bits & _ENCRYPTED_FLAG:
        return Child(name, None, "member", mtime, EncryptedObject(kind="zip member"))
    try:
        budget.take("member", info.file_size, info.compress_size)
        data = archive.read(info)
    except TooLarge as error:
        return Child(name, None, "member", mtime, error)
    except MEMBER_ERRORS as error:
        return Child(name, None, "member", mtime, ExtractionError(cause=error, kind="zip member"))
    return Child(name, data, "member", mtime)


def _members(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], budget: Budget,
             bad_names: set[bytes]) -> Iterator[Child]:
    with archive:
        for info in infos:
            if not info.filename:
                yield Child(UNNAMED, None, "member", _timestamp(info),
                            ExtractionError(Reason.BAD_NAME, what="an empty member name"))
            elif not info.is_dir():
                yield _member(archive, info, budget, bad_names)


def extract_zip(data: bytes, budget: Budget) -> Extraction:
    archive, bad_names = _open(data)
    infos = archive.infolist()
    if len(infos) > budget.limits.max_members:
        archive.close()
        raise TooLarge(Reason.TOO_MANY, what="members", count=len(infos), limit=budget.limits.max_members)
    return Extraction(format="zip", children=_members(archive, infos, budget, bad_names))


def _open(data: bytes) -> tuple[zipfile.ZipFile, set[bytes]]:
    """The archive, and the raw names of members whose UTF-8 flag lies (zipfile
    refuses the whole archive for one of them: the flag is cleared to open it)."""
    try:
        return zipfile.ZipFile(io.BytesIO(data)), set()
    except UnicodeDecodeError as error:
        repaired = _without_lying_utf8_flags(data)
        if repaired is None:
            raise ExtractionError(cause=error, kind="zip") from error
        data, bad_names = repaired
    except OPEN_ERRORS as error:
        raise ExtractionError(cause=error, kind="zip") from error
    try:
        return zipfile.ZipFile(io.BytesIO(data)), bad_names
    except OPEN_ERRORS as error:
        raise ExtractionError(cause=error, kind="zip") from error


def _without_lying_utf8_flags(data: bytes) -> tuple[bytes, set[bytes]] | None:
    """A copy of data with the UTF-8 flag cleared on central directory entries
    whose names are not UTF-8, and those names; None where the directory is not
    where the end record says (ZIP64, data before the archive)."""
    end = data.rfind(_END_RECORD)
    if end < 0 or len(data) < end + 22:
        return None
    size = struct.unpack_from("<I", data, end + 12)[0]
    position, patched, bad = end - size, bytearray(data), set()
    while position >= 0 and data[position:position + 4] == _CENTRAL_HEADER:
        flags, = struct.unpack_from("<H", data, position + 8)
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, position + 28)
        name = data[position + 46:position + 46 + name_length]
        if flags & _UTF8_FLAG and not _is_utf8(name):
            struct.pack_into("<H", patched, position + 8, flags & ~_UTF8_FLAG)
            bad.add(name)
        position += 46 + name_length + extra_length + comment_length
    return (bytes(patched), bad) if bad else None


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False
