"""Every limit a scan applies, in one place: the command line, the config file,
the crawl and the extractors all take them from here."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Sizes are checked as declared (a ZIP entry, an Office part) before anything
    is allocated, and again as produced (a PDF stream, whose size is known only
    once inflated); see scanner.extract.budget."""

    max_size: int = 200 * MB  # larger objects (files, members) are recorded too_large, not read
    max_depth: int = 5  # archives / attachments inside each other
    max_expanded: int = 1024 * MB  # all bytes expanded from one file and what is inside it
    max_ratio: int = 200  # expanded / compressed, of one member, part or stream (zip bombs) ...
    ratio_floor: int = 1 * MB  # ... once it expands past this: a page of blanks compresses well
    max_members: int = 100_000
    max_part: int = 64 * MB  # one part or stream that a parser holds whole (XML tree, PDF stream)
    max_page_chars: int = 500_000  # characters laid out on one PDF page (a form drawn a million times)
    network_timeout: float = 30.0  # seconds a mailbox or share may take to answer one request
    fetch_batch: int = 100  # mail bodies asked in one IMAP FETCH ...
    fetch_batch_bytes: int = 16 * MB  # ... and held at once (a larger message comes alone)
    # A worker process's address space (RLIMIT_AS): the GiNZA model (0.93 GB at its
    # load peak, 0.75 GB after, measured) plus about 0.5 GB for the object being read.
    # Peak RSS stays below it, so a decompression bomb ends as too_large, not an OOM kill.
    worker_memory: int = 1536 * MB
    # Findings kept for one object (a million-row roster holds millions): past it the
    # object is read no further and says so, so a worker's memory stays within budget.
    max_findings: int = 100_000
    object_seconds: float = 1800.0  # wall time for one object (or one part of a container) in a worker
    split_members: int = 64  # a container with more children than this, or with more bytes
    split_bytes: int = 16 * MB  # in them than this, is scanned in parts of at most these sizes
    # OCR of scanned PDFs and images (issue 19): on by default, within a budget
    ocr: bool = True
    ocr_max_pages: int = 20  # pages OCR'd per PDF or multi-page TIFF; the rest is noted as unread
    ocr_max_pixels: int = 12_000_000  # larger pages are scaled down to this (A4 at 300 dpi: 8.7 Mpx)


DEFAULT_LIMITS = Limits()
