"""One object through extraction and detection: bytes in, an ObjectRecord tree out.

Any failure of one object (or of one archive member or attachment) becomes its
status and reason; nothing here lets an exception end the scan.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detectors import Detector
from detectors.fields import field_at
from inventory.records import FindingRecord, ObjectRecord
from scanner.crawl import Entry
from scanner.extract import Child, Extraction, ExtractionError, SkippedObject, TextUnit, extract
from scanner.limits import DEFAULT_LIMITS, Limits
from scanner.redact import Redactor
from scanner.sources.local import read_local

Reader = Callable[[Entry, int], bytes]  # a source's bounded read
Deferral = Callable[[list[Child]], set[int]]  # which children of an object to leave for another call
DEFERRED = "deferred"  # a placeholder's status: never stored (scanner.workers fills it in first)
MEMORY_BUDGET = "over the memory budget of one object (the worker's address-space limit)"


def entry_record(entry: Entry) -> ObjectRecord:
    """The record of an entry before anything is read (all there is of one the
    crawl did not read: a lock file, an oversized or unreadable one)."""
    return ObjectRecord(uri=entry.uri, kind="file", size=entry.size, mtime=entry.mtime,
                        owner=entry.owner, mode=entry.mode, status=entry.status,
                        error=entry.reason, read=entry.status == "ok",
                        world_readable=entry.world_readable, change_token=entry.change_token)


def _child_record(parent_uri: str, child: Child) -> ObjectRecord:
    return ObjectRecord(uri=f"{parent_uri}!{child.name}", kind=child.kind, mtime=child.mtime,
                        size=len(child.data) if child.data is not None else None)


def _placeholder(parent_uri: str, child: Child) -> ObjectRecord:
    record = _child_record(parent_uri, child)
    record.status, record.read = DEFERRED, False
    return record


class ObjectScanner:
    def __init__(self, detector: Detector, limits: Limits = DEFAULT_LIMITS, keep_context: int = 0) -> None:
        self.detector = detector
        self.limits = limits
        self.keep_context = keep_context  # characters of raw text kept around each finding
        self.redact = Redactor(detector)

    def scan_entry(self, entry: Entry, read: Reader = read_local, defer: Deferral | None = None) -> ObjectRecord:
        """The object's record with its descendants; `defer` may name children of
        the object (by their index) to leave as DEFERRED placeholders, scanned by
        another call (scanner.workers splits a large container that way)."""
        record = entry_record(entry)
        if not record.read:
            return record
        try:
            data = read(entry, self.limits.max_size + 1)
        except OSError as error:
            record.status, record.error = "unreadable", f"read failed: {error.strerror or error}"
            record.read = False
            return record
        self._fill(record, entry.uri, data, depth=0, is_mail=entry.is_mail, defer=defer)
        return record

    def scan_bytes(self, uri: str, data: bytes, kind: str = "file", depth: int = 0) -> ObjectRecord:
        record = ObjectRecord(uri=uri, kind=kind, size=len(data))
        self._fill(record, uri, data, depth)
        return record

    def _fill(self, record: ObjectRecord, uri: str, data: bytes, depth: int, is_mail: bool = False,
              defer: Deferral | None = None) -> None:
        record.sha256 = hashlib.sha256(data).hexdigest()
        name = PurePosixPath(uri.rsplit("!", 1)[-1]).name
        try:
            extraction = extract(name, data, self.limits, is_mail=is_mail)
        except ExtractionError as error:
            record.status, record.error = error.status, self.redact(str(error))
            return
        except MemoryError:  # over a worker's address-space limit (scanner.limits.Limits.worker_memory)
            record.status, record.error = "too_large", MEMORY_BUDGET
            return
        except Exception as error:  # noqa: BLE001 - a library bug in one file must not end the scan
            record.status = "unreadable"
            record.error = self.redact(f"{type(error).__name__}: {error}")
            return
        record.format, record.encoding = extraction.format, extraction.encoding
        try:
            record.findings, record.personal_rows = self._findings(extraction)
        except MemoryError:
            record.status, record.error = "too_large", MEMORY_BUDGET
            return
        deferred = defer(extraction.children) if defer else set()
        record.children = [_placeholder(uri, child) if index in deferred else self._child(uri, child, depth + 1)
                           for index, child in enumerate(extraction.children)]

    def _child(self, parent_uri: str, child: Child, depth: int) -> ObjectRecord:
        record = _child_record(parent_uri, child)
        uri = record.uri
        error = child.error
        if error is None and depth > self.limits.max_depth:
            error = SkippedObject(f"nested deeper than {self.limits.max_depth} levels")
        if error is not None:
            record.status, record.error = error.status, self.redact(str(error))
            return record
        self._fill(record, uri, child.data or b"", depth, is_mail=child.kind == "message")
        return record

    def _findings(self, extraction: Extraction) -> tuple[list[FindingRecord], int]:
        findings: list[FindingRecord] = []
        personal_rows: set[str] = set()  # table rows holding personal data: records about someone
        for unit in extraction.units:
            findings.extend(self._unit_findings(unit, personal_rows))
        return findings, len(personal_rows)

    def _context(self, text: str, start: int, end: int) -> str | None:
        if not self.keep_context:
            return None
        return text[max(0, start - self.keep_context):end + self.keep_context]

    def _unit_findings(self, unit: TextUnit, personal_rows: set[str]) -> list[FindingRecord]:
        findings = []
        for detection in self.detector.detect(unit.text, labels=unit.labels()):
            span = field_at(unit.spans, detection.start) if unit.spans else None
            if unit.spans and span is None:
                continue  # inside a label (a header repeated before a cell), not data
            if span is not None and span.record and detection.entity_type != "POSTAL_CODE":
                personal_rows.add(span.record)  # table rows only: paragraphs are not records
            findings.append(FindingRecord(
                entity_type=detection.entity_type, value=detection.value,
                masked=detection.masked, score=detection.score, detector=detection.detector,
                location=span.location if span else unit.locate(detection.start), category=detection.category,
                text=detection.text, context=self._context(unit.text, detection.start, detection.end),
            ))
        return findings

