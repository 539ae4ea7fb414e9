"""`daicho check`: findings of files right now, stored nowhere. The only place
raw values may be shown, and only when asked (--show-values)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from inventory.records import ObjectRecord
from scanner.crawl import crawl
from scanner.objects import ObjectScanner


def _lines(record: ObjectRecord, show_values: bool, fmt: str) -> Iterator[str]:
    for obj in record.walk():
        if obj.status != "ok":
            payload = {"path": obj.uri, "status": obj.status, "reason": obj.reason, "error": obj.error}
            yield json.dumps(payload, ensure_ascii=False) if fmt == "jsonl" else \
                f"{obj.uri}\t[{obj.status}/{obj.reason}] {obj.error or ''}"
            continue
        for finding in obj.findings:
            value = finding.text if show_values else finding.masked
            if fmt == "jsonl":
                row = {"path": obj.uri, "location": finding.location, "entity_type": finding.entity_type,
                       "category": finding.category, "score": finding.score, "detector": finding.detector}
                row["text" if show_values else "masked"] = value
                yield json.dumps(row, ensure_ascii=False)
            else:
                category = f"/{finding.category}" if finding.category else ""
                yield f"{obj.uri}\t{finding.location}\t{finding.entity_type}{category}\t{value}\t{finding.score}"


def check_paths(paths: list[str], scanner: ObjectScanner, show_values: bool, fmt: str) -> Iterator[str]:
    for path in paths:
        for entry in crawl(path):
            yield from _lines(scanner.scan_entry(entry), show_values, fmt)
