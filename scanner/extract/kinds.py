"""The reasons issue 19's readers give, in Japanese and English, in one table for
the message catalogue: binaries nobody reads (by their magic numbers: the reason
an object is `skipped`), OCR switched off or over its budget, archive limits.

The stored reason is the English text (as every stored reason is); `reason(key,
**values)` gives it, REASONS[key] both languages.
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

REASONS: dict[str, tuple[str, str]] = {  # key -> (ja, en); {values} filled by reason()
    "ocr_off": ("OCR が無効のため画像を読んでいません (--no-ocr)", "image not read: OCR is off (--no-ocr)"),
    "ocr_budget": ("OCR は {total} ページ中 {read} ページまで読みました (ページ上限)",
                   "OCR read {read} of {total} pages (page budget)"),
    "ocr_unavailable": ("OCR エンジンがありません (Debian: tesseract-ocr tesseract-ocr-jpn)",
                        "OCR engine not installed (Debian: tesseract-ocr tesseract-ocr-jpn)"),
    "ocr_no_text": ("テキストがなく、OCR でも {pages} ページから文字を読めませんでした",
                    "no text layer, and OCR found no text on {pages} scanned page(s)"),
    "no_scanned_image": ("テキストがなく、OCR する画像もありません",
                         "no text layer, and no scanned image on any page to OCR"),
    "embedded_unread": ("添付メッセージの一部 ({parts}) は読めない領域にあります",
                        "kept in sub-nodes libpff-python does not open: {parts}"),
    "member_encrypted": ("暗号化されたアーカイブ内ファイル", "encrypted archive member"),
    "member_too_large": ("{size} バイトでサイズ上限を超えるアーカイブ内ファイル", "member of {size} bytes over the size limit"),
    "member_ratio": ("圧縮率 {ratio}:1 (zip 爆弾の疑い)", "compression ratio {ratio}:1 (zip bomb?)"),
    "archive_total": ("アーカイブの展開サイズが上限を超えます", "archive expands past the total size limit"),
    "archive_members": ("アーカイブ内ファイル数 {count} が上限 {limit} を超えます",
                        "{count} members, over the limit of {limit}"),
}


def reason(key: str, **values: object) -> str:
    """The English (stored) text of a reason."""
    return REASONS[key][1].format(**values)


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
