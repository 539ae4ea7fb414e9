"""7-Zip archives with py7zr: pure Python (no 7z binary), actively maintained,
reads LZMA/LZMA2/BZip2/Deflate/PPMd/BCJ and says whether a password is needed
before anything is decompressed. Members are expanded in memory under the same
limits as zip (members.py); an encrypted archive or member is `encrypted`."""

from __future__ import annotations

import io

import py7zr
from py7zr.exceptions import ArchiveError, Bad7zFile, DecompressionBombError, PasswordRequired
from py7zr.io import BytesIOFactory

from scanner.extract.base import Child, EncryptedObject, Extraction, ExtractionError, Limits, TooLarge
from scanner.extract.members import Budget, MemberInfo, check_archive_ratio, check_count, refused

_ERRORS = (Bad7zFile, ArchiveError, OSError, EOFError, ValueError, KeyError, IndexError,
           py7zr.exceptions.UnsupportedCompressionMethodError, py7zr.exceptions.CrcError)


def _open(data: bytes, limits: Limits) -> py7zr.SevenZipFile:
    try:
        return py7zr.SevenZipFile(io.BytesIO(data), max_extract_size=limits.max_expanded)
    except PasswordRequired as error:
        raise EncryptedObject("password-protected 7z (encrypted names)") from error
    except _ERRORS as error:
        raise ExtractionError(cause=error, kind="7z") from error


def _infos(archive: py7zr.SevenZipFile) -> list[MemberInfo]:
    encrypted = archive.needs_password()
    return [MemberInfo(f.filename, f.uncompressed or 0, f.compressed,
                       f.creationtime.timestamp() if f.creationtime else None, encrypted)
            for f in archive.list() if not f.is_directory]


def _read(archive: py7zr.SevenZipFile, names: list[str], limits: Limits) -> dict[str, bytes]:
    factory = BytesIOFactory(limits.max_size + 1)
    try:
        archive.extract(targets=names, factory=factory)
    except DecompressionBombError as error:
        raise TooLarge("7z expands past the total size limit") from error
    except _ERRORS as error:
        raise ExtractionError(cause=error, kind="7z") from error
    contents = {}
    for name, product in factory.products.items():
        product.seek(0)
        contents[name] = product.read()
    return contents


def extract_7z(data: bytes, limits: Limits) -> Extraction:
    with _open(data, limits) as archive:
        infos = _infos(archive)
        check_count(len(infos), limits)
        check_archive_ratio(infos, len(data), limits)
        budget, wanted = Budget(limits), []
        refusals = {}
        for info in infos:
            error = budget.refusal(info)
            if error is None:
                budget.spend(info.size)
                wanted.append(info.name)
            refusals[info.name] = error
        contents = _read(archive, wanted, limits) if wanted else {}
    children = []
    for info in infos:
        error = refusals[info.name]
        if error is None and info.name not in contents:
            error = ExtractionError("member not found when expanding the archive")
        child = refused(info, error) if error else Child(info.name, contents[info.name], "member", info.mtime)
        children.append(child)
    return Extraction(format="7z", children=children)
