"""Reconciliation of what was found with the ledger: pure functions over plain
data, tested without a database.

A *store* is a top-level object (a file, a mailbox) with what its whole subtree
holds. Outcomes, by kind:
  unregistered      未登録: personal data where no entry covers the location
  undeclared_item   項目外: types the covering entries do not declare
  overdue           保管期限超過: older than every covering entry's retention allows
  retention_review  要確認: a retention rule that cannot be applied (no 起算日,
                    unknown wording) — never silently passed
  missing_location  所在不明: an entry whose paths hold no object at all
  no_data           データなし: an entry whose objects hold no personal data
  count_mismatch    件数乖離: counted data subjects far from the declared 件数
  breach_trigger    漏えい時報告対象: 要配慮, financial, My Number, > 1,000 subjects
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from detectors.entities import FINANCIAL, MY_NUMBER_TYPES, NOT_PERSONAL_ALONE, SENSITIVE
from inventory.globs import covers
from inventory.ledger.active import StoredEntry
from inventory.ledger.model import LedgerEntry
from inventory.ledger.retention import AFTER_EVENT, FIXED, FOREVER, INVALID, UNDEFINED, UNTIL_EVENT
from inventory.notes import Note
from inventory.summary import MANY_PEOPLE, count_people

KINDS = ("unregistered", "undeclared_item", "overdue", "retention_review", "missing_location",
         "no_data", "count_mismatch", "breach_trigger")


@dataclass(frozen=True)
class Store:
    root: str
    uri: str
    date: date | None  # the date retention runs from (oldest dated object holding findings)
    values: dict[str, frozenset[str]] = field(default_factory=dict)  # type -> value hmacs
    categories: frozenset[str] = frozenset()  # 要配慮 categories
    people: int | None = None  # distinct persons in it (inventory.people), when known
    top_id: int | None = None  # its object in the inventory

    @property
    def types(self) -> frozenset[str]:
        """Entity types, with 要配慮 data as SENSITIVE:<category> (as ledgers declare it)."""
        plain = frozenset(self.values) - {SENSITIVE}
        return plain | frozenset(f"{SENSITIVE}:{c}" for c in self.categories)

    @property
    def has_personal_data(self) -> bool:
        return bool(set(self.values) - NOT_PERSONAL_ALONE)


@dataclass(frozen=True)
class Outcome:
    kind: str
    root: str | None = None
    uri: str | None = None
    entry_id: int | None = None
    details: dict = field(default_factory=dict)


Counter = Callable[[list[Store]], int]  # distinct people over stores


def estimate_subjects(stores: Iterable[Store]) -> int:
    """Distinct people over several stores from their values alone (see
    inventory.summary.count_people); the inventory counts persons instead
    (inventory.outcomes.people_counter)."""
    stores = list(stores)
    if len(stores) == 1 and stores[0].people is not None:
        return stores[0].people
    merged: dict[str, set[str]] = {}
    for store in stores:
        for entity, hashes in store.values.items():
            merged.setdefault(entity, set()).update(hashes)
    return count_people(merged)


def _covering(store: Store, entries: list[StoredEntry]) -> list[StoredEntry]:
    return [e for e in entries if any(covers(p, store.uri) for p in e.entry.paths)]


def _undeclared(store: Store, covering: list[StoredEntry]) -> list[str]:
    found = store.types - NOT_PERSONAL_ALONE if store.has_personal_data else frozenset()
    return sorted(t for t in found if not any(e.entry.items.allows(t) for e in covering))


def _deadline(entry: LedgerEntry, store: Store) -> date | None:
    rule = entry.retention
    if rule.kind == FIXED and store.date:
        return rule.deadline(store.date)
    if rule.kind in (AFTER_EVENT, UNTIL_EVENT) and entry.start:
        return rule.deadline(entry.start)
    return None


def _overdue(store: Store, covering: list[StoredEntry], today: date) -> Outcome | None:
    deadlines = []
    for stored in covering:
        if stored.entry.retention.kind == FOREVER:
            return None
        deadline = _deadline(stored.entry, store)
        if deadline is None:
            continue  # undecidable here: reported once per entry as retention_review
        if deadline >= today:
            return None  # some entry still allows keeping it
        deadlines.append((stored, deadline))
    if not deadlines:
        return None
    stored, deadline = max(deadlines, key=lambda pair: pair[1])
    from_start = stored.entry.retention.needs_event_date  # else from the file's date
    return Outcome("overdue", store.root, store.uri, stored.id, {
        "rule": stored.entry.retention.text, "basis": "start_date" if from_start else "file_date",
        "from": (stored.entry.start if from_start else store.date).isoformat(),
        "deadline": deadline.isoformat(), "days_over": (today - deadline).days})


def _breach_reasons(store: Store, subjects: int) -> list[str]:
    """Codes (catalogue `breach.<code>`) of why a leak of this store is reportable."""
    reasons = []
    if store.categories:
        reasons.append("sensitive")
    if any(t in store.values for t in FINANCIAL):
        reasons.append("financial")
    if any(t in store.values for t in MY_NUMBER_TYPES):
        reasons.append("my_number")
    if subjects > MANY_PEOPLE:
        reasons.append("many_people")
    return reasons


def _store_outcomes(store: Store, entries: list[StoredEntry], today: date) -> list[Outcome]:
    if not store.has_personal_data:
        return []
    outcomes = []
    covering = _covering(store, entries)
    if not covering:
        outcomes.append(Outcome("unregistered", store.root, store.uri, None,
                                {"types": sorted(store.types)}))
    elif undeclared := _undeclared(store, covering):
        outcomes.append(Outcome("undeclared_item", store.root, store.uri, covering[0].id,
                                {"types": undeclared}))
    if covering and (overdue := _overdue(store, covering, today)):
        outcomes.append(overdue)
    subjects = estimate_subjects([store])
    if reasons := _breach_reasons(store, subjects):
        outcomes.append(Outcome("breach_trigger", store.root, store.uri, None,
                                {"reasons": reasons, "subjects": subjects}))
    return outcomes


def _retention_review(stored: StoredEntry) -> Outcome | None:
    """The reason is a catalogue key with its values beside it (stored as JSON)."""
    rule = stored.entry.retention
    if rule.kind == INVALID and rule.problem:
        reason = rule.problem
    elif rule.needs_event_date and stored.entry.start is None:
        reason = Note.of("retention.no_start")
    elif rule.kind == UNDEFINED:
        reason = Note.of("retention.undefined")
    else:
        return None
    return Outcome("retention_review", None, None, stored.id,
                   {"rule": rule.text, "reason": reason.key, **dict(reason.values)})


def _entry_outcomes(stored: StoredEntry, stores: list[Store], count: Counter) -> list[Outcome]:
    entry = stored.entry
    if not entry.paths:
        return []  # paper records: nothing a scan can check
    mine = [s for s in stores if any(covers(p, s.uri) for p in entry.paths)]
    with_data = [s for s in mine if s.has_personal_data]
    if not mine:
        return [Outcome("missing_location", None, None, stored.id, {"paths": list(entry.paths)})]
    if not with_data:
        return [Outcome("no_data", None, None, stored.id, {"paths": list(entry.paths), "objects": len(mine)})]
    outcomes = []
    if review := _retention_review(stored):
        outcomes.append(review)
    counted, declared = count(with_data), entry.count
    if declared and declared.comparable and _far_apart(counted, declared.number):
        outcomes.append(Outcome("count_mismatch", None, None, stored.id,
                                {"declared": declared.text, "counted": counted}))
    return outcomes


def _far_apart(counted: int, declared: int) -> bool:
    """Wide margin: off by more than half (or double), and by at least 3 people."""
    return abs(counted - declared) >= 3 and (counted > 2 * declared or counted < declared / 2)


def store_outcomes(stores: list[Store], entries: list[StoredEntry], today: date) -> list[Outcome]:
    """Outcomes of these stores alone (what a watch batch touched)."""
    return [o for store in stores for o in _store_outcomes(store, entries, today)]


def reconcile(stores: list[Store], entries: list[StoredEntry], today: date,
              count: Counter = estimate_subjects) -> list[Outcome]:
    outcomes = store_outcomes(stores, entries, today)
    outcomes += [o for stored in entries for o in _entry_outcomes(stored, stores, count)]
    return outcomes
