"""今日の対応事項: the few things in a report that need a decision, each with the
store (or ledger entry), why, since when, and the most pressing reason first.
Pure functions over the report's store views and outcomes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from detectors.entities import ALERT_TYPES, RISK_LEVELS
from inventory.ledger.active import StoredEntry
from reports.store_view import StoreView

# What makes a store an item for today; 漏えい時報告対象 is told beside them, and
# raises an item, but a registered, declared store in its period is no decision.
STORE_REASONS = ("unregistered", "reappeared", "undeclared_item", "overdue")
ENTRY_REASONS = ("retention_review", "missing_location", "no_data", "count_mismatch")
WEIGHT = {"no_ledger": 200, "unregistered": 100, "reappeared": 90, "undeclared_item": 80, "overdue": 60,
          "new_alert": 50, "retention_review": 40, "breach_trigger": 30, "missing_location": 30, "no_data": 25,
          "count_mismatch": 20}
NEW_BONUS, RISK_BONUS = 15, 5


@dataclass(frozen=True)
class Reason:
    kind: str  # an outcome kind, or reappeared / no_ledger / new_alert
    is_new: bool = False
    since: date | None = None  # the first scan of its unbroken run
    details: dict = field(default_factory=dict)


@dataclass
class Action:
    reasons: list[Reason]
    store: StoreView | None = None
    entry: StoredEntry | None = None

    @property
    def primary(self) -> Reason:
        return max(self.reasons, key=lambda r: WEIGHT[r.kind])

    @property
    def priority(self) -> int:
        risk = RISK_LEVELS.index(self.store.risk) if self.store else 0
        return sum(WEIGHT[r.kind] + NEW_BONUS * r.is_new for r in self.reasons) + RISK_BONUS * risk


Since = Callable[[dict], date | None]


def _reason(outcome: dict, since: Since) -> Reason:
    return Reason(outcome["kind"], outcome["is_new"], since(outcome), outcome["details"])


def _store_action(store: StoreView, reappeared: set[tuple[str, str]], since: Since) -> Action | None:
    reasons = [_reason(o, since) for o in store.outcomes if o["kind"] in STORE_REASONS or o["kind"] == "breach_trigger"]
    if (store.root, store.uri) in reappeared:
        reasons.append(Reason("reappeared", True))
    if not any(r.kind in STORE_REASONS for r in reasons):
        return None
    entry = next((e for e in store.entries if any(o["entry_id"] == e.id for o in store.outcomes)), None)
    return Action(reasons, store, entry or (store.entries[0] if store.entries else None))


def _without_ledger(stores: list[StoreView], new_alert_stores: set[tuple[str, str]]) -> list[Action]:
    actions = [Action([Reason("no_ledger")])]
    return actions + [Action([Reason("new_alert", True)], s) for s in stores if (s.root, s.uri) in new_alert_stores]


def today_actions(stores: list[StoreView], outcomes: list[dict], entries: list[StoredEntry], diff,
                  since: Since) -> list[Action]:
    """Stores and ledger entries that need a decision, most pressing first."""
    if not entries:
        alerting = {(f["root"], f["path"].split("!")[0]) for f in diff.new if f["entity_type"] in ALERT_TYPES}
        return _without_ledger(stores, alerting)
    reappeared = {(f["root"], f["path"].split("!")[0]) for f in diff.reappeared}
    actions = [a for a in (_store_action(s, reappeared, since) for s in stores) if a]
    for stored in entries:
        reasons = [_reason(o, since) for o in outcomes if o["entry_id"] == stored.id and o["uri"] is None
                   and o["kind"] in ENTRY_REASONS]
        if reasons:
            actions.append(Action(reasons, None, stored))
    return sorted(actions, key=lambda a: -a.priority)
