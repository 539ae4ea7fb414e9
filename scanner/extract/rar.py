"""RAR archives (RAR 4; RAR 5 as far as libarchive reads it) with libarchive-c
on Debian's libarchive13: the only free RAR reader that needs no `unrar`
binary (not in Debian main) and decompresses in-process. Members are read in
blocks and stopped at the size limits of zip (members.py); an encrypted member
(or encrypted headers) is `encrypted`."""

from __future__ import annotations

from ctypes import c_int

import libarchive
from libarchive import ffi
from libarchive.exception import ArchiveError

from scanner.extract.base import Child, EncryptedObject, Extraction, ExtractionError, Limits, TooLarge
from scanner.extract.kinds import reason
from scanner.extract.members import Budget, MemberInfo, check_count, refused

_is_encrypted = ffi.ffi("entry_is_encrypted", [ffi.c_archive_entry_p], c_int)


def _read(entry, info: MemberInfo, limits: Limits, budget: Budget) -> Child:
    error = budget.refusal(info)
    if error is not None:
        return refused(info, error)
    blocks, size = [], 0
    for block in entry.get_blocks():
        size += len(block)
        if size > min(limits.max_size, budget.remaining):
            return refused(info, TooLarge(reason("member_too_large", size=size)))
        blocks.append(block)
    budget.spend(size)
    return Child(info.name, b"".join(blocks), "member", info.mtime)


def _member(entry, limits: Limits, budget: Budget, packed_total: int) -> Child:
    info = MemberInfo(entry.pathname, entry.size or 0, None, entry.mtime, bool(_is_encrypted(entry._entry_p)))
    if info.size and packed_total and info.size / packed_total > limits.max_ratio:
        return refused(info, TooLarge(reason("member_ratio", ratio=info.size // packed_total)))
    try:
        return _read(entry, info, limits, budget)
    except ArchiveError as error:
        if "encrypt" in str(error).lower() or "passphrase" in str(error).lower():
            return refused(info, EncryptedObject(reason("member_encrypted")))
        return refused(info, ExtractionError(cause=error, kind="rar member"))


def extract_rar(data: bytes, limits: Limits) -> Extraction:
    budget, children = Budget(limits), []
    try:
        with libarchive.memory_reader(data) as archive:
            for entry in archive:
                if entry.isdir:
                    continue
                check_count(len(children) + 1, limits)
                child = _member(entry, limits, budget, len(data))
                children.append(child)
    except ArchiveError as error:
        text = str(error.msg or error)
        if "encrypt" in text.lower() or "passphrase" in text.lower():
            raise EncryptedObject("password-protected rar (encrypted headers)") from error
        if not children:
            raise ExtractionError(cause=error, kind="rar") from error
        children.append(Child("(rest of archive)", None, "member", None,
                              ExtractionError(cause=error, kind=f"rar after {len(children)} members")))
    return Extraction(format="rar", children=children)
