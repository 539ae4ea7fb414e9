"""What the scanner hands to the inventory for one object (and what it contains)."""

from __future__ import annotations

from dataclasses import dataclass, field

# Statuses of objects that could not be (fully) read; a scan reports how many.
FAILED_STATUSES = ("unreadable", "encrypted", "too_large", "no_text_layer")


@dataclass(frozen=True)
class FindingRecord:
    entity_type: str
    value: str  # canonical value: hashed with the installation key, never stored
    masked: str
    score: float
    detector: str
    location: str
    category: str | None = None
    text: str | None = None  # raw matched text, for `daicho check --show-values` only
    context: str | None = None  # raw surrounding text, for `daicho show --reveal` only

    def __repr__(self) -> str:  # never the raw value, even in a traceback or log
        return f"FindingRecord({self.entity_type}, {self.masked!r}, {self.location!r})"


@dataclass
class ObjectRecord:
    uri: str  # as the source names it (raw: never stored when display is set)
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
    display: str | None = None  # the path as stored, names with personal data masked (inventory.names)
    names: dict[str, str] = field(default_factory=dict)  # masked names met first in this tree's paths

    @property
    def stored_uri(self) -> str:
        return self.display or self.uri

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()
