"""The scan: crawl roots, reuse what did not change, extract and detect the rest,
record each object atomically, and mark what disappeared."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from detectors.version import RULES_VERSION
from inventory import Inventory
from inventory.store import Scope
from scanner.crawl import CrawlOptions, Entry, crawl, entries_for
from scanner.objects import ObjectScanner

Progress = Callable[[Entry, str], None]  # (entry, "extracted"/"reused"/"resumed"/"recorded")


@dataclass(frozen=True)
class ScanOptions:
    crawl: CrawlOptions = field(default_factory=CrawlOptions)


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


def scope_of(root: str) -> Scope:
    root = os.path.abspath(root)
    if os.path.isfile(root):
        return Scope(os.path.dirname(root), os.path.basename(root))
    return Scope(root)


def is_unchanged(previous: dict | None, entry: Entry) -> bool:
    return (
        previous is not None
        and previous["deleted_scan"] is None
        and previous["extracted_scan"] is not None
        and previous["size"] == entry.size
        and previous["mtime"] == entry.mtime
        and previous["rules_version"] == RULES_VERSION
        and entry.status == "ok"
    )


def _scan_entry(inventory: Inventory, scanner: ObjectScanner, scan_id: int, entry: Entry,
                previous: dict | None) -> str:
    if previous and previous["last_seen_scan"] == scan_id and previous["deleted_scan"] is None:
        return "resumed"  # finished before an interruption
    if is_unchanged(previous, entry):
        inventory.reuse(scan_id, previous)
        return "reused"
    inventory.record(scan_id, entry.root, scanner.scan_entry(entry))
    return "extracted" if entry.status == "ok" else "recorded"


def _never() -> bool:
    return False


Walk = Iterator[tuple[Entry, "dict | None"]]  # each entry with what the inventory knew of it


def _scan(inventory: Inventory, scanner: ObjectScanner, scopes: list[Scope], kind: str, walk: Walk,
          progress: Progress | None, should_stop: Callable[[], bool]) -> ScanResult:
    """The one skeleton of every scan: begin (or resume), record each entry inside
    batched transactions, finish; interrupted on any error, resumable."""
    scan_id, resumed = inventory.begin_scan(scopes, RULES_VERSION, kind=kind)
    try:
        with inventory.batch():
            for entry, previous in walk:
                if should_stop():
                    raise ScanInterrupted(scan_id)
                outcome = _scan_entry(inventory, scanner, scan_id, entry, previous)
                if progress:
                    progress(entry, outcome)
    except BaseException as error:
        inventory.finish_scan(scan_id, scopes, status="interrupted")
        if isinstance(error, KeyboardInterrupt) and kind == "full":  # a watch lets Ctrl-C reach its loop
            raise ScanInterrupted(scan_id) from error
        raise
    return ScanResult(scan_id, resumed, inventory.finish_scan(scan_id, scopes))


def _named(inventory: Inventory, root: str, changed: list[str], options: ScanOptions) -> Walk:
    seen: set[str] = set()  # a folder and a file in it may both be named
    for entry in entries_for(root, changed, options.crawl):
        if entry.uri not in seen:
            seen.add(entry.uri)
            yield entry, inventory.previous(root, entry.uri)


def _crawled(inventory: Inventory, roots: list[str], scopes: list[Scope], options: ScanOptions) -> Walk:
    for root, scope in zip(roots, scopes):
        known = inventory.top_level_state(scope.root)  # one query, not one per file
        for entry in crawl(root, options.crawl):
            yield entry, known.get(entry.uri)


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
    """Scan roots; should_stop is asked between objects (see scanner.stopping)."""
    scopes = [scope_of(root) for root in roots]
    return _scan(inventory, scanner, scopes, "full", _crawled(inventory, roots, scopes, options), progress,
                 should_stop)
