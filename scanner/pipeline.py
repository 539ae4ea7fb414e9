"""The scan: walk each source, reuse what did not change, read, extract and detect the rest,
record each object atomically, and mark what disappeared."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from detectors.version import RULES_VERSION
from inventory import Inventory
from inventory.store import Scope
from scanner.crawl import CrawlOptions, Entry, entries_for
from scanner.objects import ObjectScanner
from scanner.sources import RemoteOptions, Source, SourceFailure, open_source
from scanner.sources.base import within
from scanner.sources.local import read_local

Progress = Callable[[Entry, str], None]  # (entry, "extracted"/"reused"/"resumed"/"recorded")


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
    return bool(previous) and previous["last_seen_scan"] == scan_id and previous["deleted_scan"] is None


def _scan_entry(inventory: Inventory, scanner: ObjectScanner, scan_id: int, entry: Entry,
                previous: dict | None, source: Source | None = None) -> str:
    if _is_resumed(previous, scan_id):
        return "resumed"
    if is_unchanged(previous, entry):
        inventory.reuse(scan_id, previous)
        return "reused"
    if source is None:
        record = scanner.scan_entry(entry, read_local)
    else:
        record = scanner.scan_entry(source.describe(entry) if entry.status == "ok" else entry, source.read)
    inventory.record(scan_id, entry.root, record)
    return "extracted" if entry.status == "ok" else "recorded"


def _keep_known(inventory: Inventory, scan_id: int, known: dict[str, dict], container: str) -> None:
    """A container that could not be read: what earlier scans found in it stays
    (a failed read is not a deletion)."""
    for previous in known.values():
        if previous["deleted_scan"] is None and within(previous["uri"], container):
            inventory.reuse(scan_id, previous)


def _scan_source(inventory: Inventory, scanner: ObjectScanner, scan_id: int, source: Source,
                 progress: Progress | None, should_stop: Callable[[], bool]) -> None:
    known = inventory.top_level_state(source.scope.root)

    def needs_read(entry: Entry) -> bool:
        previous = known.get(entry.uri)
        return entry.status == "ok" and not _is_resumed(previous, scan_id) and not is_unchanged(previous, entry)

    for entry in source.entries(known, needs_read):
        if should_stop():
            raise ScanInterrupted(scan_id)
        if entry.keep_known_under is not None:
            _keep_known(inventory, scan_id, known, entry.keep_known_under)
        outcome = _scan_entry(inventory, scanner, scan_id, entry, known.get(entry.uri), source)
        if progress:
            progress(entry, outcome)


def _never() -> bool:
    return False


def run_targets(root: str, changed: list[str], inventory: Inventory, scanner: ObjectScanner,
                options: ScanOptions = ScanOptions(), should_stop: Callable[[], bool] = _never) -> ScanResult:
    """A scan of named paths under root (a watch batch): changed paths are read
    again, paths that no longer exist end their findings."""
    root = os.path.abspath(root)
    scopes = [Scope(root, path) for path in sorted(set(changed))]
    scan_id, resumed = inventory.begin_scan(scopes, RULES_VERSION, kind="watch")
    try:
        with inventory.batch():
            seen: set[str] = set()  # a folder and a file in it may both be named
            for entry in entries_for(root, changed, options.crawl):
                if entry.uri in seen:
                    continue
                seen.add(entry.uri)
                if should_stop():
                    raise ScanInterrupted(scan_id)
                _scan_entry(inventory, scanner, scan_id, entry, inventory.previous(root, entry.uri))
    except BaseException:
        inventory.finish_scan(scan_id, scopes, status="interrupted")
        raise
    return ScanResult(scan_id, resumed, inventory.finish_scan(scan_id, scopes))


def run_scan(roots: list[str], inventory: Inventory, scanner: ObjectScanner,
             options: ScanOptions = ScanOptions(), progress: Progress | None = None,
             should_stop: Callable[[], bool] = _never) -> ScanResult:
    """Scan roots (paths or imap://, imaps://, smb:// URLs); should_stop is asked
    between objects (see scanner.stopping). A root that cannot be reached is
    recorded and told in the result's failures; the other roots go on."""
    sources = [open_source(root, options.crawl, options.remote) for root in roots]
    scopes = [source.scope for source in sources]
    scan_id, resumed = inventory.begin_scan(scopes, RULES_VERSION)
    try:
        with inventory.batch():
            for source in sources:
                _scan_source(inventory, scanner, scan_id, source, progress, should_stop)
    except BaseException as error:
        inventory.finish_scan(scan_id, scopes, status="interrupted")
        if isinstance(error, KeyboardInterrupt):
            raise ScanInterrupted(scan_id) from error
        raise
    finally:
        for source in sources:
            source.close()
    failures = tuple(failure for source in sources for failure in source.failures)
    return ScanResult(scan_id, resumed, inventory.finish_scan(scan_id, scopes), failures)
