"""What the scanner hands to the inventory for one object (and what it contains)."""

from __future__ import annotations

from dataclasses import dataclass, field

# Statuses of objects that could not be (fully) read; a scan reports how many.
FAILED_STATUSES = ("unreadable", "encrypted", "too_large", "no_text_layer", "crashed")


@dataclass(frozen=True)
class FindingRecord:
    entity_type: str
    value: str | None  # canonical value, raw: None once sealed (it never leaves a worker)
    masked: str
    score: float
    detector: str
    location: str
    category: str | None = None
    text: str | None = None  # raw matched text, for `daicho check --show-values` only
    context: str | None = None  # raw surrounding text, for `daicho show --reveal` only
    # HMAC of the value with the installation key, set by scanner.workers.sealing where
    # the value was found; the inventory stores only sealed findings.
    value_hmac: str | None = None

    def __repr__(self) -> str:  # never the raw value, even in a traceback or log
        return f"FindingRecord({self.entity_type}, {self.masked!r}, {self.location!r})"


class UnsealedFinding(ValueError):
    """A finding still holding its raw value: sealing (scanner.workers.sealing) hashes
    values where they were found, so that none reaches the writer."""

    def __init__(self, finding: FindingRecord) -> None:
        super().__init__(f"unsealed finding: {finding!r}")


@dataclass
class ObjectRecord:
    uri: str
    kind: str  # file / member / attachment / message / directory
    status: str = "ok"
    error: str | None = None
    format: str | None = None
    size: int | None = None
    mtime: float | None = None
    sha256: str | None = None
    owner: str | None = None
    mode: str | None = None
    encoding: str | None = None
    world_readable: bool | None = None  # Everyone / Domain Users may read it (SMB); None: not known
    change_token: str | None = None  # a source's mark of change besides size + mtime
    # False when the crawl stopped it before reading (permission, size, lock file):
    # such an object is looked at again on the next scan, not reused.
    read: bool = True
    personal_rows: int = 0  # table rows (CSV, sheets, docx tables) holding personal data
    ocr_pages: int = 0  # pages or images read by OCR
    findings: list[FindingRecord] = field(default_factory=list)
    children: list["ObjectRecord"] = field(default_factory=list)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()
