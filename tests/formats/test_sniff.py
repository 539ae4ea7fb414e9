"""Objects typed by their content, their names only breaking ties (issue 19)."""

from __future__ import annotations

import io
import struct

import pytest

from samples import writers as w
from samples.archives import lzh_stored_bytes, rar_bytes, sevenzip_bytes
from samples.legacy import LEGACY_DIR
from scanner.extract.budget import Budget
from scanner.extract.dispatch import extract, format_of

CSV = "氏名,電話番号\n山田 太郎,090-1234-5678\n佐藤 花子,03-1234-5678\n".encode("cp932")
MAIL = w.make_eml("面談", "taro@example.jp", "hr@example.co.jp", "本文です")


def kind(name: str, data: bytes) -> str | None:
    return format_of(name, data).kind


def reason(name: str, data: bytes) -> str | None:
    sniffed = format_of(name, data)
    assert sniffed.kind is None
    return sniffed.reason


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (8, 8), 255).save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize("name", ["名簿.dat", "名簿", "名簿.bak", "名簿.xlsx.old"])
def test_an_xlsx_under_any_name_is_read_as_xlsx(name):
    assert kind(name, w.xlsx_bytes({"S": [["氏名"], ["山田"]]})) == ".xlsx"


def test_office_open_xml_and_opendocument_by_their_content_types(tmp_path):
    w.write_docx(tmp_path / "a.docx", ["本文"])
    assert kind("renamed.bin", (tmp_path / "a.docx").read_bytes()) == ".docx"
    for source, expected in (("扶養控除申告書_ODF.odt", ".odt"), ("緊急連絡先_ODF.odp", ".odp"),
                             ("職員名簿_ODF.ods", ".ods")):
        assert kind("noname", (LEGACY_DIR / source).read_bytes()) == expected
    assert kind("x.docx", w.zip_bytes({"a.txt": b"x"})) == ".zip"  # a ZIP, whatever its name


@pytest.mark.parametrize("source, expected", [
    ("扶養控除申告書_旧.doc", ".doc"), ("緊急連絡先_旧.ppt", ".ppt")])
def test_ole2_files_by_their_stream_names(source, expected):
    assert kind("old.bak", (LEGACY_DIR / source).read_bytes()) == expected


def test_excel_97_and_outlook_msg_renamed(tmp_path):
    w.write_xls(tmp_path / "a.xls", {"S": [["氏名"], ["山田"]]})
    assert kind("a.dat", (tmp_path / "a.xls").read_bytes()) == ".xls"
    w.write_msg(tmp_path / "a.msg", "件名", "本文", "山田 <t@example.jp>", "hr@example.co.jp")
    assert kind("a", (tmp_path / "a.msg").read_bytes()) == ".msg"


def test_encrypted_office_goes_to_the_reader_that_says_encrypted(tmp_path):
    w.write_xlsx(tmp_path / "p.xlsx", {"S": [["氏名"]]})
    w.encrypt_office(tmp_path / "p.xlsx", tmp_path / "e.xlsx", "pw")
    data = (tmp_path / "e.xlsx").read_bytes()
    assert kind("e.xlsx", data) == ".xlsx" and kind("e.dat", data) == ".docx"


def test_archives_pdf_rtf_pst_and_images_by_magic():
    assert kind("a.dat", sevenzip_bytes({"a.txt": b"x"})) == ".7z"
    assert kind("a.dat", rar_bytes({"a.txt": b"x"})) == ".rar"
    assert kind("a.dat", lzh_stored_bytes({"a.txt": b"x"})) == ".lzh"
    assert kind("a.dat", (LEGACY_DIR / "2003年度_名簿.lzh").read_bytes()) == ".lzh"
    assert kind("a.dat", b"%PDF-1.4\n%...") == ".pdf"
    assert kind("a.txt", b"{\\rtf1\\ansi hello}") == ".rtf"
    assert kind("backup.bak", b"!BDN" + bytes(600)) == ".pst"
    assert kind("logo", _png()) == ".png"
    assert kind("scan.dat", b"\xff\xd8\xff\xe0" + bytes(100)) == ".jpg"
    assert kind("scan", b"II*\x00" + bytes(100)) == ".tif"


@pytest.mark.parametrize("name", ["1760572800.M1P100.mx01:2,S", "メール", "受信.txt", "a.dat"])
def test_mail_without_a_mail_suffix(name):
    assert kind(name, MAIL) == ".eml"
    assert kind(name, b"From someone@example.jp Mon Oct 16 09:00:00 2026\n" + MAIL) == ".mbox"


FOLDED_MAIL = ("From:\r\n =?utf-8?b?5bGx55SwIOWkqumDjg==?=\r\n <taro@example.jp>\r\nTo:\r\n hr@example.co.jp\r\n"
               "Cc:\r\nSubject: =?utf-8?b?6Z2i6KuH?=\r\n\r\nbody\r\n").encode()


@pytest.mark.parametrize("name", ["1760572800.M1P100.mx01:2,S", "受信.txt"])
def test_mail_whose_headers_fold_right_after_the_colon_is_mail(name):
    # RFC 5322 lets a field's value begin on the next line (Python's email
    # generator folds a long From: so); an empty field (Cc:) is a header too
    assert kind(name, FOLDED_MAIL) == ".eml"


def test_a_folded_sender_is_read_as_the_mail_header():
    units = list(extract("受信.txt", FOLDED_MAIL, Budget()).units)
    header = next(unit.text for unit in units if unit.location.startswith("header"))
    assert "山田 太郎" in header and "taro@example.jp" in header


@pytest.mark.parametrize("name", ["名簿", "名簿.txt", "名簿.prn", "export.dat"])
def test_a_csv_without_its_suffix_is_read_as_a_table(name):
    assert kind(name, CSV) == ".csv"
    assert kind(name, CSV.replace(b",", b"\t")) == ".tsv"


@pytest.mark.parametrize("name, data", [
    ("export.jsonl", '{"氏名": "山田", "電話": "090-1234-5678"}\n{"氏名": "佐藤", "電話": "03-1234-5678"}\n'),
    ("dump.sql.1", "-- dump\nCREATE TABLE t (id int);\nSELECT 1;\n"),
    ("memo.bak", "山田さん 電話 090-1234-5678 です。\n会議は明日。\n"),
])
def test_text_under_unknown_suffixes_is_read_as_text(name, data):
    for encoding in ("utf-8", "cp932", "euc_jp", "utf-16"):
        assert kind(name, data.encode(encoding)) == ".txt", encoding


def test_text_suffixes_keep_their_reader():
    assert kind("a.csv", CSV) == ".csv"
    assert kind("a.json", b'{"a": 1}') == ".json"
    assert kind("a.html", b"<p>x</p>") == ".html"
    assert kind("page", b"<!DOCTYPE html><html><body>x</body></html>") == ".html"


@pytest.mark.parametrize("data, what", [
    (b"MZ\x90\x00" + bytes(60) + b"PE\x00\x00" + bytes(100), "Windows executable"),
    (b"\x7fELF\x02\x01\x01" + bytes(100), "ELF executable"),
    (b"\x00\x00\x00\x18ftypmp42" + bytes(100), "video"),
    (b"ID3\x03\x00" + bytes(100), "audio"),
    (b"RIFF\x00\x00\x00\x00WAVEfmt " + bytes(100), "audio"),
    (b"SQLite format 3\x00" + bytes(100), "SQLite database"),
    (bytes(range(256)) * 8, "binary data of unknown type"),
])
def test_binaries_nobody_reads_are_skipped_with_what_they_are(data, what):
    assert what in reason("file.dat", data)


def test_corrupt_files_go_to_the_reader_their_name_names():
    assert kind("壊れた.docx", b"PK\x03\x04" + bytes(range(200))) == ".docx"
    assert kind("壊れた.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)) == ".doc"
    assert kind("x.txt", b"\x00\x01binary") == ".txt"  # its reader says: binary, not text


def test_texts_that_start_like_magic_numbers_stay_text():
    bmw = "BMW,320i,山田\nBMW,X5,佐藤\n".encode("utf-8")
    assert kind("cars", bmw) == ".csv"
    assert kind("notes", "MZ社の件\n山田 090-1234-5678\n".encode("utf-8")) == ".txt"
    assert struct.pack("<H", 0) and kind("id", "ID3番\n".encode("utf-8")) == ".txt"
