"""The diff for a SIEM: one JSON object per changed or flagged item."""

from __future__ import annotations

import json
from collections.abc import Iterator

from reports.report_data import REPORT_VERSION, ReportData

_FIELDS = ("key", "root", "path", "location", "entity_type", "category", "masked", "value_hmac",
           "score", "verdict")


def report_jsonl(data: ReportData) -> Iterator[str]:
    base = {"version": REPORT_VERSION, "scan_id": data.scan["id"],
            "base_scan_id": data.base["id"] if data.base else None}
    for status in ("new", "reappeared", "resolved"):
        for finding in getattr(data.diff, status):
            yield json.dumps({**base, "record": "finding", "status": status,
                              **{k: finding.get(k) for k in _FIELDS}}, ensure_ascii=False)
    for outcome in data.outcomes:
        yield json.dumps({**base, "record": "outcome", "status": "new" if outcome["is_new"] else "still",
                          "kind": outcome["kind"], "root": outcome["root"], "path": outcome["uri"],
                          "entry": outcome["entry_name"], "details": outcome["details"]}, ensure_ascii=False)
