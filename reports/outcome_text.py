"""Reconciliation outcomes for people (in their language, with labels, never
codes) and for machines (JSON Lines)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from inventory.notes import Note
from reports.catalogue import CATALOGUE, label, t, type_labels

OUTCOME_VERSION = 1
_NOT_VALUES = ("rule", "reason")  # beside a retention reason: the values of its sentence


def outcome_label(lang: str, kind: str) -> str:
    return label("outcome", kind, lang)


def _reason(reason: str, details: dict, lang: str) -> str:
    if reason not in CATALOGUE:
        return reason  # an inventory from before reasons were keys: the stored sentence
    return t(Note.of(reason, **{k: v for k, v in details.items() if k not in _NOT_VALUES}), lang)


_FOR_PEOPLE: dict[str, Callable[[Any, dict, str], Any]] = {  # detail -> how it reads
    "types": lambda types, details, lang: type_labels(types, lang),
    "reasons": lambda reasons, details, lang: [label("breach", r, lang) for r in reasons],
    "basis": lambda basis, details, lang: label("basis", basis, lang),
    "reason": _reason,
    "days_over": lambda days, details, lang: f"{days:,}",
}


def details_text(kind: str, details: dict, lang: str) -> str:
    """An outcome's details as a sentence: `台帳にない項目: 個人番号、氏名`."""
    values = {k: _FOR_PEOPLE[k](v, details, lang) if k in _FOR_PEOPLE else v for k, v in details.items()}
    return t(f"detail.{kind}", lang, **values)


def _entry_text(row: dict, lang: str) -> str:
    return t("outcomes.entry", lang, row=row["entry_row"], name=row["entry_name"]) if row.get("entry_name") else ""


def outcome_lines(rows: list[dict], lang: str) -> Iterator[str]:
    if not rows:
        yield t("outcomes.none", lang)
        return
    for row in rows:
        parts = (f"[{outcome_label(lang, row['kind'])}]", row["uri"] or "", _entry_text(row, lang),
                 details_text(row["kind"], row["details"], lang))
        yield "\t".join(part for part in parts if part)


def outcome_summary(rows: list[dict], lang: str) -> str:
    counts = Counter(row["kind"] for row in rows)
    if not counts:
        return t("outcomes.summary_none", lang)
    return t("outcomes.summary", lang, counts=[t("outcomes.count", lang, label=outcome_label(lang, kind), count=n)
                                               for kind, n in counts.items()])


def outcome_jsonl(rows: list[dict]) -> Iterator[str]:
    """For machines: codes, with the Japanese label beside the kind."""
    for row in rows:
        entry = {"id": row["entry_id"], "row": row["entry_row"], "name": row["entry_name"]} \
            if row["entry_id"] else None
        yield json.dumps({"version": OUTCOME_VERSION, "kind": row["kind"],
                          "label": outcome_label("ja", row["kind"]), "root": row["root"],
                          "path": row["uri"], "entry": entry, "details": row["details"]},
                         ensure_ascii=False)
