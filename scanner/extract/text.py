"""Plain text, logs, JSON, XML, HTML and delimited tables in any Japanese encoding.

Each is decoded and read in pieces (scanner.extract.long_text, table_units):
a 150 MB text or a million-row CSV is never held whole as text or as rows."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser

from scanner.extract.base import Extraction, ExtractionError, TextUnit
from scanner.extract.encoding import detect_encoding, encoding_name, iter_decoded
from scanner.extract.html_cells import LabelledCells
from scanner.extract.html_hidden import HiddenParts
from scanner.extract.fixed_width import bare_fixed_width_rows, fixed_width_rows
from scanner.extract.spaced_rows import spaced_rows
from scanner.extract.json_fields import json_as_fields, looks_like_json
from scanner.extract.long_text import text_units
from scanner.extract.bar_rows import bar_rows
from scanner.extract.uke import is_uke, uke_units
from scanner.extract.pipe_table import has_pipe_table, pipes_as_tabs
from scanner.extract.table import dense_rows, table_units
from scanner.extract.keyed_fields import keyed_as_fields
from scanner.extract.tabbed import has_tabbed_table, tabbed_units
from scanner.extract.zengin import zengin_rows

TABLE_SNIFF_BYTES = 16 * 1024 * 1024  # a host export or 全銀 file up to this size is read as a table


def extract_plain(data: bytes) -> Extraction:
    """A text up to TABLE_SNIFF_BYTES is decoded once and tried as a bank's transfer
    file or a host's fixed-width export (telling one needs all its lines at once);
    a longer one is decoded and read in pieces."""
    codec = detect_encoding(data)
    if len(data) > TABLE_SNIFF_BYTES:
        return Extraction(format="text", units=text_units(iter_decoded(data, codec)), encoding=encoding_name(codec))
    text = data.decode(codec)
    json = looks_like_json(text)
    keyed = json_as_fields(text) if json else keyed_as_fields(text)
    # XML or YAML whose keys were glossed is a record per line, no host's fixed-width export: the
    # glosses' spaces would line up as columns and cut a value (1966-12 | -05)
    glossed_keys, text = not json and keyed != text, keyed
    if is_uke(text):  # a claims file in UKE's published layout: its fields are known by their place
        return Extraction(format="text", units=uke_units(text), encoding=encoding_name(codec))
    if has_pipe_table(text):  # a markdown table: no host export
        return Extraction(format="text", units=tabbed_units(pipes_as_tabs(text)), encoding=encoding_name(codec))
    table = zengin_rows(text) or (None if glossed_keys else bar_rows(text) or fixed_width_rows(text)
                                  or bare_fixed_width_rows(text) or spaced_rows(text))
    units = table_units(dense_rows(table.rows), lines=table.lines, typed=True) if table else text_units([text])
    return Extraction(format="text", units=units, encoding=encoding_name(codec))


_LINE_TAGS = frozenset(("br", "p", "div", "tr", "li", "dt", "dd", "title", "h1", "h2", "h3", "h4", "h5", "h6"))


class _TextOnly(HTMLParser):
    _SKIP = {"script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._cells = LabelledCells()
        self.hidden = HiddenParts()  # form values, data- attributes, comments, data blocks (html_hidden)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "script":
            self.hidden.script_start(attrs)
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in ("td", "th"):
            self.parts.append(self._cells.separator(tag, self.parts))
        elif tag == "table":
            self._cells.new_table()
        elif tag in _LINE_TAGS:
            self._cells.new_row()
            self.parts.append(": " if tag == "dd" else "\n")
        if (shown := self.hidden.shown_value(tag, attrs)) and not self._skipping:
            self.parts.append(shown)  # <input value="…">: what was typed, in its cell

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.hidden.script_end()
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)
        else:
            self.hidden.script_data(data)

    def handle_comment(self, data: str) -> None:
        self.hidden.comment(data)

    def take(self) -> str:
        """The text found since the last take."""
        text, self.parts = "".join(self.parts), []
        return text


def html_text(pieces: Iterable[str]) -> Iterator[str]:
    """The text of an HTML document given in pieces, in pieces."""
    parser = _TextOnly()
    for piece in pieces:
        parser.feed(piece)
        yield parser.take()
    parser.close()
    yield parser.take() + parser.hidden.take()  # the hidden parts after the page's text


def html_to_text(html: str) -> str:
    return "".join(html_text([html]))


_BLANK_LINES = re.compile(r"\n[ \t\r]*(?=\n)")  # the markup's own line breaks between a table's rows


def extract_html(data: bytes) -> Extraction:
    """A page with a table of rows under a header row (an export saved as HTML) is read
    as a docx table is: each cell under its column's header; any other page as text."""
    codec = detect_encoding(data)
    if len(data) <= TABLE_SNIFF_BYTES:  # parsed once: text units do not depend on the pieces
        text = html_to_text(data.decode(codec, errors="replace"))
        rows = _BLANK_LINES.sub("", text)
        units = tabbed_units(rows) if has_tabbed_table(rows) else text_units([text])
        return Extraction(format="html", units=units, encoding=encoding_name(codec))
    return Extraction(format="html", units=text_units(html_text(iter_decoded(data, codec))),
                      encoding=encoding_name(codec))


def _table_units(rows: Iterable[list[str]], kind: str) -> Iterator[TextUnit]:
    try:
        yield from table_units(dense_rows(rows), typed=True)
    except csv.Error as error:  # a NUL byte, a field over csv's size limit
        raise ExtractionError(cause=error, kind=kind) from error


SNIFFED_LINES = 50


def semicolons_instead(sample: str, delimiter: str) -> str:
    """';' for a .csv written by a tool of a comma-decimal locale (a mail-merge export:
    卒業年;氏名;郵便番号;…): no comma on its first line and the same number (at least
    two) of semicolon fields on every line of the sample; else the delimiter."""
    lines = [line for line in sample.splitlines()[:SNIFFED_LINES] if line.strip()]
    if delimiter != "," or len(lines) < 2 or "," in lines[0] or ";" not in lines[0]:
        return delimiter
    widths = {len(row) for row in csv.reader(lines[:-1], delimiter=";")}
    return ";" if len(widths) == 1 and widths.pop() >= 2 else delimiter


def extract_delimited(data: bytes, delimiter: str) -> Extraction:
    codec = detect_encoding(data)
    delimiter = semicolons_instead(data[:8192].decode(codec, errors="ignore"), delimiter)
    kind = "csv" if delimiter != "\t" else "tsv"
    if delimiter == "," and is_uke(data[:8192].decode(codec, errors="ignore")):  # a UKE file saved as .csv
        return Extraction(format=kind, units=uke_units(data.decode(codec)), encoding=encoding_name(codec))
    rows = csv.reader(io.TextIOWrapper(io.BytesIO(data), encoding=codec, newline=""), delimiter=delimiter)
    return Extraction(format=kind, units=_table_units(rows, kind), encoding=encoding_name(codec))
