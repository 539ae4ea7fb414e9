"""Small files that expand to gigabytes or claim to: the adversarial corpus of
issue 13, written on demand (deterministic; a few seconds). Each writer makes
one file in a folder and returns its path.

Each was seen to drive a scan to gigabytes before the limits: a 5 KB sheet
declaring A1:XFD1048576 with one far cell, a docx with a part that inflates to
hundreds of MB, a PDF with a flate-bomb content stream, a ZIP bomb, ZIPs nested
in ZIPs, a legacy .xls with one far cell; and an OpenDocument sheet whose rows
and cells repeat a value over the whole grid.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from samples import writers as w

MB = 1024 * 1024
_SHEET = "xl/worksheets/sheet1.xml"
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')


def _deflated(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 9, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _with_part(package: bytes, part: str, chunks: Iterator[bytes]) -> bytes:
    """An Office package with one part replaced by the given chunks (streamed:
    a part of hundreds of MB is never held)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != part:
                target.writestr(info.filename, source.read(info))
        with target.open(_deflated(part), "w", force_zip64=True) as stream:
            for chunk in chunks:
                stream.write(chunk)
    return out.getvalue()


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def xlsx_far_cell(folder: Path) -> Path:
    """A sheet that declares every cell of the grid and holds two: a header in A1
    and a phone number in the last cell, XFD1048576."""
    sheet = (_SHEET_HEAD + '<dimension ref="A1:XFD1048576"/><sheetData>'
             f'<row r="1">{_inline("A1", "電話番号")}</row>'
             f'<row r="1048576">{_inline("XFD1048576", "090-1234-5678")}</row>'
             "</sheetData></worksheet>")
    base = w.xlsx_bytes({"名簿": [["電話番号"]]})
    path = folder / "far_cell.xlsx"
    path.write_bytes(_with_part(base, _SHEET, iter([sheet.encode()])))
    return path


def xlsx_far_rows(folder: Path, rows: int = 20_000) -> Path:
    """Many rows, each with one cell in the last column (no dimension at all):
    padded to full rows, that is 16,384 cells a row."""
    def chunks() -> Iterator[bytes]:
        yield (_SHEET_HEAD + "<sheetData>").encode()
        for r in range(1, rows + 1):
            yield f'<row r="{r}"><c r="XFD{r}"><v>{r}</v></c></row>'.encode()
        yield b"</sheetData></worksheet>"

    path = folder / "far_rows.xlsx"
    path.write_bytes(_with_part(w.xlsx_bytes({"S": [["x"]]}), _SHEET, chunks()))
    return path


def docx_inflated_part(folder: Path, size: int = 400 * MB) -> Path:
    """A Word file whose body part inflates to size bytes (a few hundred KB packed)."""
    paragraph = b"<w:p><w:r><w:t>aaaaaaaaaaaaaaaa</w:t></w:r></w:p>"
    block = paragraph * (MB // len(paragraph))

    def chunks() -> Iterator[bytes]:
        yield (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w='
               b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
        for _ in range(size // len(block)):
            yield block
        yield b"</w:body></w:document>"

    base = folder / "base.docx"
    w.write_docx(base, ["x"])
    path = folder / "inflated.docx"
    path.write_bytes(_with_part(base.read_bytes(), "word/document.xml", chunks()))
    base.unlink()
    return path


def pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given objects (1 0 obj is the catalog), with its xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def page_with_content(stream: bytes, filters: bytes = b"") -> list[bytes]:
    """The objects of a one-page PDF with this content stream (font F1: Helvetica)."""
    filter_entry = b" /Filter " + filters if filters else b""
    return [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d%s >>\nstream\n" % (len(stream), filter_entry) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]


def pdf_flate_bomb(folder: Path, size: int = 300 * MB) -> Path:
    """A page whose content stream inflates to size bytes of operands."""
    packer = zlib.compressobj(9)
    block = b"1 " * (MB // 2)
    stream = b"".join(packer.compress(block) for _ in range(size // MB)) + packer.flush()
    path = folder / "flate_bomb.pdf"
    path.write_bytes(pdf(page_with_content(stream, b"/FlateDecode")))
    return path


def _zip_of(members: dict[str, bytes], stored: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _zeros_zip(members: list[str], size: int) -> bytes:
    """A ZIP of members of size zero bytes each, streamed in (never held)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in members:
            with archive.open(_deflated(name), "w", force_zip64=True) as stream:
                for _ in range(size // MB):
                    stream.write(bytes(MB))
    return out.getvalue()


def zip_bomb(folder: Path, size: int = 500 * MB) -> Path:
    """One member of size zero bytes."""
    path = folder / "bomb.zip"
    path.write_bytes(_zeros_zip(["zeros.txt"], size))
    return path


def zip_nested_deep(folder: Path, depth: int = 8) -> Path:
    """A text file inside depth ZIPs."""
    data = _zip_of({"deep.txt": b"bottom"})
    for level in range(depth - 1):
        data = _zip_of({f"level{level}.zip": data})
    path = folder / "deep.zip"
    path.write_bytes(data)
    return path


def zip_nested_wide(folder: Path, levels: int = 3, fanout: int = 8, leaf: int = 50 * MB) -> Path:
    """42.zip's shape: each ZIP holds fanout copies of the one below; the bottom
    ZIP holds fanout members of leaf zero bytes (fanout ** levels * leaf in all)."""
    data = _zeros_zip([f"{i}.txt" for i in range(fanout)], leaf)
    for level in range(levels - 1):
        data = _zip_of({f"{level}-{i}.zip": data for i in range(fanout)})
    path = folder / "wide.zip"
    path.write_bytes(data)
    return path


def xls_far_cell(folder: Path) -> Path:
    """A legacy sheet with a header in A1 and a value in the last cell, IV65536."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("名簿")
    sheet.write(0, 0, "電話番号")
    sheet.write(65535, 255, "090-1234-5678")
    path = folder / "far_cell.xls"
    book.save(str(path))
    return path


def ods_huge_dimension(folder: Path) -> Path:
    """An OpenDocument sheet that repeats a row a million times, each with a phone
    number in 16,384 columns, and declares every cell of the grid after it."""
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    cell = ('<table:table-cell table:number-columns-repeated="16384" office:value-type="string">'
            "<text:p>090-1234-5678</text:p></table:table-cell>")
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               f'xmlns:table="{table}" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
               '<office:body><office:spreadsheet><table:table table:name="名簿">'
               '<table:table-row><table:table-cell office:value-type="string"><text:p>電話番号</text:p>'
               "</table:table-cell></table:table-row>"
               f'<table:table-row table:number-rows-repeated="1048575">{cell}</table:table-row>'
               '<table:table-row table:number-rows-repeated="1048576"><table:table-cell '
               'table:number-columns-repeated="16384"/></table:table-row>'
               "</table:table></office:spreadsheet></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")  # stored, first
        package.writestr(_deflated("content.xml"), content)
    path = folder / "huge.ods"
    path.write_bytes(out.getvalue())
    return path


WRITERS = (xlsx_far_cell, xlsx_far_rows, docx_inflated_part, pdf_flate_bomb, zip_bomb, zip_nested_deep,
           zip_nested_wide, xls_far_cell, ods_huge_dimension)


def write_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {writer.__name__: writer(folder) for writer in WRITERS}
