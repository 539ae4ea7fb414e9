"""One bad entry of a ZIP is recorded with its reason; the other members are read."""

from __future__ import annotations

import io
import zipfile

from scanner.app.lazy_detector import LazyDetector
from scanner.objects import ObjectScanner

PLACEHOLDER = b"BADNAME1.txt"
NOT_UTF8 = b"\xff\xfe\xfd\xfcAME1.txt"  # as long as PLACEHOLDER: offsets stay right


def archive(names: list[zipfile.ZipInfo | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names:
            z.writestr(name, b"plain text, nothing personal\n")
    return out.getvalue()


def with_bad_utf8_name(data: bytes) -> bytes:
    """The member named PLACEHOLDER renamed to bytes that are not UTF-8, with the
    UTF-8 flag set in its local and central headers (as a broken tool writes it)."""
    data = bytearray(data.replace(PLACEHOLDER, NOT_UTF8))
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(NOT_UTF8)] == NOT_UTF8:
                data[start + flag_at + 1] |= 0x08  # bit 11: names are UTF-8
            start += 4
    return bytes(data)


def statuses(record) -> dict[str, tuple[str, str | None]]:
    return {child.uri: (child.status, child.reason) for child in record.children}


def scan(data: bytes):
    return ObjectScanner(LazyDetector()).scan_bytes("a.zip", data)


def test_a_member_with_an_empty_name_is_recorded_and_the_others_are_read():
    record = scan(archive(["before.txt", zipfile.ZipInfo(""), "after.txt"]))
    assert record.status == "ok"
    assert statuses(record) == {
        "a.zip!before.txt": ("ok", None), "a.zip!unnamed": ("unreadable", "bad_name"), "a.zip!after.txt": ("ok", None),
    }


def test_a_name_that_is_not_utf8_under_the_utf8_flag_is_recorded_and_the_others_are_read():
    record = scan(with_bad_utf8_name(archive(["before.txt", PLACEHOLDER.decode(), "after.txt"])))
    assert record.status == "ok"
    found = statuses(record)
    bad = [uri for uri in found if uri not in ("a.zip!before.txt", "a.zip!after.txt")]
    assert found["a.zip!before.txt"] == found["a.zip!after.txt"] == ("ok", None)
    assert len(bad) == 1 and found[bad[0]] == ("unreadable", "bad_name") and bad[0].endswith("ME1.txt")


def test_a_member_whose_data_is_corrupt_does_not_end_the_archive():
    data = bytearray(archive(["one.txt", "two.txt"]))
    second = data.find(b"PK\x03\x04", 4)
    data[second - 8:second - 2] = b"\x00\xff\x00\xff\x00\xff"  # the first member's deflate stream
    record = scan(bytes(data))
    assert record.status == "ok"
    found = statuses(record)
    assert found["a.zip!one.txt"] == ("unreadable", "corrupt") and found["a.zip!two.txt"] == ("ok", None)
