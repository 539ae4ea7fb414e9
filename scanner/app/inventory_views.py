"""What the inventory holds (`status`, `export`) and what files hold right now,
stored nowhere (`check`: the only place raw values may be shown, and only when
asked)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TextIO

from inventory import ObjectRecord
from inventory.queries import current_findings, findings_in_scan, status_summary
from reports.export import write_csv, write_jsonl
from scanner.app.inventories import existing_inventory
from scanner.crawl import crawl
from scanner.objects import ObjectScanner
from scanner.shared_contacts import Release, held_by_folder


def inventory_status(db_path: str) -> dict:
    return status_summary(existing_inventory(db_path))


def export_findings(db_path: str, fmt: str, out: TextIO, scan_id: int | None = None, bom: bool = True) -> int:
    """Findings (masked), current or as of a scan; returns how many were written.
    A CSV starts with a byte order mark unless bom is False."""
    db = existing_inventory(db_path)
    rows = findings_in_scan(db, scan_id) if scan_id else current_findings(db)
    return write_csv(rows, out, bom) if fmt == "csv" else write_jsonl(rows, out)


def check_paths(paths: list[str], detector, released: Release | None = None) -> Iterator[ObjectRecord]:
    """Each file under paths, read and detected now (nothing is written); a folder's
    records come once it is read, the organisation's own contacts set aside
    (scanner.shared_contacts; released is told how many)."""
    scanner = ObjectScanner(detector)
    for path in paths:
        yield from held_by_folder(path, (scanner.scan_entry(entry) for entry in crawl(path)), released)
