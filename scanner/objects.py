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
from detectors.name_forms import NameReader
from inventory.records import FindingRecord, ObjectRecord
from scanner.crawl import Entry
from scanner.extract import Child, Extraction, ExtractionError, SkippedObject, TextUnit, extract
from scanner.extract.sniff import is_streamed_file
from scanner.limits import DEFAULT_LIMITS, Limits
from scanner.record_refs import RecordRefs
from scanner.redact import Redactor
from scanner.sources.local import read_local
from scanner.subjects import subjects_of

Reader = Callable[[Entry, int], bytes]  # a source's bounded read
Deferral = Callable[[list[Child]], set[int]]  # which children of an object to leave for another call
DEFERRED = "deferred"  # a placeholder's status: never stored (scanner.workers fills it in first)
MEMORY_BUDGET = "over the memory budget of one object (the worker's address-space limit)"
OCR_CONFIDENCE = 0.8  # findings in OCR text: the score is lowered by this factor…
OCR_MARK = "+ocr"  # …and the detector's name says where the text came from


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
        self.names = NameReader()  # dictionary readings of names: loaded when a kanji name is first met

    def scan_entry(self, entry: Entry, read: Reader = read_local, defer: Deferral | None = None) -> ObjectRecord:
        """The object's record with its descendants; `defer` may name children of
        the object (by their index) to leave as DEFERRED placeholders, scanned by
        another call (scanner.workers splits a large container that way)."""
        record = entry_record(entry)
        if not record.read:
            return record
        if read is read_local and is_streamed_file(entry.path):  # a local PST/OST: a message at a time
            self._fill_streamed(record, entry.path)
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
        self._fill_from(record, uri, extraction, depth, defer)

    def _fill_from(self, record: ObjectRecord, uri: str, extraction: Extraction, depth: int,
                   defer: Deferral | None = None) -> None:
        record.format, record.encoding = extraction.format, extraction.encoding
        record.ocr_pages, record.error = extraction.ocr_pages, extraction.unread
        try:
            record.findings, record.personal_rows = self._findings(extraction)
            record.subjects = subjects_of(record.findings, self.names)
        except MemoryError:  # over a worker's address-space limit
            record.status, record.error = "too_large", MEMORY_BUDGET
            return
        children = extraction.children if defer is None else list(extraction.children)
        deferred = defer(children) if defer else set()
        record.children = [_placeholder(uri, child) if index in deferred else self._child(uri, child, depth + 1)
                           for index, child in enumerate(children)]

    def _fill_streamed(self, record: ObjectRecord, path: str) -> None:
        """A mailbox too large to hold in memory (see scanner.extract.pst)."""
        from scanner.extract.pst import extract_pst  # on first use, as every extractor

        try:
            record.sha256 = _file_sha256(path)
            extraction = extract_pst(path, self.limits)
            self._fill_from(record, record.uri, extraction, depth=0)
        except ExtractionError as error:
            record.status, record.error = error.status, self.redact(str(error))
        except OSError as error:
            record.status, record.error = "unreadable", f"read failed: {error.strerror}"

    def _child(self, parent_uri: str, child: Child, depth: int) -> ObjectRecord:
        record = _child_record(parent_uri, child)
        uri = record.uri
        error = child.error
        if error is None and depth > self.limits.max_depth:
            error = SkippedObject(f"nested deeper than {self.limits.max_depth} levels")
        if error is not None:
            record.status, record.error = error.status, self.redact(str(error))
            return record
        if child.extraction is not None:  # read already: a message of a PST
            self._fill_from(record, uri, child.extraction, depth)
            return record
        self._fill(record, uri, child.data or b"", depth, is_mail=child.kind == "message")
        return record

    def _findings(self, extraction: Extraction) -> tuple[list[FindingRecord], int]:
        findings: list[FindingRecord] = []
        personal_rows: set[str] = set()  # table rows holding personal data: records about someone
        for index, unit in enumerate(extraction.units):
            findings.extend(self._unit_findings(unit, personal_rows, RecordRefs(index, unit)))
        return findings, len(personal_rows)

    def _context(self, text: str, start: int, end: int) -> str | None:
        if not self.keep_context:
            return None
        return text[max(0, start - self.keep_context):end + self.keep_context]

    def _unit_findings(self, unit: TextUnit, personal_rows: set[str], records: RecordRefs) -> list[FindingRecord]:
        findings = []
        for detection in self.detector.detect(unit.text, labels=unit.labels()):
            span = field_at(unit.spans, detection.start) if unit.spans else None
            if unit.spans and span is None:
                continue  # inside a label (a header repeated before a cell), not data
            if span is not None and span.record and detection.entity_type != "POSTAL_CODE":
                personal_rows.add(span.record)  # table rows only: paragraphs are not records
            score, detector = (detection.score * OCR_CONFIDENCE, f"{detection.detector}{OCR_MARK}") \
                if unit.ocr else (detection.score, detection.detector)  # recognised text: less sure
            findings.append(FindingRecord(
                entity_type=detection.entity_type, value=detection.value,
                masked=detection.masked, score=score, detector=detector,
                location=span.location if span else unit.locate(detection.start), category=detection.category,
                text=detection.text, context=self._context(unit.text, detection.start, detection.end),
                record=records.of(span, detection.start),
            ))
        return findings


def _file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
