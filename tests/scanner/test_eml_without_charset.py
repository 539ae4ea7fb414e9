"""A mail that says no charset (saved by hand, exported from an inbox) and carries
8-bit Japanese: its body is decoded by detection, not read as ASCII and replaced."""

from __future__ import annotations


def _person_values(record) -> set[str]:
    return {f.value for o in record.walk() for f in o.findings if f.entity_type == "PERSON"}


def test_an_utf8_body_with_no_charset_is_read(scanner):
    raw = ("From: uno88@example.jp\nSubject: Re: お問い合わせの件\n\n宇野様\n\nお問い合わせありがとうございます。\n"
           "> 宇野 恵美です。\n> 研修の日程について教えてください。\n\n--\n総務部\n浅野 由紀子\n").encode("utf-8")
    record = scanner.scan_bytes("reply.txt", raw)
    assert record.format == "eml" and record.status == "ok"
    assert len(_person_values(record)) >= 2
    assert {f.location for f in record.findings} >= {"header:L1", "body:L4"}


def test_a_cp932_body_with_no_charset_is_read(scanner):
    raw = "From: a@example.jp\nSubject: memo\n\n担当　浅野 由紀子より連絡あり。\n".encode("cp932")
    record = scanner.scan_bytes("memo.eml", raw)
    assert any(f.entity_type == "PERSON" and f.location == "body:L1" for f in record.findings)


def test_an_ascii_body_with_no_charset_is_unchanged(scanner):
    raw = b"From: a@example.jp\nSubject: memo\n\nCall back Taro Yamada at 03-1234-5678.\n"
    record = scanner.scan_bytes("memo.eml", raw)
    assert any(f.entity_type == "PHONE" and f.location == "body:L1" for f in record.findings)
