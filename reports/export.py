"""Machine exports of findings (masked values and keyed hashes only), versioned."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

EXPORT_VERSION = 1
COLUMNS = (
    "version", "root", "path", "object_status", "entity_type", "category", "masked",
    "value_hmac", "score", "detector", "location", "occurrences", "first_scan_id", "last_scan_id",
)


def _rows(findings: Iterable[dict]) -> Iterable[dict]:
    for finding in findings:
        yield {column: finding.get(column) for column in COLUMNS} | {"version": EXPORT_VERSION}


def write_jsonl(findings: Iterable[dict], out: TextIO) -> int:
    count = 0
    for row in _rows(findings):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(findings: Iterable[dict], out: TextIO, bom: bool = True) -> int:
    """With a UTF-8 byte order mark by default: Excel in Japanese reads a CSV
    without one as Shift_JIS and shows mojibake."""
    if bom:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in _rows(findings):
        writer.writerow(row)
        count += 1
    return count
