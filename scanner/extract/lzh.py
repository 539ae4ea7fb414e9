"""LZH/LHA archives (common in older Japanese shares) with lhafile: a small C
extension that reads -lh0- to -lh7- and hands names over as raw bytes, which
are decoded as UTF-8 or CP932 here. libarchive reads LZH too, but in a UTF-8
locale it fails fatally on CP932 names unless its `hdrcharset` option is set,
which libarchive-c does not expose. LZH has no encryption; the size, ratio and
total limits are those of zip (members.py)."""

from __future__ import annotations

import datetime
import io

import lhafile

from scanner.extract.base import Child, Extraction, ExtractionError, Limits
from scanner.extract.members import Budget, MemberInfo, check_count, decoded_name, refused


def _mtime(info) -> float | None:
    try:
        return datetime.datetime(*info.date_time[:6]).timestamp() if info.date_time else None
    except (TypeError, ValueError):
        return None


def _open(data: bytes) -> lhafile.LhaFile:
    try:
        return lhafile.LhaFile(io.BytesIO(data))
    except (lhafile.BadLhafile, EOFError, OSError, ValueError, KeyError, IndexError) as error:
        raise ExtractionError(cause=error, kind="lzh") from error


def _member(archive: lhafile.LhaFile, info, limits: Limits, budget: Budget) -> Child:
    name = decoded_name(info.filename.encode("latin-1", errors="replace")).replace("\\", "/")
    member = MemberInfo(name, info.file_size, info.compress_size, _mtime(info))
    error = budget.refusal(member)
    if error is not None:
        return refused(member, error)
    try:
        data = archive.read(info.filename)
    except (lhafile.BadLhafile, EOFError, OSError, ValueError, RuntimeError) as read_error:
        return refused(member, ExtractionError(f"corrupt member: {type(read_error).__name__}"))
    budget.spend(len(data))
    return Child(name, data, "member", member.mtime)


def extract_lzh(data: bytes, limits: Limits) -> Extraction:
    archive = _open(data)
    infos = [i for i in archive.infolist() if not i.filename.endswith(("/", "\\"))]
    check_count(len(infos), limits)
    budget = Budget(limits)
    children = []
    for info in infos:
        child = _member(archive, info, limits, budget)
        children.append(child)
    return Extraction(format="lzh", children=children)
