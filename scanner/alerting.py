"""What is worth waking someone for: shared by scan exit codes, report mails and watch."""

from __future__ import annotations

from collections import Counter

from detectors.entities import ALERT_TYPES


def new_alerts(data) -> list[str]:
    """What makes a nightly run worth an e-mail: new unregistered stores, new
    My Number or 要配慮 findings, remediated findings back again."""
    alerts = [f"未登録: {o['uri']}" for o in data.outcomes if o["kind"] == "unregistered" and o["is_new"]]
    grouped = Counter((f["entity_type"], f["path"]) for f in data.diff.new if f["entity_type"] in ALERT_TYPES)
    alerts += [f"新規 {entity}: {path} ({n})" for (entity, path), n in grouped.items()]
    alerts += [f"再発 {f['entity_type']}: {f['path']}" for f in data.diff.reappeared]
    return alerts
