"""The report's middle: what each store holds (people, types, 要配慮 categories,
risk) and each ledger entry with its stores. Pure functions over the current
findings, the outcomes and the ledger."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from detectors.entities import RISK_LEVELS, SENSITIVE
from inventory.globs import covers
from inventory.ledger.active import StoredEntry
from inventory.summary import count_people, risk_level


@dataclass
class StoreView:
    root: str
    uri: str
    values: dict[str, set[str]] = field(default_factory=dict)  # type -> keyed hashes
    categories: set[str] = field(default_factory=set)
    counts: Counter = field(default_factory=Counter)
    new: int = 0  # findings new since the base scan
    entries: list[StoredEntry] = field(default_factory=list)  # ledger entries covering it
    outcomes: list[dict] = field(default_factory=list)

    @property
    def types(self) -> list[str]:
        """As ledgers declare them: entity types, 要配慮 data as SENSITIVE:<category>."""
        return sorted((set(self.values) - {SENSITIVE}) | {f"{SENSITIVE}:{c}" for c in self.categories})

    @property
    def people(self) -> int:
        return count_people(self.values)

    @property
    def risk(self) -> str:
        return risk_level(self.counts, self.categories, self.people)


@dataclass
class EntryView:
    entry: StoredEntry | None  # None: the stores no entry covers (未登録)
    stores: list[StoreView]
    outcomes: list[dict]

    @property
    def people(self) -> int:
        merged: dict[str, set[str]] = {}
        for store in self.stores:
            for entity, hashes in store.values.items():
                merged.setdefault(entity, set()).update(hashes)
        return count_people(merged)

    @property
    def risk(self) -> str:
        return max((s.risk for s in self.stores), key=RISK_LEVELS.index, default="none")

    @property
    def types(self) -> list[str]:
        return sorted({t for s in self.stores for t in s.types})


def _top(path: str) -> str:
    return path.split("!")[0]


def store_views(findings: list[dict], new_keys: set[str], outcomes: list[dict],
                entries: list[StoredEntry]) -> list[StoreView]:
    """One view per top-level object holding findings, riskiest first."""
    stores: dict[tuple[str, str], StoreView] = {}
    for f in findings:
        store = stores.setdefault((f["root"], _top(f["path"])), StoreView(f["root"], _top(f["path"])))
        store.values.setdefault(f["entity_type"], set()).add(f["value_hmac"])
        store.counts[f["entity_type"]] += 1
        store.new += f["key"] in new_keys
        if f["category"]:
            store.categories.add(f["category"])
    for store in stores.values():
        store.entries = [e for e in entries if any(covers(p, store.uri) for p in e.entry.paths)]
        store.outcomes = [o for o in outcomes if (o["root"], o["uri"]) == (store.root, store.uri)]
    return sorted(stores.values(), key=lambda s: (-RISK_LEVELS.index(s.risk), -s.people, s.uri))


def entry_views(stores: list[StoreView], entries: list[StoredEntry], outcomes: list[dict]) -> list[EntryView]:
    """Each ledger entry with the stores it covers, then the stores none covers."""
    views = [EntryView(e, [s for s in stores if e in s.entries],
                       [o for o in outcomes if o["entry_id"] == e.id]) for e in entries]
    unregistered = [s for s in stores if not s.entries]
    if unregistered:
        views.append(EntryView(None, unregistered, [o for s in unregistered for o in s.outcomes]))
    return views
