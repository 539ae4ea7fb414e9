"""The scan: walk each source, reuse what did not change, read, extract and detect the rest,
record each object atomically, and mark what disappeared."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from detectors.version import RULES_VERSION
from inventory import Inventory
from inventory.scopes import Scope, within
from scanner.crawl import CrawlOptions, Entry, entries_for
from scanner.names import NameMasker
from scanner.objects import ObjectScanner
from scanner.sources import RemoteOptions, Source, SourceFailure, open_source
from scanner.sources.base import NeedsRead
from scanner.sources.local import LocalSource

# (entry, "extracted"/"reused"/"resumed"/"recorded"); the entry's uri as stored (names masked)
Progress = Callable[[Entry, str], None]


@dataclass(frozen=True)
class ScanOptions:
    crawl: CrawlOptions = field(default_factory=CrawlOptions)
    remote: RemoteOptions = field(default_factory=RemoteOptions)


class ScanInterrupted(Exception):
    """Ctrl-C or SIGTERM: what finished is committed; the next run resumes."""

    def __init__(self, scan_id: int) -> None:
        super().__init__(f"scan {scan_id} interrupted")
        self.scan_id = scan_id


@dataclass(frozen=True)
class ScanResult:
    scan_id: int
    resumed: bool
    stats: dict
    failures: tuple[SourceFailure, ...] = ()  # roots or folders that could not be reached


class Step(NamedTuple):
    """One entry of a walk: what the inventory knew of it, the source that reads it,
    and what earlier scans found under it that stays (an unreadable container). A
    tuple: one per file of every scan, built fast."""

    entry: Entry
    previous: dict | None
    source: Source
    kept: tuple[dict, ...] = ()


def is_unchanged(previous: dict | None, entry: Entry) -> bool:
    return (
        previous is not None
        and previous["deleted_scan"] is None
        and previous["extracted_scan"] is not None
        and previous["size"] == entry.size
        and previous["mtime"] == entry.mtime
        and (entry.change_token is None or previous["change_token"] == entry.change_token)
        and previous["rules_version"] == RULES_VERSION
        and entry.status == "ok"
    )


def _is_resumed(previous: dict | None, scan_id: int) -> bool:
    """Finished by this scan before an interruption."""
    return bool(previous) and previous["recorded_scan"] == scan_id and previous["deleted_scan"] is None


def _scan_entry(inventory: Inventory, scanner: ObjectScanner, masker: NameMasker, scan_id: int,
                step: Step) -> tuple[str, str]:
    """What became of the entry, and its path as stored."""
    entry, previous, source = step.entry, step.previous, step.source
    if _is_resumed(previous, scan_id):
        inventory.reuse(scan_id, previous)
        return "resumed", previous["uri"]
    if is_unchanged(previous, entry):
        inventory.reuse(scan_id, previous)
        return "reused", previous["uri"]
    described = source.describe(entry) if entry.status == "ok" else entry
    if previous is not None:
        masker.stored_as(entry.uri, previous["uri"])
    record = masker.mask_record(scanner.scan_entry(described, source.read))
    inventory.record(scan_id, entry.root, record)
    return ("extracted" if entry.status == "ok" else "recorded"), record.stored_uri


def _never() -> bool:
    return False


Walk = Callable[[int, NameMasker], Iterator[Step]]  # the steps of a scan, given its id


def _scan(inventory: Inventory, scanner: ObjectScanner, scopes: list[Scope], kind: str, walk: Walk,
          progress: Progress | None, should_stop: Callable[[], bool]) -> ScanResult:
    """The one skeleton of every scan: begin (or resume), record each entry inside
    batched transactions, finish; interrupted on any error, resumable."""
    masker = NameMasker(scanner.detector, inventory.key, inventory.names())
    scopes = [masker.scope(scope) for scope in scopes]
    scan_id, resumed = inventory.begin_scan(scopes, RULES_VERSION, kind=kind, names=masker.take_new())
    try:
        with inventory.batch():
            for step in walk(scan_id, masker):
                if should_stop():
                    raise ScanInterrupted(scan_id)
                for previous in step.kept:  # a failed read is not a deletion
                    inventory.keep(scan_id, previous)
                outcome, shown = _scan_entry(inventory, scanner, masker, scan_id, step)
                if progress:
                    progress(step.entry if shown == step.entry.uri else step.entry._replace(uri=shown), outcome)
    except BaseException as error:
        inventory.finish_scan(scan_id, scopes, status="interrupted")
        if isinstance(error, KeyboardInterrupt) and kind == "full":  # a watch lets Ctrl-C reach its loop
            raise ScanInterrupted(scan_id) from error
        raise
    return ScanResult(scan_id, resumed, inventory.finish_scan(scan_id, scopes))


def _named(inventory: Inventory, root: str, changed: list[str], options: ScanOptions) -> Walk:
    source = LocalSource(root, options.crawl)

    def steps(scan_id: int, masker: NameMasker) -> Iterator[Step]:
        seen: set[str] = set()  # a folder and a file in it may both be named
        for entry in entries_for(root, changed, options.crawl):
            if entry.uri not in seen:
                seen.add(entry.uri)
                container = entry.keep_known_under
                kept = () if container is None else inventory.known_under(root, masker.display(container))
                previous = inventory.previous(root, masker.display(entry.uri)) or inventory.previous(root, entry.uri)
                yield Step(entry, previous, source, kept)
    return steps


def _kept(known: dict[str, dict], entry: Entry, masker: NameMasker) -> tuple[dict, ...]:
    container = entry.keep_known_under
    if container is None:
        return ()
    container = masker.display(container)
    return tuple(p for p in known.values() if within(p["uri"], container))


def _known(known: dict[str, dict], entry: Entry, masker: NameMasker) -> dict | None:
    """What the last scans knew of an entry: by its path, or (some names of paths
    being masked) by its path as stored."""
    previous = known.get(entry.uri)
    if previous is None and masker.paths.known:
        previous = known.get(masker.display(entry.uri))
    return previous


def _needs_read(known: dict[str, dict], scan_id: int, masker: NameMasker) -> NeedsRead:
    """The verdict a source asks before fetching ahead (IMAP bodies in batches)."""
    def needs_read(entry: Entry) -> bool:
        previous = _known(known, entry, masker)
        return entry.status == "ok" and not _is_resumed(previous, scan_id) and not is_unchanged(previous, entry)
    return needs_read


def _walked(inventory: Inventory, sources: list[Source]) -> Walk:
    """Each source's entries with what the last scans knew of them (one query per root)."""
    def steps(scan_id: int, masker: NameMasker) -> Iterator[Step]:
        for source in sources:
            known = inventory.top_level_state(source.scope.root)
            for entry in source.entries(known, _needs_read(known, scan_id, masker)):
                yield Step(entry, _known(known, entry, masker), source, _kept(known, entry, masker))
    return steps


def run_targets(root: str, changed: list[str], inventory: Inventory, scanner: ObjectScanner,
                options: ScanOptions = ScanOptions(), should_stop: Callable[[], bool] = _never) -> ScanResult:
    """A scan of named paths under root (a watch batch): changed paths are read
    again, paths that no longer exist end their findings."""
    root = os.path.abspath(root)
    scopes = [Scope(root, path) for path in sorted(set(changed))]
    return _scan(inventory, scanner, scopes, "watch", _named(inventory, root, changed, options), None, should_stop)


def run_scan(roots: list[str], inventory: Inventory, scanner: ObjectScanner,
             options: ScanOptions = ScanOptions(), progress: Progress | None = None,
             should_stop: Callable[[], bool] = _never) -> ScanResult:
    """Scan roots (paths or imap://, imaps://, smb:// URLs); should_stop is asked
    between objects (see scanner.stopping). A root that cannot be reached is
    recorded and told in the result's failures; the other roots go on."""
    sources = [open_source(root, options.crawl, options.remote) for root in roots]
    try:
        result = _scan(inventory, scanner, [s.scope for s in sources], "full", _walked(inventory, sources),
                       progress, should_stop)
    finally:
        for source in sources:
            source.close()
    return dataclasses.replace(result, failures=tuple(f for source in sources for f in source.failures))
