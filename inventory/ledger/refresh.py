"""The annual refresh: the ledger re-issued from what was found. Rows are plain
data here; reports.ledger_xlsx lays them out for people."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from inventory.globs import covers
from inventory.ledger.active import StoredEntry
from inventory.ledger.columns import LEDGER_COLUMNS, PATHS, START
from inventory.ledger.items import items_text
from inventory.reconcile import Counter, Outcome, Store, estimate_subjects

Say = Callable[..., str]  # catalogue key (+ values) -> a sentence in the reader's language


@dataclass(frozen=True)
class RefreshRow:
    values: dict[str, str | int]  # LEDGER_COLUMNS + 対象パス + 起算日 + FOUND_COLUMNS
    extra: dict[str, str] = field(default_factory=dict)
    proposed: bool = False  # a new row for an unregistered store


def _found(stores: list[Store], count: Counter = estimate_subjects) -> dict[str, str | int]:
    with_data = [s for s in stores if s.has_personal_data]
    types = frozenset().union(*(s.types for s in with_data)) if with_data else frozenset()
    return {"検出人数": count(with_data) if with_data else 0,  # a number in the workbook
            "検出項目": items_text(types), "検出場所": "\n".join(s.uri for s in with_data)}


def _flags(outcomes: list[Outcome], say: Say) -> str:
    return say("list.separator").join(dict.fromkeys(say(f"outcome.{o.kind}") for o in outcomes))


def refresh_rows(entries: list[StoredEntry], stores: list[Store], outcomes: list[Outcome],
                 last_seen: str, say: Say, count: Counter = estimate_subjects) -> list[RefreshRow]:
    rows = []
    by_store = {}
    for outcome in outcomes:
        by_store.setdefault(outcome.uri, []).append(outcome)
    for stored in entries:
        entry = stored.entry
        mine = [s for s in stores if any(covers(p, s.uri) for p in entry.paths)]
        related = [o for o in outcomes if o.entry_id == stored.id and o.kind != "breach_trigger"]
        related += [o for s in mine for o in by_store.get(s.uri, []) if o.kind == "breach_trigger"]
        values = {**entry.values, PATHS: "\n".join(entry.paths),
                  START: entry.start.isoformat() if entry.start else "",
                  **_found(mine, count), "最終確認": last_seen, "判定": _flags(related, say)}
        rows.append(RefreshRow(values, dict(entry.extra)))
    for outcome in outcomes:
        if outcome.kind == "unregistered":
            rows.append(_proposed(next(s for s in stores if s.uri == outcome.uri),
                                  by_store.get(outcome.uri, []), last_seen, say))
    return rows


def _proposed(store: Store, outcomes: list[Outcome], last_seen: str, say: Say) -> RefreshRow:
    values = {name: "" for name in LEDGER_COLUMNS}
    subjects = estimate_subjects([store])
    values.update({
        "分類": say("ledger_doc.unregistered"), "個人情報名": say("ledger_doc.proposed_name", uri=store.uri),
        "件数": say("ledger_doc.count", count=subjects), "個人情報の項目": items_text(store.types),
        "記録媒体": say("ledger_doc.medium"), "備考": say("ledger_doc.note"),
        PATHS: store.uri, START: "", **_found([store]), "最終確認": last_seen, "判定": _flags(outcomes, say),
    })
    return RefreshRow(values, proposed=True)
