"""One object through extraction and detection: bytes in, an ObjectRecord tree out.

Any failure of one object (or of one archive member or attachment) becomes its
status and reason; nothing here lets an exception end the scan.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detectors import Detector
from detectors.fields import field_at
from detectors.name_forms import NameReader
from inventory.reasons import Reason
from inventory.records import FindingRecord, ObjectRecord
from inventory.uris import SEPARATOR, top_path, unescape
from scanner.crawl import Entry
from scanner.extract import Child, Extraction, ExtractionError, SkippedObject, TextUnit, TooLarge, extract
from scanner.extract.budget import Budget
from scanner.extract.kinds import reason
from scanner.extract.names import Segments
from scanner.extract.sniff import STREAMED_MAGIC, is_streamed_file
from scanner.limits import DEFAULT_LIMITS, Limits
from scanner.mailbox_owner import mailbox_owners, set_aside_owners
from scanner.other_parts import OtherParts
from scanner.own_values import add_footers, add_set_aside
from scanner.record_refs import RecordRefs
from scanner.repeated_lines import RepeatedLines
from scanner.sources.local import read_local
from scanner.subjects import subjects_of

Reader = Callable[[Entry, int], bytes]  # a source's bounded read
Deferral = Callable[[list[Child]], set[int]]  # which children of an object to leave for another call
DEFERRED = "deferred"  # a placeholder's status: never stored (scanner.workers fills it in first)
MEMORY_BUDGET = "over the memory budget of one object (the worker's address-space limit)"

# A local file this large is peeked at for a PST before it is read; a smaller one is
# read (one open, not two) and told by its first bytes.
PEEK_ABOVE = 1 << 20
OCR_CONFIDENCE = 0.8  # findings in OCR text: the score is lowered by this factor…
OCR_MARK = "+ocr"  # …and the detector's name says where the text came from


def entry_record(entry: Entry) -> ObjectRecord:
    """The record of an entry before anything is read (all there is of one the
    crawl did not read: a lock file, an oversized or unreadable one)."""
    return ObjectRecord(uri=entry.uri, kind="file", size=entry.size, mtime=entry.mtime,
                        owner=entry.owner, mode=entry.mode, status=entry.status,
                        error=entry.reason, reason=entry.code.value if entry.code else None,
                        read=entry.status == "ok", world_readable=entry.world_readable,
                        change_token=entry.change_token)


def _child_record(uri: str, child: Child) -> ObjectRecord:
    return ObjectRecord(uri=uri, kind=child.kind, mtime=child.mtime,
                        size=len(child.data) if child.data is not None else None)


def _placeholder(uri: str, child: Child) -> ObjectRecord:
    record = _child_record(uri, child)
    record.status, record.read = DEFERRED, False
    return record


class ObjectScanner:
    def __init__(self, detector: Detector, limits: Limits = DEFAULT_LIMITS, keep_context: int = 0) -> None:
        self.detector = detector
        self.limits = limits
        self.keep_context = keep_context  # characters of raw text kept around each finding
        self.names = NameReader()  # dictionary readings of names: loaded when a kanji name is first met

    def scan_entry(self, entry: Entry, read: Reader = read_local, defer: Deferral | None = None) -> ObjectRecord:
        """The object's record with its descendants; `defer` may name children of
        the object (by their index) to leave as DEFERRED placeholders, scanned by
        another call (scanner.workers splits a large container that way)."""
        record = entry_record(entry)
        if not record.read:
            return record
        local = read is read_local
        if local and (entry.size or 0) > PEEK_ABOVE and is_streamed_file(entry.path):  # a local PST/OST:
            self._fill_streamed(record, entry.path)  # a message at a time
            return record
        try:
            data = read(entry, self.limits.max_size + 1)
        except OSError as error:
            _failed(record, ExtractionError(Reason.PERMISSION if isinstance(error, PermissionError)
                                            else Reason.IO_ERROR, what="read"))
            record.read = False
            return record
        if local and data.startswith(STREAMED_MAGIC):  # a small PST/OST, streamed all the same
            self._fill_streamed(record, entry.path)
            return record
        if len(data) > self.limits.max_size:  # grown past the limit since the crawl saw it
            _failed(record, TooLarge(what="file", size=f"more than {self.limits.max_size}", limit=self.limits.max_size))
            return record
        self._fill(record, _real_name(entry.uri), data, 0, Budget(self.limits), is_mail=entry.is_mail, defer=defer)
        return record

    def scan_bytes(self, uri: str, data: bytes, kind: str = "file", depth: int = 0) -> ObjectRecord:
        """An object given as bytes; uri is a location (inventory.uris) of a file."""
        record = ObjectRecord(uri=uri, kind=kind, size=len(data))
        self._fill(record, _real_name(uri), data, depth, Budget(self.limits))
        return record

    def _fill(self, record: ObjectRecord, name: str, data: bytes, depth: int, budget: Budget,
              is_mail: bool = False, defer: Deferral | None = None) -> None:
        """Extract and detect data, the content of an object whose real name is
        name; children draw on the budget of the file they are in."""
        record.sha256 = hashlib.sha256(data).hexdigest()
        self._guarded(record, name, lambda: extract(name, data, budget, is_mail=is_mail), depth, budget, defer)

    def _guarded(self, record: ObjectRecord, name: str, extraction: Callable[[], Extraction], depth: int,
                 budget: Budget, defer: Deferral | None = None) -> None:
        """Fill record from an extraction; a failure is the object's status (what
        was found before it is kept)."""
        try:
            self._fill_from(record, extraction(), depth, budget, defer)
        except ExtractionError as error:
            _failed(record, error)
        except MemoryError:  # over a worker's address-space limit (scanner.limits.Limits.worker_memory)
            record.status, record.reason, record.error = "too_large", Reason.TOO_LARGE.value, MEMORY_BUDGET
        except OSError as error:
            _failed(record, ExtractionError(Reason.IO_ERROR, error, what="read"))
        except Exception as error:  # noqa: BLE001 - a library bug in one file must not end the scan
            _failed(record, ExtractionError(Reason.INTERNAL, error, kind=PurePosixPath(name).suffix or "file"))

    def _fill_from(self, record: ObjectRecord, extraction: Extraction, depth: int, budget: Budget,
                   defer: Deferral | None = None) -> None:
        record.format, record.encoding = extraction.format, extraction.encoding
        self._read_units(record, extraction.units)
        record.ocr_pages, record.error = extraction.ocr_pages, extraction.unread or record.error
        children = extraction.children if defer is None else list(extraction.children)
        deferred = defer(children) if defer else set()
        segments = Segments()
        for index, child in enumerate(children):
            uri = f"{record.uri}{SEPARATOR}{child.segment or segments(child.name)}"
            record.children.append(_placeholder(uri, child) if index in deferred
                                   else self._child(uri, child, depth + 1, budget))
        if extraction.format == "mbox" and isinstance(children, list):
            for obj in set_aside_owners(record, mailbox_owners(child.data for child in children)):
                obj.subjects = subjects_of(obj.findings, self.names)

    def _fill_streamed(self, record: ObjectRecord, path: str) -> None:
        """A mailbox too large to hold in memory (see scanner.extract.pst)."""
        from scanner.extract.pst import extract_pst  # on first use, as every extractor

        try:
            record.sha256 = _file_sha256(path)
        except OSError:
            _failed(record, ExtractionError(Reason.IO_ERROR, what="read"))
            return
        self._guarded(record, path, lambda: extract_pst(path, self.limits), 0, Budget(self.limits))

    def _child(self, uri: str, child: Child, depth: int, budget: Budget) -> ObjectRecord:
        record = _child_record(uri, child)
        error = child.error
        if error is None and depth > self.limits.max_depth:
            error = SkippedObject(Reason.TOO_DEEP, limit=self.limits.max_depth)
        if error is not None:
            _failed(record, error)
            return record
        if child.extraction is not None:  # read already: a message of a PST
            self._guarded(record, child.name, lambda: child.extraction, depth, budget)
            return record
        self._fill(record, child.name, child.data or b"", depth, budget, is_mail=child.kind == "message")
        return record

    def _read_units(self, record: ObjectRecord, units: Iterable[TextUnit]) -> None:
        personal_rows: set[str] = set()  # table rows holding personal data: records about someone
        untied = OtherParts()  # 要配慮 phrases of a part that names no one
        footers = RepeatedLines()  # a contact line each page repeats: the document's own footer
        try:
            for index, unit in enumerate(units):
                refs = RecordRefs(index, unit)
                record.findings.extend(self._unit_findings(unit, personal_rows, refs, untied, footers, record))
                if len(record.findings) >= self.limits.max_findings:  # memory per object: read no further
                    del record.findings[self.limits.max_findings:]
                    record.error = reason("findings_limit", limit=f"{self.limits.max_findings:,}")
                    break
            for unit, refs, detections in untied.tied():  # a form's body, its table's person
                record.findings.extend(self._findings(unit, detections, personal_rows, refs))
            if theirs := footers.theirs():
                add_footers(record, (f for f in record.findings if id(f) in theirs))
                record.findings[:] = [f for f in record.findings if id(f) not in theirs]
        finally:
            record.personal_rows = len(personal_rows)
            record.subjects = subjects_of(record.findings, self.names)

    def _context(self, text: str, start: int, end: int) -> str | None:
        if not self.keep_context:
            return None
        return text[max(0, start - self.keep_context):end + self.keep_context]

    def _unit_findings(self, unit: TextUnit, personal_rows: set[str], records: RecordRefs,
                       parts: OtherParts | None = None, footers: RepeatedLines | None = None,
                       record: ObjectRecord | None = None) -> list[FindingRecord]:
        untied = parts.of(unit, records) if parts is not None else None
        own: list | None = [] if record is not None else None  # the organisation's own, set aside in the unit
        detections = self.detector.detect(unit.text, labels=unit.labels(), untied=untied, own=own)
        if own:
            add_set_aside(record, unit, own)
        if parts is not None:
            parts.saw(unit.text, detections, unit.location)
        findings = self._findings(unit, detections, personal_rows, records)
        if footers is not None:
            footers.saw(unit.text, detections, findings, unit.overlap)
        return findings

    def _findings(self, unit: TextUnit, detections: list, personal_rows: set[str],
                  records: RecordRefs) -> list[FindingRecord]:
        findings = []
        for detection in detections:
            span = field_at(unit.spans, detection.start) if unit.spans else None
            if unit.spans and span is None:
                continue  # inside a label (a header repeated before a cell), not data
            if detection.end <= unit.overlap:
                continue  # in the start this unit repeats: found in the unit before
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


def _real_name(uri: str) -> str:
    """The real name of the file at a location (its suffix tells the format)."""
    return PurePosixPath(unescape(top_path(uri))).name


def _failed(record: ObjectRecord, error: ExtractionError) -> None:
    record.status, record.reason, record.error = error.status, error.reason.value, error.message()


def _file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
