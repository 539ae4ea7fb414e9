"""Binaries nobody reads, by their magic numbers: what they are is the reason an
object is recorded `skipped`. The reasons of issue 19's readers, in Japanese and
English, are in the message catalogue (reports/catalogue/reasons.toml); the
inventory stores the English sentence, as it stores every reason.
"""

from __future__ import annotations

from inventory.reasons import Reason
from reports.catalogue import t

STORED_LANG = "en"  # the language of stored reasons


def reason(key: str, **values: object) -> str:
    """The stored (English) sentence of `reason.<key>`."""
    return t(f"reason.{key}", STORED_LANG, **values)


def phrase(code: Reason, **values: object) -> str:
    """The stored (English) sentence of a reason code (inventory.reasons)."""
    return reason(f"code.{code.value}", **values)


def binary_kind_reason(kind: str) -> str:
    return reason("binary", what=t(f"reason.binary_kind.{kind}", STORED_LANG))


# (offset, magic, kind)
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x7fELF", "elf"), (0, b"\xca\xfe\xba\xbe", "macho"),
    (0, b"\xcf\xfa\xed\xfe", "macho"), (0, b"\xce\xfa\xed\xfe", "macho"),
    (0, b"ID3\x03", "audio"), (0, b"ID3\x04", "audio"), (0, b"ID3\x02", "audio"), (0, b"OggS", "audio"), (0, b"fLaC", "audio"), (0, b"#!AMR", "audio"),
    (4, b"ftyp", "video"), (0, b"\x1a\x45\xdf\xa3", "video"), (0, b"FLV\x01", "video"),
    (0, b"\x00\x00\x01\xba", "video"), (0, b"\x00\x00\x01\xb3", "video"), (0, b"\x30\x26\xb2\x75", "video"),
    (0, b"OTTO\x00", "font"), (0, b"wOFF", "font"), (0, b"wOF2", "font"), (0, b"\x00\x01\x00\x00\x00", "font"),
    (0, b"SQLite format 3\x00", "sqlite"), (0x8001, b"CD001", "disk"),
    (0, b"\x1f\x8b", "gzip"), (0, b"BZh91AY&SY", "bzip2"), (0, b"\xfd7zXZ\x00", "xz"), (0, b"MSCF", "cab"),
)
_RIFF = {b"WAVE": "audio", b"AVI ": "video"}


def binary_reason(data: bytes) -> str | None:
    """Why data is not read, when it is a binary nobody reads; else None."""
    for offset, magic, kind in _MAGIC:
        if data.startswith(magic, offset):
            return binary_kind_reason(kind)
    if data.startswith(b"MZ") and b"PE\x00\x00" in data[:1024]:
        return binary_kind_reason("exe")
    if data.startswith(b"RIFF") and data[8:12] in _RIFF:
        return binary_kind_reason(_RIFF[data[8:12]])
    if data[:1] == b"\xff" and len(data) > 1 and data[1] & 0xE0 == 0xE0 and data[1] not in (0xFF, 0xFE):
        if data[1] & 0x06:  # an MPEG audio frame sync with a layer set (MP3 without ID3)
            return binary_kind_reason("audio")
    return None
