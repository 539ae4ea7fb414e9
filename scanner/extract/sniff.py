"""What an object is, by its content first and its name second.

A file's name is not its type: a Maildir++ message is called `…:2,S`, an export
`.jsonl`, `.dat`, `.bak` or `.sql.1`, a CSV is saved as `.txt` or without a
suffix, and an Office file gets renamed. So the bytes decide:

1. magic numbers (PDF, OLE2, ZIP, PST, 7z, RAR, LZH, RTF, images), and inside
   the containers which kind they are: OLE2 by its stream names (Word, Excel,
   PowerPoint, Outlook .msg, encrypted OOXML), ZIP by its OOXML content types
   or its ODF `mimetype`;
2. binaries nobody reads (executables, media, fonts, databases): skipped, with
   what they are as the reason (see kinds.py);
3. a name whose extractor expects a binary format (`.docx` that is no ZIP):
   that extractor, which says why the file is corrupt;
4. anything else that decodes as text (UTF-8/16, CP932, EUC-JP, ISO-2022-JP)
   with few control characters: RFC 822 mail, an mbox, HTML, CSV/TSV, or plain
   text; a text suffix (`.csv`, `.html`, `.json` …) keeps its own reader.

Kinds are the extractor keys of dispatch.EXTRACTORS (".docx", ".pdf", …).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass

from scanner.extract.archive import MEMBER_ERRORS, OPEN_ERRORS
from scanner.extract.kinds import binary_kind_reason, binary_reason

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
OOXML_SUFFIXES = (".docx", ".docm", ".xlsx", ".xlsm", ".pptx", ".pptm")

# (offset, magic, kind): containers and documents we read
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", ".pdf"), (0, b"!BDN", ".pst"), (0, b"7z\xbc\xaf\x27\x1c", ".7z"),
    (0, b"Rar!\x1a\x07", ".rar"), (0, b"{\\rtf", ".rtf"),
    (0, b"\x89PNG\r\n\x1a\n", ".png"), (0, b"\xff\xd8\xff", ".jpg"), (0, b"II*\x00", ".tif"),
    (0, b"MM\x00*", ".tif"), (0, b"GIF87a", ".gif"), (0, b"GIF89a", ".gif"),
)
_LZH_METHOD = re.compile(rb"-(lh[0-7d]|lz[s45])-")
_MAIL_HEADERS = {"from", "to", "cc", "subject", "date", "received", "message-id", "return-path",
                 "mime-version", "delivered-to", "x-mailer", "content-type", "reply-to"}
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z0-9-]*):(?:[ \t]|$)")  # a value may begin on the next line
SAMPLE = 64 * 1024  # bytes looked at by the text tests


@dataclass(frozen=True)
class Sniffed:
    kind: str | None  # an extractor key, or None: not read
    reason: str | None = None  # why not read: what the binary is


def _magic_kind(data: bytes) -> str | None:
    for offset, magic, kind in _MAGIC:
        if data.startswith(magic, offset):
            return kind
    if data.startswith(b"BM") and data[6:10] == b"\0\0\0\0" and data[14:15] in (b"\x0c", b"\x28", b"\x7c"):
        return ".bmp"  # "BM" alone starts too many texts
    if len(data) > 21 and _LZH_METHOD.fullmatch(data[2:7]) and data[20] <= 3:
        return ".lzh"  # header size, checksum, "-lh5-", …; header level 0-3
    return None


def ole_kind(data: bytes, suffix: str) -> str | None:
    """Which Office file an OLE2 compound file is, by its stream names."""
    import olefile

    try:
        with olefile.OleFileIO(data) as ole:
            streams = {"/".join(entry) for entry in ole.listdir(streams=True, storages=False)}
    except (OSError, ValueError, IndexError, TypeError):
        return None
    if "EncryptionInfo" in streams and "EncryptedPackage" in streams:
        return suffix if suffix in OOXML_SUFFIXES else ".docx"  # its reader says "encrypted"
    for stream, kind in (("WordDocument", ".doc"), ("Workbook", ".xls"), ("Book", ".xls"),
                         ("PowerPoint Document", ".ppt"), ("__properties_version1.0", ".msg")):
        if stream in streams:
            return kind
    return None


def _start_of(archive: zipfile.ZipFile, name: str, size: int) -> bytes | None:
    """The first size bytes of a member, or None when it is missing or unreadable
    (inflating it whole would let a bomb of a part fill memory before any limit)."""
    try:
        with archive.open(name) as part:
            return part.read(size)
    except (KeyError, *MEMBER_ERRORS):
        return None


def _ooxml_kind(archive: zipfile.ZipFile) -> str | None:
    types = _start_of(archive, "[Content_Types].xml", 64 * 1024)
    if types is None:
        return None
    for marker, kind in ((b"wordprocessingml.document", ".docx"), (b"spreadsheetml.sheet", ".xlsx"),
                         (b"ms-excel.sheet.macroEnabled", ".xlsx"), (b"presentationml.presentation", ".pptx"),
                         (b"presentationml.slideshow", ".pptx"), (b"ms-powerpoint.presentation.macroEnabled", ".pptx"),
                         (b"ms-word.document.macroEnabled", ".docx")):
        if marker in types:
            return kind
    return None


def zip_kind(data: bytes) -> str | None:
    """OOXML by its content types, ODF by its mimetype, else a plain ZIP;
    None when the ZIP cannot be opened (the name decides, the reader explains)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except OPEN_ERRORS:
        return None
    with archive:
        kind = _ooxml_kind(archive)
        if kind:
            return kind
        mimetype = _start_of(archive, "mimetype", 100)
        if mimetype is None:
            return ".zip"
    for marker, kind in ((b"opendocument.text", ".odt"), (b"opendocument.spreadsheet", ".ods"),
                         (b"opendocument.presentation", ".odp")):
        if mimetype.startswith(b"application/vnd.oasis." + marker):
            return kind
    return ".zip"


def _container_kind(data: bytes, suffix: str) -> str | None:
    if data.startswith(OLE_MAGIC):
        return ole_kind(data, suffix)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return zip_kind(data)
    return _magic_kind(data)


def _text_sample(data: bytes) -> str | None:
    """The start of data as text, or None when it is no text (NUL-free check
    first, then a strict decoding of whole lines, then few control characters)."""
    from scanner.extract.encoding import decode
    from scanner.extract.base import ExtractionError

    sample = data[:SAMPLE]
    if len(data) > SAMPLE and b"\n" in sample[-4096:]:
        sample = sample[:sample.rindex(b"\n") + 1]  # no character cut in two
    try:
        text = decode(sample)[0]
    except ExtractionError:
        return None
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f\x1b")
    return text if controls <= len(text) / 100 else None


def is_mail(text: str) -> bool:
    """RFC 822 headers at the start: at least two well-known header fields
    among the first lines, before any blank line."""
    known = 0
    for line in text.lstrip("\ufeff").splitlines()[:40]:
        if not line.strip():
            break
        match = _HEADER_LINE.match(line)
        if match:
            known += match.group(1).lower() in _MAIL_HEADERS
        elif not line[:1].isspace():  # neither a header nor its continuation
            return False
    return known >= 2


def delimiter_of(text: str) -> str | None:
    """',' or '\\t' when every line of the sample has the same number (at least
    one) of fields, by the csv module's own quoting rules; else None."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if len(lines) < 2 or lines[0].lstrip()[:1] in ("{", "[", "<"):
        return None
    for delimiter in ("\t", ","):
        if delimiter not in lines[0]:
            continue
        widths = {len(row) for row in csv.reader(lines[:-1] if len(lines) > 2 else lines, delimiter=delimiter)}
        if len(widths) == 1 and widths.pop() >= 2:
            return delimiter
    return None


STREAMED_MAGIC = b"!BDN"  # Outlook PST/OST


def is_streamed_file(path: str) -> bool:
    """A file read from its path as a stream, never whole (Outlook PST/OST):
    its size is no limit, the size of each message inside it is."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(STREAMED_MAGIC)) == STREAMED_MAGIC
    except OSError:
        return False


def _looks_like_html(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n")[:100].lower().startswith(("<!doctype html", "<html"))


def text_kind(text: str) -> str:
    """The reader for text whose name does not say which."""
    if is_mail(text):
        return ".eml"
    if text.startswith("From ") and is_mail(text.split("\n", 1)[-1]):
        return ".mbox"
    if _looks_like_html(text):
        return ".html"
    return {",": ".csv", "\t": ".tsv"}.get(delimiter_of(text) or "", ".txt")


def sniff(data: bytes, suffix: str, known: frozenset[str] | set[str]) -> Sniffed:
    """The kind of data. suffix (lower case, with its dot) breaks ties; known
    are the suffixes that have an extractor."""
    kind = _container_kind(data, suffix)
    if kind:
        return Sniffed(kind)
    binary = binary_reason(data)
    if binary:
        return Sniffed(None, binary)
    if suffix in known and suffix != ".txt":
        return Sniffed(suffix)  # its own reader (and its own error when it is not that)
    text = _text_sample(data)
    if text is None:
        return Sniffed(".txt") if suffix == ".txt" else Sniffed(None, binary_kind_reason("data"))
    return Sniffed(text_kind(text))
