"""What is worth waking someone for: shared by scan exit codes, report mails and watch."""

from __future__ import annotations

from collections import Counter

from detectors.entities import ALERT_TYPES
from reports.catalogue import entity_label, t


def new_alerts(data, lang: str) -> list[str]:
    """What makes a nightly run worth an e-mail: new unregistered stores, new
    My Number or 要配慮 findings, remediated findings back again."""
    alerts = [t("alert.unregistered", lang, path=o["uri"])
              for o in data.outcomes if o["kind"] == "unregistered" and o["is_new"]]
    grouped = Counter((f["entity_type"], f["path"]) for f in data.diff.new if f["entity_type"] in ALERT_TYPES)
    alerts += [t("alert.new", lang, entity=entity_label(entity, lang), path=path, count=n)
               for (entity, path), n in grouped.items()]
    alerts += [t("alert.reappeared", lang, entity=entity_label(f["entity_type"], lang), path=f["path"])
               for f in data.diff.reappeared]
    return alerts
