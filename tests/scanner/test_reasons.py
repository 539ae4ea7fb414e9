"""Stored reasons: a fixed code and our own phrase with its numbers, plus at most
the class and plain words of a library's message; never bytes of the file."""

from __future__ import annotations

import io
import zipfile

from inventory import Inventory, load_or_create_key, open_inventory
from scanner.app.lazy_detector import LazyDetector
from scanner.extract import Limits
from scanner.objects import ObjectScanner
from scanner.pipeline import run_scan
from scanner.workers.runners import InlineRunner

NAME_AND_ADDRESS = "山田太郎 東京都千代田区丸の内1-1-1"


def pdf_whose_error_quotes(text: str) -> bytes:
    """A PDF whose font dictionary is broken by a name made of text: pdfminer's
    error repeats the dictionary, the text in it as str and as escaped bytes."""
    raw = text.encode()
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 100 100]/Contents 4 0 R"
            b"/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
            b"4 0 obj<</Length 20>>stream\nBT /F1 12 Tf (a) Tj ET\nendstream endobj\n"
            b"5 0 obj<</Type/Font/Subtype/Type1/BaseFont/" + raw + b"/Encoding 6 0 R>>endobj\n"
            b"6 0 obj " + raw + b" endobj\ntrailer<</Root 1 0 R>>\n%%EOF")


def scanner(limits: Limits = Limits()) -> ObjectScanner:
    return ObjectScanner(LazyDetector(), limits)  # the model loads only if text is detected


def test_a_library_error_quoting_the_file_keeps_its_class_and_no_byte_of_the_file():
    record = scanner().scan_bytes("a.pdf", pdf_whose_error_quotes(NAME_AND_ADDRESS))
    assert (record.status, record.reason) == ("unreadable", "corrupt")
    assert "PSSyntaxError" in record.error and record.error.startswith("corrupt pdf")
    for fragment in ("山田", "東京", "丸の内", "\\x", "xe6", "1-1-1"):
        assert fragment not in record.error


def test_sizes_in_reasons_are_our_numbers_and_stay_readable():
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("big.txt", "x" * 5000, compress_type=zipfile.ZIP_STORED)
    record = scanner(Limits(max_size=1000)).scan_bytes("a.zip", archive.getvalue())
    member = record.children[0]
    assert (member.status, member.reason) == ("too_large", "too_large")
    assert member.error == "member of 5000 bytes, over the limit of 1000"


def test_sanitise_cuts_quotes_reprs_escaped_bytes_and_non_ascii():
    from scanner.redact import sanitise

    message = ("Invalid dictionary construct: [/'Type', /'山田', /b'\\xe6', /b'\\x9d'] at 123456789018 "
               "near b'\\xe5\\xb1\\xb1' for taro@example.jp <Obj 山田> 東京都")
    cleaned = sanitise(message)
    assert cleaned.startswith("Invalid dictionary construct:")
    for fragment in ("山田", "東京", "xe6", "123456789018", "taro", "Obj"):
        assert fragment not in cleaned


def test_reason_code_is_stored_beside_the_message(tmp_path):
    root = tmp_path / "share"
    root.mkdir()
    (root / "broken.pdf").write_bytes(pdf_whose_error_quotes(NAME_AND_ADDRESS))
    (root / "x.bin").write_bytes(b"\x00\x01")
    inventory = Inventory(open_inventory(tmp_path / "i.db"), load_or_create_key())
    run_scan([str(root)], inventory, InlineRunner(scanner(), inventory.key))
    rows = {r["uri"]: r for r in inventory.db.query("select uri, status, reason, error from objects")}
    assert (rows["broken.pdf"]["status"], rows["broken.pdf"]["reason"]) == ("unreadable", "corrupt")
    assert (rows["x.bin"]["status"], rows["x.bin"]["reason"]) == ("skipped", "binary")
    assert "山田" not in rows["broken.pdf"]["error"]
