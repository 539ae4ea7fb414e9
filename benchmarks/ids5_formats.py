"""Writers the ids5 corpora share (formats only, no words): OpenDocument text,
spreadsheet and presentation, RTF with a table, a workbook with hidden columns,
and zips inside a zip. Minimal but valid packages, as office suites read them."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from openpyxl import Workbook

from benchmarks.corpus4.writers import rtf_escape as _rtf_text

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
       'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"')
_MIME = {"text": "application/vnd.oasis.opendocument.text",
         "spreadsheet": "application/vnd.oasis.opendocument.spreadsheet",
         "presentation": "application/vnd.oasis.opendocument.presentation"}


def _para(line: str) -> str:
    return f"<text:p>{escape(line)}</text:p>"


def _table(name: str, rows: list[list[str]]) -> str:
    body = "".join("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string">{_para(str(c))}</table:table-cell>' for c in row)
        + "</table:table-row>" for row in rows)
    return f'<table:table table:name="{escape(name)}">{body}</table:table>'


def odf_bytes(kind: str, lines: list[str] = (), tables: dict[str, list[list[str]]] | None = None) -> bytes:
    """An .odt ("text"), .ods ("spreadsheet") or .odp ("presentation", one slide)."""
    inner = "".join(_para(line) for line in lines) + "".join(_table(n, r) for n, r in (tables or {}).items())
    if kind == "presentation":
        inner = f'<draw:page draw:name="p1"><draw:frame><draw:text-box>{"".join(_para(x) for x in lines)}' \
                f'</draw:text-box></draw:frame>' + "".join(_table(n, r) for n, r in (tables or {}).items()) + "</draw:page>"
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} office:version="1.2">'
               f"<office:body><office:{kind}>{inner}</office:{kind}></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype", (2026, 10, 1, 9, 0, 0)), _MIME[kind])
        package.writestr(zipfile.ZipInfo("content.xml", (2026, 10, 1, 9, 0, 0)), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()




def rtf_bytes(lines: list[str], table: list[list[str]] = ()) -> bytes:
    """Paragraphs, then a table (\\cell, \\row) as Word writes it."""
    body = "".join(_rtf_text(line) + "\\par\n" for line in lines)
    for row in table:
        body += "\\trowd" + "".join(f"\\cellx{1800 * (i + 1)}" for i in range(len(row)))
        body += "".join(f"\\pard\\intbl {_rtf_text(str(c))}\\cell " for c in row) + "\\row\n"
    return ("{\\rtf1\\ansi\\ansicpg932\\uc1{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\\f0 " + body + "}").encode("ascii")


def xlsx_hidden_bytes(rows: list[list], hidden_columns: tuple[str, ...] = (), title: str = "Sheet1") -> bytes:
    """A workbook whose named columns (letters) are hidden."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for letter in hidden_columns:
        sheet.column_dimensions[letter].hidden = True
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(zipfile.ZipInfo(name, (2026, 10, 1, 9, 0, 0)), data)
    return out.getvalue()


SCORED = ("DRIVERS_LICENSE", "BANK_ACCOUNT", "POSTAL_CODE", "MY_NUMBER", "DATE_OF_BIRTH")


class Numbers:
    """Valid synthetic values both ids5 corpora draw (numbers only, no words)."""

    def __init__(self, rng) -> None:
        self.rng = rng

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def my_number(self) -> str:
        from stdnum.jp import in_

        body = self.digits(11)
        return body + in_.calc_check_digit(body)

    def licence(self) -> str:
        from detectors.jp.drivers_license import check_digit_matches

        while True:
            body = f"{self.rng.choice([30, 44, 45, 52, 62, 81, 11, 23])}{self.rng.randint(0, 99):02d}{self.digits(6)}"
            for check in "0123456789":
                if check_digit_matches(body + check):
                    return body + check + str(self.rng.randint(0, 2))

    def yucho(self) -> tuple[str, str]:
        return f"1{self.digits(3)}0", f"{self.digits(7)}1"

    def postal(self) -> str:
        return f"{self.rng.randint(100, 999)}{self.digits(4)}"

    def pick(self, items):
        return self.rng.choice(items)

    def era_birth(self) -> tuple[int, int, int, str, str, int]:
        """(year, month, day, era name, era letter, year of the era) of a birth in 昭和 or 平成."""
        y, m, d = self.rng.randint(1931, 2005), self.rng.randint(1, 12), self.rng.randint(1, 28)
        name, letter, year = era(y, m, d)
        return y, m, d, name, letter, year


def wide(text: str) -> str:
    """全角 digits and hyphens (a hyphen as －)."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else "－" if c == "-" else c for c in text)


def era(y: int, m: int, d: int) -> tuple[str, str, int]:
    """(era name, its letter, year of era) of a date after 1926-12-25."""
    if (y, m, d) >= (1989, 1, 8):
        return "平成", "H", y - 1988
    return "昭和", "S", y - 1925


KANJI = "〇一二三四五六七八九"


def kanji_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else KANJI[tens] + "十")) + ("" if ones == 0 else KANJI[ones])
