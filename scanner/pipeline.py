"""The scan: crawl roots, reuse what did not change, extract and detect the rest,
record each object atomically, and mark what disappeared."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from detectors import RULES_VERSION
from inventory import Inventory
from inventory.store import Scope
from scanner.crawl import CrawlOptions, Entry, crawl
from scanner.objects import ObjectScanner

Progress = Callable[[Entry, str], None]  # (entry, "extracted"/"reused"/"resumed"/"recorded")


@dataclass(frozen=True)
class ScanOptions:
    crawl: CrawlOptions = field(default_factory=CrawlOptions)


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


def _scan_entry(inventory: Inventory, scanner: ObjectScanner, scan_id: int, entry: Entry) -> str:
    previous = inventory.previous(entry.root, entry.uri)
    if previous and previous["last_seen_scan"] == scan_id and previous["deleted_scan"] is None:
        return "resumed"  # finished before an interruption
    if is_unchanged(previous, entry):
        inventory.reuse(scan_id, previous)
        return "reused"
    inventory.record(scan_id, entry.root, scanner.scan_entry(entry))
    return "extracted" if entry.status == "ok" else "recorded"


def run_scan(roots: list[str], inventory: Inventory, scanner: ObjectScanner,
             options: ScanOptions = ScanOptions(), progress: Progress | None = None) -> ScanResult:
    scopes = [scope_of(root) for root in roots]
    scan_id, resumed = inventory.begin_scan(scopes, RULES_VERSION)
    try:
        for root in roots:
            for entry in crawl(root, options.crawl):
                outcome = _scan_entry(inventory, scanner, scan_id, entry)
                if progress:
                    progress(entry, outcome)
    except BaseException:
        inventory.finish_scan(scan_id, scopes, status="interrupted")
        raise
    return ScanResult(scan_id, resumed, inventory.finish_scan(scan_id, scopes))
