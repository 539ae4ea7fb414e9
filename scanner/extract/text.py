"""Plain text, logs, JSON, XML, HTML and delimited tables in any Japanese encoding."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser

from scanner.extract.base import Extraction, text_unit
from scanner.extract.encoding import decode
from scanner.extract.fixed_width import fixed_width_rows
from scanner.extract.table import table_units
from scanner.extract.zengin import zengin_rows


def extract_plain(data: bytes) -> Extraction:
    text, encoding = decode(data)
    table = zengin_rows(text) or fixed_width_rows(text)  # a bank's transfer file, a host's export: tables
    units = table_units(table.rows, lines=table.lines) if table else [text_unit(text)]
    return Extraction(format="text", units=units, encoding=encoding)


class _TextOnly(HTMLParser):
    _SKIP = {"script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in ("br", "p", "div", "tr", "li", "td", "th"):
            self.parts.append("\n" if tag != "td" and tag != "th" else "\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def extract_html(data: bytes) -> Extraction:
    text, encoding = decode(data)
    return Extraction(format="html", units=[text_unit(html_to_text(text))], encoding=encoding)


def _rows(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def extract_delimited(data: bytes, delimiter: str) -> Extraction:
    text, encoding = decode(data)
    return Extraction(format="csv" if delimiter == "," else "tsv",
                      units=table_units(_rows(text, delimiter)), encoding=encoding)
