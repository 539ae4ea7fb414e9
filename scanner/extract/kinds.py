"""Binaries nobody reads, by their magic numbers, with what they are in Japanese
and English: the reason an object is recorded as `skipped`.

The stored reason is the English text (as every stored reason is); the Japanese
label is here for the message catalogue to show.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BinaryKind:
    ja: str
    en: str

    def reason(self) -> str:
        return f"not read: {self.en}"


BINARY_KINDS: dict[str, BinaryKind] = {
    "exe": BinaryKind("Windows 実行ファイル", "Windows executable or DLL"),
    "elf": BinaryKind("Linux 実行ファイル", "ELF executable or library"),
    "macho": BinaryKind("macOS 実行ファイル / Java クラス", "Mach-O executable or Java class"),
    "audio": BinaryKind("音声ファイル", "audio file"),
    "video": BinaryKind("動画ファイル", "video file"),
    "font": BinaryKind("フォントファイル", "font file"),
    "sqlite": BinaryKind("SQLite データベース", "SQLite database"),
    "disk": BinaryKind("ディスクイメージ", "disk image (ISO 9660)"),
    "gzip": BinaryKind("gzip 圧縮ファイル", "gzip-compressed file"),
    "bzip2": BinaryKind("bzip2 圧縮ファイル", "bzip2-compressed file"),
    "xz": BinaryKind("xz 圧縮ファイル", "xz-compressed file"),
    "cab": BinaryKind("CAB アーカイブ", "Microsoft Cabinet archive"),
    "data": BinaryKind("形式不明のバイナリ", "binary data of unknown type (not text)"),
}

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
            return BINARY_KINDS[kind].reason()
    if data.startswith(b"MZ") and b"PE\x00\x00" in data[:1024]:
        return BINARY_KINDS["exe"].reason()
    if data.startswith(b"RIFF") and data[8:12] in _RIFF:
        return BINARY_KINDS[_RIFF[data[8:12]]].reason()
    if data[:1] == b"\xff" and len(data) > 1 and data[1] & 0xE0 == 0xE0 and data[1] not in (0xFF, 0xFE):
        if data[1] & 0x06:  # an MPEG audio frame sync with a layer set (MP3 without ID3)
            return BINARY_KINDS["audio"].reason()
    return None
