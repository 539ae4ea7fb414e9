"""Every limit a scan applies, in one place: the command line, the config file,
the crawl and the extractors all take them from here."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_size: int = 200 * MB  # larger objects (files, members) are recorded too_large, not read
    max_depth: int = 5  # archives / attachments inside each other
    max_expanded: int = 1024 * MB  # total bytes expanded from one archive
    max_ratio: int = 200  # expanded / compressed for one member (zip bombs)
    max_members: int = 100_000
    network_timeout: float = 30.0  # seconds a mailbox or share may take to answer one request
    fetch_batch: int = 100  # mail bodies asked in one IMAP FETCH ...
    fetch_batch_bytes: int = 16 * MB  # ... and held at once (a larger message comes alone)
    # OCR of scanned PDFs and images (issue 19): on by default, within a budget
    ocr: bool = True
    ocr_max_pages: int = 20  # pages OCR'd per PDF or multi-page TIFF; the rest is noted as unread
    ocr_max_pixels: int = 12_000_000  # larger pages are scaled down to this (A4 at 300 dpi: 8.7 Mpx)


DEFAULT_LIMITS = Limits()
