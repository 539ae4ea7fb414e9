"""Word and PowerPoint 97-2003 (.doc, .ppt), read from their OLE2 streams with
olefile.

Why this and not antiword/catdoc or LibreOffice: the text of both formats is
stored as UTF-16 (Japanese included) or as 8-bit Latin text, and where it lies
is documented ([MS-DOC] piece table, [MS-PPT] text atoms). Reading those
structures takes a page of Python on olefile (already installed for .msg and
encrypted Office files, well kept), is fast, needs no process per file, and reads
Japanese right; antiword and catdoc map text to an 8-bit or their own charset
tables and lose or garble kanji, and LibreOffice headless costs seconds and
hundreds of MB per file.

What is read: every story of a .doc (body, tables with cells separated by tabs,
headers, footers, footnotes, comments, text boxes) with field codes removed and
field results kept; every text atom of a .ppt (slides, placeholders, text
boxes, tables, notes). Encrypted files are `encrypted`.
"""

from __future__ import annotations

import re
import struct

import olefile

from scanner.extract.base import EncryptedObject, Extraction, ExtractionError, TextUnit, text_unit
from scanner.extract.ooxml import is_encrypted_office
from scanner.extract.tabbed import tabbed_units


def _open(data: bytes, kind: str) -> olefile.OleFileIO:
    if is_encrypted_office(data):
        raise EncryptedObject(f"password-protected {kind}")
    if len(data) < olefile.MINIMAL_OLEFILE_SIZE:  # olefile would take the bytes for a file name
        raise ExtractionError(f"corrupt {kind}: {len(data)} bytes, too short for an OLE2 file")
    try:
        return olefile.OleFileIO(data)
    except (OSError, ValueError, IndexError) as error:
        raise ExtractionError(cause=error, kind=kind) from error


def _stream(ole: olefile.OleFileIO, name: str, kind: str) -> bytes:
    try:
        return ole.openstream(name).read()
    except (OSError, ValueError, IndexError) as error:
        raise ExtractionError(cause=error, kind=f"{kind} stream") from error


# -- Word ---------------------------------------------------------------
_FIB_FLAGS, _FIB_CLX = 0x0A, 0x01A2
_ENCRYPTED, _TABLE_1 = 0x0100, 0x0200
_FIELD = re.compile("\x13[^\x13\x14\x15]*(?:\x14([^\x13\x14\x15]*))?\x15")
_WORD_CONTROLS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x07": "\t", "\x1e": "-",
                                "\x1f": "", "\x01": "", "\x08": "", "\x02": "", "\x05": ""})


def _pieces(clx: bytes) -> list[tuple[int, int, bool]]:
    """(file offset, characters, compressed) of each piece of the piece table."""
    position = 0
    while position < len(clx) and clx[position] == 0x01:  # Prc: property modifiers
        position += 3 + struct.unpack_from("<H", clx, position + 1)[0]
    if position >= len(clx) or clx[position] != 0x02:
        raise ExtractionError("corrupt doc: no piece table")
    size = struct.unpack_from("<I", clx, position + 1)[0]
    table = clx[position + 5:position + 5 + size]
    count = (len(table) - 4) // 12
    cps = struct.unpack_from(f"<{count + 1}I", table)
    pieces = []
    for i in range(count):
        fc = struct.unpack_from("<I", table, 4 * (count + 1) + 8 * i + 2)[0]
        compressed = bool(fc & 0x40000000)
        offset = (fc & 0x3FFFFFFF) // 2 if compressed else fc & 0x3FFFFFFF
        pieces.append((offset, cps[i + 1] - cps[i], compressed))
    return pieces


def _without_fields(text: str) -> str:
    """Field codes (HYPERLINK "…", MERGEFIELD …) out, their results kept; nested
    fields are undone from the inside out."""
    previous = None
    while previous != text:
        previous, text = text, _FIELD.sub(lambda m: m.group(1) or "", text)
    return text.replace("\x13", "").replace("\x14", "").replace("\x15", "")


def doc_text(data: bytes) -> str:
    ole = _open(data, "doc")
    with ole:
        word = _stream(ole, "WordDocument", "doc")
        if len(word) < _FIB_CLX + 8:
            raise ExtractionError("corrupt doc: short file information block")
        flags = struct.unpack_from("<H", word, _FIB_FLAGS)[0]
        if flags & _ENCRYPTED:
            raise EncryptedObject("password-protected doc")
        table_name = "1Table" if flags & _TABLE_1 else "0Table"
        if not ole.exists(table_name):
            raise ExtractionError(f"corrupt doc: no {table_name} stream (Word 6/95 files are not read)")
        table = _stream(ole, table_name, "doc")
    fc_clx, lcb_clx = struct.unpack_from("<II", word, _FIB_CLX)
    parts = []
    for offset, chars, compressed in _pieces(table[fc_clx:fc_clx + lcb_clx]):
        if compressed:
            parts.append(word[offset:offset + chars].decode("cp1252", errors="replace"))
        else:
            parts.append(word[offset:offset + 2 * chars].decode("utf-16-le", errors="replace"))
    text = _without_fields("".join(parts)).replace("\x07\x07", "\n")  # a cell's end, then its row's
    return text.translate(_WORD_CONTROLS)


def extract_doc(data: bytes) -> Extraction:
    return Extraction(format="doc", units=tabbed_units(doc_text(data)))


# -- PowerPoint ---------------------------------------------------------
_CONTAINER_VERSION = 0xF
_TEXT_CHARS, _TEXT_BYTES = 0x0FA0, 0x0FA8
_SLIDE, _NOTES, _MASTER, _SLIDE_LIST, _SLIDE_PERSIST = 0x03EE, 0x03F0, 0x03F8, 0x0FF0, 0x03F3
_MASTER_ID = 0x80000000  # slide ids of masters have the top bit set


def _is_master(slide_id: int) -> bool:
    return slide_id == 0 or bool(slide_id & _MASTER_ID)

_PPT_CONTROLS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x07": "\t"})


class _PptText:
    """Text atoms walked in stream order, each under the slide or notes page it
    belongs to: slide-list placeholders by their SlidePersistAtom, text boxes by
    the slide container that holds them."""

    def __init__(self) -> None:
        self.texts: dict[str, list[str]] = {}
        self.slides = self.notes = self.listed = 0

    def walk(self, stream: bytes, start: int, end: int, place: str) -> None:
        position = start
        while position + 8 <= end:
            head, kind, size = struct.unpack_from("<HHI", stream, position)
            body, position = position + 8, position + 8 + size
            if position > end:
                return  # a truncated record: what came before is kept
            if head & 0xF == _CONTAINER_VERSION:
                self.walk(stream, body, position, self._place(kind, head >> 4, place, stream[body:body + 12]))
            elif kind == _SLIDE_PERSIST and place.startswith("list"):
                self.listed += 1
                place = f"list{head >> 4}:{self.listed}"
            elif kind in (_TEXT_CHARS, _TEXT_BYTES) and place != "master":
                raw = stream[body:position]
                text = raw.decode("utf-16-le", "replace") if kind == _TEXT_CHARS else raw.decode("latin-1")
                self.texts.setdefault(self._location(place), []).append(text.translate(_PPT_CONTROLS))

    def _place(self, kind: int, instance: int, place: str, first_child: bytes) -> str:
        if kind == _SLIDE:
            self.slides += 1
            return f"slide{self.slides}"
        if kind == _NOTES:  # its NotesAtom names the slide; 0 or a master id: the notes master
            if len(first_child) < 12 or _is_master(struct.unpack_from("<I", first_child, 8)[0]):
                return "master"
            self.notes += 1
            return f"notes{self.notes}"
        if kind == _MASTER:
            return "master"
        if kind == _SLIDE_LIST:
            self.listed = 0
            return f"list{instance}:0"
        return place

    @staticmethod
    def _location(place: str) -> str:
        if place.startswith("list"):  # instance 0: slides; 2: notes
            instance, number = place[4:].split(":")
            return f"slide{number}!notes:" if instance == "2" else f"slide{number}:"
        if place.startswith("notes"):  # notes pages in slide order
            return f"slide{place[5:]}!notes:"
        return f"{place}:" if place else ""


def extract_ppt(data: bytes) -> Extraction:
    ole = _open(data, "ppt")
    with ole:
        stream = _stream(ole, "PowerPoint Document", "ppt")
    walker = _PptText()
    walker.walk(stream, 0, len(stream), "")
    units: list[TextUnit] = [text_unit("\n".join(parts), location) for location, parts in walker.texts.items()
                             if any(part.strip() for part in parts)]
    return Extraction(format="ppt", units=units)
