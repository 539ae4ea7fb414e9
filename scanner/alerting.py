"""What is worth waking someone for: shared by scan exit codes, report mails and watch."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from detectors.entities import ALERT_TYPES
from reports.catalogue import entity_label, t


@dataclass(frozen=True)
class Alert:
    store: str  # the top-level object it is about (`メール/受信箱.mbox` for `…mbox!2!名簿.xlsx`)
    text: str  # one line for people (the log, the mail)


def _store(path: str) -> str:
    return path.split("!")[0]


NEW_ALERTED = ALERT_TYPES  # the entity types whose new findings make an alert


def new_alerts(data, lang: str) -> list[Alert]:
    """What makes a nightly run worth an e-mail: new unregistered stores, new
    My Number or 要配慮 findings, remediated findings back again."""
    alerts = [Alert(o["uri"], t("alert.unregistered", lang, path=o["uri"]))
              for o in data.outcomes if o["kind"] == "unregistered" and o["is_new"]]
    grouped = Counter((f["entity_type"], f["path"]) for f in data.diff.new if f["entity_type"] in NEW_ALERTED)
    alerts += [Alert(_store(path), t("alert.new", lang, entity=entity_label(entity, lang), path=path, count=n))
               for (entity, path), n in grouped.items()]
    alerts += [Alert(_store(f["path"]), t("alert.reappeared", lang, entity=entity_label(f["entity_type"], lang),
                                          path=f["path"])) for f in data.diff.reappeared]
    return alerts
