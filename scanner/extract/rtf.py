"""Rich Text Format (.rtf): a small reader of its own.

Why not striprtf (the usual pure-Python choice): it decodes each run of `\\'hh`
escapes on its own, so a Shift_JIS character whose second byte is a printable
letter (`\\'8eR` for 山) raises, and it drops headers and footers. Japanese RTF
from Word is exactly that: `\\ansicpg932` or fonts with `\\fcharset128`, text
as `\\'hh` bytes mixed with literal trail bytes, or `\\uN` with a fallback.
Here the bytes of a text run are gathered and decoded together in the code
page of the current font (else of the document); `\\uN` is taken and its
`\\ucN` fallback skipped; destinations that hold no text (font and colour
tables, pictures, embedded objects, theme data) are skipped; headers, footers,
footnotes and fields' results are kept.
"""

from __future__ import annotations

import re

from scanner.extract.base import Extraction, ExtractionError
from scanner.extract.tabbed import tabbed_units

_TOKEN = re.compile(rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.S)
_SURROGATE = re.compile("[\ud800-\udfff]")
_CHARSETS = {0: "cp1252", 128: "cp932", 129: "cp949", 134: "gbk", 136: "big5", 161: "cp1253",
             162: "cp1254", 177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874",
             238: "cp1250", 2: "latin-1"}
_SKIPPED = {"fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable", "pict", "object",
            "objdata", "themedata", "colorschememapping", "datastore", "latentstyles", "rsidtbl",
            "xmlnstbl", "info", "generator", "filetbl", "revtbl", "pgdsctbl", "bkmkstart", "bkmkend",
            "fldinst", "wgrffmtfilter", "mmathPr", "fchars", "lchars", "pnseclvl"}
_BREAKS = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": "\t", "tab": "\t",
           "emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
           "bullet": "•", "emspace": " ", "enspace": " "}


class _State:
    def __init__(self, codepage: str) -> None:
        self.codepage = codepage
        self.skip = False
        self.uc = 1  # characters of fallback after each \uN


class _Reader:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.pending = bytearray()  # text bytes of the current run, decoded together
        self.fonts: dict[int, str] = {}
        self.document_codepage = "cp1252"
        self.stack = [_State("cp1252")]
        self.font_table_depth = 0  # the depth of the open font table, 0 outside it
        self.font_in_table = -1  # the font being defined there
        self.fallback = 0  # bytes or characters of a \uN fallback still to skip

    @property
    def state(self) -> _State:
        return self.stack[-1]

    def flush(self) -> None:
        if self.pending:
            self.out.append(bytes(self.pending).decode(self.state.codepage, errors="replace"))
            self.pending.clear()

    def text(self, data: bytes) -> None:
        if self.fallback:
            skipped = min(self.fallback, len(data))
            data, self.fallback = data[skipped:], self.fallback - skipped
        if not self.state.skip:
            self.pending += data

    def group(self, brace: bytes) -> None:
        self.flush()
        self.fallback = 0
        if brace == b"{":
            parent = self.state
            state = _State(parent.codepage)
            state.skip, state.uc = parent.skip, parent.uc
            self.stack.append(state)
        elif len(self.stack) > 1:
            self.stack.pop()

    def control(self, word: str, argument: int | None) -> None:
        self.flush()
        self.fallback = 0
        if word == "ansicpg" and argument:
            self.document_codepage = self.state.codepage = f"cp{argument}"
        elif word == "f" and argument is not None:
            self._font(argument)
        elif word == "fcharset" and self.font_table_depth and argument in _CHARSETS:
            self.fonts[self.font_in_table] = _CHARSETS[argument]
        elif word == "uc" and argument is not None:
            self.state.uc = argument
        elif word == "u" and argument is not None:
            if not self.state.skip:
                self.out.append(chr(argument % 65536))
            self.fallback = self.state.uc
        elif word in _SKIPPED:
            self.state.skip = True
            if word == "fonttbl":
                self.font_table_depth = len(self.stack)
        elif word in _BREAKS and not self.state.skip:
            self.out.append(_BREAKS[word])

    def _font(self, number: int) -> None:
        if self.font_table_depth:
            self.font_in_table = number  # a font being defined
        else:
            self.state.codepage = self.fonts.get(number, self.document_codepage)


def rtf_text(data: bytes) -> str:
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ExtractionError("corrupt rtf: no {\\rtf header")
    reader = _Reader()
    for match in _TOKEN.finditer(data):
        word, argument, hex_byte, symbol, brace, literal = match.groups()
        if word:
            reader.control(word.decode("ascii"), int(argument) if argument else None)
        elif hex_byte:
            reader.text(bytes.fromhex(hex_byte.decode("ascii")))
        elif symbol:
            if symbol == b"*":
                reader.state.skip = True  # an ignorable destination: unknown, so no text
            elif symbol in (b"\\", b"{", b"}"):
                reader.text(symbol)
            elif symbol == b"~":
                reader.text(b" ")
        elif brace:
            if brace == b"}" and len(reader.stack) == reader.font_table_depth:
                reader.font_table_depth = 0  # the font table closes
            reader.group(brace)
        elif literal:
            reader.text(literal)
    reader.flush()
    return _paired("".join(reader.out))


def _paired(text: str) -> str:
    """A character past U+FFFF comes as two \\u escapes (UTF-16 surrogates, as Word writes
    𠮷): join each pair; a lone surrogate becomes U+FFFD."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def extract_rtf(data: bytes) -> Extraction:
    return Extraction(format="rtf", units=tabbed_units(rtf_text(data)))
