"""What the scanner hands to the inventory for one object (and what it contains)."""

from __future__ import annotations

from dataclasses import dataclass, field

# Statuses of objects that could not be (fully) read; a scan reports how many.
FAILED_STATUSES = ("unreadable", "encrypted", "too_large", "no_text_layer", "crashed")


@dataclass(frozen=True, slots=True)  # a million-row roster holds millions
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
    # The record it belongs to: (group, block, line) locations, e.g. a table and its
    # row, a text unit and its paragraph and line (scanner.record_refs).
    record: tuple[str, str, str] | None = None
    # HMAC of the value with the installation key, set by scanner.workers.sealing where
    # the value was found; the inventory stores only sealed findings.
    value_hmac: str | None = None
    # A one-holder contact (inventory.own_contacts), set by sealing: the keyed hashes of the
    # names of the object's people holding it, comma-joined ("" for no one); None otherwise.
    holders: str | None = None

    def __repr__(self) -> str:  # never the raw value, even in a traceback or log
        return f"FindingRecord({self.entity_type}, {self.masked!r}, {self.location!r})"


@dataclass(frozen=True)
class SubjectRecord:
    """One person in one object (scanner.subjects): the raw forms the inventory
    hashes with the installation key, never stores."""

    names: tuple[str, ...]  # folded names in its first script: kanji, else kana, else Latin
    alternates: tuple[str, ...] = ()  # names in other scripts: a フリガナ column, romaji
    readings: tuple[str, ...] = ()  # dictionary readings of the kanji names
    aliases: tuple[str, ...] = ()  # surnames: a mention by surname is this person
    links: tuple[tuple[str, str], ...] = ()  # (kind, value): identifiers that link objects
    values: tuple[tuple[str, str], ...] = ()  # (entity type, canonical value) of its findings
    types: tuple[str, ...] = ()  # what is held: entity types, SENSITIVE:<category>
    locations: tuple[str, ...] = ()
    script: str | None = None  # of the names: kanji / kana / latin

    def __repr__(self) -> str:  # never a name or value
        return f"SubjectRecord({len(self.names)} names, {len(self.links)} links, {self.types!r})"


@dataclass(frozen=True)
class SealedSubject:
    """A subject as it leaves the process that read its object: keyed hashes only
    (inventory.subjects.seal_subject)."""

    keys: tuple[tuple[str, str], ...]  # (kind, keyed hash) of everything it is known by, sorted
    name_key: str | None  # keyed hash of its first name form
    value_keys: tuple[tuple[str, str], ...]  # (entity type, value_hmac) of its findings
    strong: bool  # it carries an identifier that links objects
    # what is held and where, as the `subjects` table stores them (JSON lists): encoded
    # by the process that read the object, not by the single writer
    types: str = "[]"
    locations: str = "[]"
    script: str | None = None


@dataclass(frozen=True)
class PreparedFindings:
    """An object's sealed findings as the writer stores them, made by the process
    that read it (inventory.finding_rows.prepare): one row per (entity type,
    keyed hash) and the object's summary. Tuples of plain values travel between
    processes for a fraction of a record per finding, and the single writer
    neither groups nor summarises."""

    rows: tuple[tuple, ...]  # inventory.finding_rows.ROW_COLUMNS, in order
    summary: str  # the `summary` column (JSON) of the object read in full (inventory.summary)
    risk: str


class UnsealedFinding(ValueError):
    """A finding still holding its raw value: sealing (scanner.workers.sealing) hashes
    values where they were found, so that none reaches the writer."""

    def __init__(self, finding: FindingRecord) -> None:
        super().__init__(f"unsealed finding: {finding!r}")


@dataclass
class ObjectRecord:
    uri: str  # as the source names it (raw: never stored when display is set)
    kind: str  # file / member / attachment / message / directory
    status: str = "ok"
    error: str | None = None  # the reason's phrase (inventory.reasons), never bytes of the file
    reason: str | None = None  # its code: inventory.reasons.Reason
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
    # the people its findings describe: raw in the reading process, sealed before the writer
    subjects: list["SubjectRecord | SealedSubject"] = field(default_factory=list)
    children: list["ObjectRecord"] = field(default_factory=list)
    display: str | None = None  # the path as stored, names with personal data masked (inventory.names)
    names: dict[str, str] = field(default_factory=dict)  # masked names met first in this tree's paths
    prepared: PreparedFindings | None = None  # set (and findings emptied) by the process that read it
    # (entity type, value) of the one-holder contacts its own rules set aside as the organisation's
    # (scanner.own_values): raw in the reading process, emptied by sealing into own_keys
    own_values: set[tuple[str, str]] = field(default_factory=set)
    own_keys: tuple[tuple[str, str], ...] = ()  # (entity type, value_hmac), sorted: what is stored

    @property
    def stored_uri(self) -> str:
        return self.display or self.uri

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()
