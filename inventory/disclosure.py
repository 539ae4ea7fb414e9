"""開示等請求: the action to propose for each store that holds the person's data,
from what the ledger says of it (seed 001 第24条, 002 第21–23条, 003 第22–24条).

  erase (消去)       kept past the entry's 保管期間: there is no reason left to keep it
  stop (利用停止)    no entry covers it, or it holds items its entry does not
                     declare: no purpose was specified for it
  disclose (開示)    covered, within its retention, with a stated 利用目的
  none               the officer decides: a retention rule that cannot be
                     applied, no 利用目的 written; 訂正 is never proposed (only
                     the person can say what is wrong)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from inventory.ledger.active import StoredEntry
from inventory.ledger.retention import INVALID, UNDEFINED
from inventory.notes import Note

ACTIONS = ("disclose", "correct", "stop", "erase")  # 開示 / 訂正 / 利用停止 / 消去


@dataclass(frozen=True)
class Proposal:
    action: str | None  # one of ACTIONS, or None: left for the officer
    reason: Note


def propose(entries: list[StoredEntry], outcome_kinds: Iterable[str]) -> Proposal:
    """entries: the ledger entries covering the store; outcome_kinds: the
    reconciliation's findings about it at the latest scan."""
    kinds = set(outcome_kinds)
    if "overdue" in kinds:
        return Proposal("erase", Note.of("disclosure.reason_overdue"))
    if not entries:
        return Proposal("stop", Note.of("disclosure.reason_unregistered"))
    if "undeclared_item" in kinds:
        return Proposal("stop", Note.of("disclosure.reason_undeclared"))
    entry = entries[0].entry
    if entry.retention is None or entry.retention.kind in (INVALID, UNDEFINED) or \
            (entry.retention.needs_event_date and entry.start is None):
        return Proposal(None, Note.of("disclosure.reason_retention_unknown", rule=entry.values.get("保管期間", "")))
    purpose = entry.values.get("利用目的", "").strip()
    if not purpose:
        return Proposal(None, Note.of("disclosure.reason_no_purpose"))
    return Proposal("disclose", Note.of("disclosure.reason_in_purpose", purpose=purpose))
