"""Poison files of our own for the worker tests: small files that drive a reader
to gigabytes (issue 13.1), stopped only by the worker's address-space limit.

- a sheet declaring the whole grid (A1:XFD1048576) with its one value in the last
  cell: a reader that pads rows allocates 16,384 cells for each of a million rows;
- a PDF whose content stream is a flate bomb (about 2 MB packed, 2 GB inflated).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from samples.writers import xlsx_bytes
from tests.bombs import pdf

MB = 1024 * 1024
SHEET_PART = "xl/worksheets/sheet1.xml"


def whole_grid_xlsx(path: Path) -> Path:
    """An .xlsx of a few KB whose sheet claims every cell and holds the last one."""
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<dimension ref="A1:XFD1048576"/><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>電話</t></is></c></row>'
             '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>090-1234-5678</t></is></c></row>'
             '</sheetData></worksheet>').encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx_bytes({"名簿": [["電話"]]}))) as base, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in base.infolist():
            package.writestr(info.filename, sheet if info.filename == SHEET_PART else base.read(info))
    path.write_bytes(out.getvalue())
    return path


def flate_bomb_pdf(path: Path, inflated: int = 2048 * MB) -> Path:
    """A one-page PDF whose content stream inflates to `inflated` bytes of spaces."""
    packer = zlib.compressobj(9)
    block = b" " * (16 * MB)
    stream = b"".join(packer.compress(block) for _ in range(inflated // len(block))) + packer.flush()
    path.write_bytes(pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]))
    return path
