"""Scanned paper read by OCR (Tesseract jpn): a 履歴書 PDF and a My Number
card-like image, rendered with a Japanese font and degraded like a scan
(samples/scans.py). Findings in OCR text are marked and less sure."""

from __future__ import annotations

import random

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from samples.scans import card_image, degraded, resume_page, write_scanned_pdf
from samples.synth import make_people
from scanner.extract.base import Limits
from scanner.objects import OCR_MARK, ObjectScanner

pytestmark = pytest.mark.slow  # the GiNZA detector, and OCR at about 2 s a page

APPLICANT, HOLDER = make_people(2, seed=2031)


def findings(record) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for obj in record.walk():
        for f in obj.findings:
            found.setdefault(f.entity_type, set()).add(f.location.split(":")[0])
    return found


@pytest.fixture(scope="module")
def resume_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("scan") / "履歴書.pdf"
    write_scanned_pdf(path, [degraded(resume_page(APPLICANT, 300), random.Random(1))], dpi=300)
    return path.read_bytes()


@pytest.fixture(scope="module")
def card_png(tmp_path_factory):
    path = tmp_path_factory.mktemp("scan") / "card.png"
    degraded(card_image(HOLDER, 300), random.Random(2)).save(path)
    return path.read_bytes()


def test_a_scanned_resume_gives_name_address_birth_date_and_phones(scanner, resume_pdf):
    record = scanner.scan_bytes("採用/履歴書.pdf", resume_pdf)
    assert record.status == "ok" and record.ocr_pages == 1
    found = findings(record)
    for entity in ("PERSON", "ADDRESS", "DATE_OF_BIRTH", "PHONE"):
        assert found.get(entity) == {"page1(ocr)"}, entity
    assert all(f.detector.endswith(OCR_MARK) and f.score < 1 for f in record.findings)


def test_a_card_image_gives_its_my_number(scanner, card_png):
    record = scanner.scan_bytes("本人確認/カード.png", card_png)
    assert record.status == "ok" and record.format == "png" and record.ocr_pages == 1
    my_numbers = [f for f in record.findings if f.entity_type == "MY_NUMBER"]
    assert [f.masked for f in my_numbers] and my_numbers[0].location.startswith("ocr:L")


def test_no_ocr_leaves_scans_unread_and_images_skipped(detector, resume_pdf, card_png):
    scanner = ObjectScanner(detector, Limits(ocr=False))
    assert scanner.scan_bytes("a.pdf", resume_pdf).status == "no_text_layer"
    image = scanner.scan_bytes("a.png", card_png)
    assert image.status == "skipped" and "--no-ocr" in image.error


def test_the_page_budget_is_kept_and_said(detector, tmp_path):
    pages = [degraded(card_image(HOLDER, 200), random.Random(n), dpi=200) for n in range(3)]
    write_scanned_pdf(tmp_path / "束.pdf", pages, dpi=200)
    record = ObjectScanner(detector, Limits(ocr_max_pages=2)).scan_bytes("束.pdf", (tmp_path / "束.pdf").read_bytes())
    assert record.status == "ok" and record.ocr_pages == 2 and record.error == "OCR read 2 of 3 pages (page budget)"
    assert findings(record)["MY_NUMBER"] == {"page1(ocr)", "page2(ocr)"}


def test_a_pdf_with_a_text_page_and_a_scanned_page_reads_both(scanner, tmp_path):
    card = tmp_path / "card.png"
    degraded(card_image(HOLDER, 300), random.Random(3)).save(card)
    pdf = canvas.Canvas(str(tmp_path / "申請.pdf"), pagesize=A4)
    pdf.setFont("Helvetica", 12)
    pdf.drawString(72, 750, f"Tel {APPLICANT.mobile}")
    pdf.showPage()
    pdf.drawImage(str(card), 72, 400, width=360, height=227)
    pdf.showPage()
    pdf.save()
    record = scanner.scan_bytes("申請.pdf", (tmp_path / "申請.pdf").read_bytes())
    assert record.ocr_pages == 1
    found = findings(record)
    assert "page1" in found["PHONE"] and found["MY_NUMBER"] == {"page2(ocr)"}


def test_multi_page_tiff(scanner, tmp_path):
    first, second = (degraded(card_image(p, 300), random.Random(4)) for p in (HOLDER, APPLICANT))
    first.save(tmp_path / "a.tif", save_all=True, append_images=[second], compression="tiff_lzw")
    record = scanner.scan_bytes("a.tif", (tmp_path / "a.tif").read_bytes())
    assert record.ocr_pages == 2 and findings(record)["MY_NUMBER"] == {"page1(ocr)", "page2(ocr)"}


def test_without_tesseract_scans_stay_unread_with_the_reason(scanner, resume_pdf, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    record = scanner.scan_bytes("a.pdf", resume_pdf)
    assert record.status == "no_text_layer" and "tesseract-ocr" in record.error
