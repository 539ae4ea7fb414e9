"""Each limit of scanner.extract.Limits, on small files and small limits: what is
over a limit is recorded with its reason (and our numbers), the rest is read."""

from __future__ import annotations

import io
import random
import zipfile
import zlib

import pytest

from samples import writers as w
from scanner.app.lazy_detector import LazyDetector
from scanner.extract import ExtractionError, Limits
from scanner.extract.budget import Budget
from scanner.extract.docx import extract_docx
from scanner.extract.odf import extract_odf
from scanner.extract.pdf import extract_pdf
from scanner.objects import ObjectScanner
from tests.bombs import page_with_content, pdf

KB = 1024


def stored_zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def pdf_texts(data: bytes, limits: Limits = Limits()) -> list[str]:
    return [unit.text for unit in extract_pdf(data, Budget(limits)).units]


def test_nested_archives_share_one_total():
    inner = stored_zip({"blob.txt": bytes(300 * KB)})
    outer = stored_zip({"a.zip": inner, "b.zip": inner})  # 4 expansions of about 300 KB
    scanner = ObjectScanner(LazyDetector(), Limits(max_expanded=1000 * KB))
    record = scanner.scan_bytes("outer.zip", outer)
    found = {o.uri: (o.status, o.reason, o.error) for o in record.walk()}
    assert found["outer.zip!a.zip!blob.txt"][:2] == ("skipped", "binary")  # read: within the total
    status, reason, error = found["outer.zip!b.zip!blob.txt"]
    assert (status, reason) == ("too_large", "too_large")
    assert error.startswith("everything expanded from this file of") and error.endswith("limit of 1024000")


def test_a_part_held_whole_is_limited_by_its_declared_size(tmp_path):
    noise = random.Random(5).choices("山田太郎東京都千代田区丸の内", k=60_000)
    w.write_docx(tmp_path / "long.docx", ["".join(noise)])
    with pytest.raises(ExtractionError) as raised:
        list(extract_docx((tmp_path / "long.docx").read_bytes(), Budget(Limits(max_part=100 * KB))).units)
    assert (raised.value.status, raised.value.reason) == ("too_large", "too_large")
    assert "docx part of" in str(raised.value) and "limit of 102400" in str(raised.value)


def lzw_encode(data: bytes) -> bytes:
    """PDF LZWDecode (early change): 9 to 12 bit codes, a clear code when full."""
    table, width, bits, nbits, out = {bytes([i]): i for i in range(256)}, 9, 0, 0, bytearray()

    def put(code: int) -> None:
        nonlocal bits, nbits
        bits, nbits = bits << width | code, nbits + width
        while nbits >= 8:
            nbits -= 8
            out.append(bits >> nbits & 0xFF)

    put(256)
    current = b""
    for byte in data:
        candidate = current + bytes([byte])
        if candidate in table:
            current = candidate
            continue
        put(table[current])
        table[candidate] = len(table) + 2  # 256 and 257 are clear and end
        current, size = bytes([byte]), len(table) + 2
        width = 12 if size >= 2048 else 11 if size >= 1024 else 10 if size >= 512 else 9  # the decoder is one behind
        if size >= 4094:
            put(256)
            table, width = {bytes([i]): i for i in range(256)}, 9
    put(table[current])
    put(257)
    if nbits:
        out.append(bits << (8 - nbits) & 0xFF)
    return bytes(out)


def test_lzw_and_runlength_streams_are_stopped_at_their_limits():
    text = b"BT /F1 12 Tf 72 700 Td (ok) Tj ET\n"
    assert pdf_texts(pdf(page_with_content(lzw_encode(text), b"/LZWDecode")))[0].strip() == "ok"
    lzw_bomb = lzw_encode(text + b" " * (2 * 1024 * KB))
    with pytest.raises(ExtractionError) as raised:
        pdf_texts(pdf(page_with_content(lzw_bomb, b"/LZWDecode")))
    assert (raised.value.status, raised.value.reason) == ("too_large", "bomb")
    runs = b"\x81 " * (20 * KB) + b"\x80"  # each pair: a blank 128 times
    with pytest.raises(ExtractionError) as raised:
        pdf_texts(pdf(page_with_content(runs, b"/RunLengthDecode")), Limits(max_part=1024 * KB))
    assert (raised.value.status, raised.value.reason) == ("too_large", "too_large")


def test_a_flate_stream_with_a_wrong_checksum_is_still_read():
    packed = bytearray(zlib.compress(b"BT /F1 12 Tf 72 700 Td (Yamada) Tj ET\n"))
    packed[-1] ^= 0xFF  # the adler-32 checksum
    assert pdf_texts(pdf(page_with_content(bytes(packed), b"/FlateDecode")))[0].strip() == "Yamada"


def test_a_page_lays_out_at_most_its_characters():
    content = b"BT /F1 12 Tf 72 700 Td " + b"(aaaaaaaaaa) Tj " * 200 + b"ET"
    assert len(pdf_texts(pdf(page_with_content(content)))[0].strip()) == 2000
    with pytest.raises(ExtractionError) as raised:
        pdf_texts(pdf(page_with_content(content)), Limits(max_page_chars=1000))
    assert (raised.value.status, raised.value.reason) == ("too_large", "too_many")


def test_an_opendocument_sheet_repeats_a_value_a_bounded_number_of_times(tmp_path):
    from tests.bombs import ods_huge_dimension

    units = list(extract_odf(ods_huge_dimension(tmp_path).read_bytes(), Budget()).units)
    cells = [span.location for unit in units for span in unit.spans]
    assert cells[0] == "名簿!A1" and "名簿!A2" in cells and "名簿!CV101" in cells  # real rows and columns
    assert len(cells) == 1 + 100 * 100
