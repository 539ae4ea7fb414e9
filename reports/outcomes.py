"""Reconciliation outcomes for people (ja/en text) and machines (JSON Lines)."""

from __future__ import annotations

import json
from collections.abc import Iterator

OUTCOME_LABELS = {
    "ja": {"unregistered": "未登録", "undeclared_item": "項目外", "overdue": "保管期限超過",
           "retention_review": "要確認(保管期間)", "missing_location": "所在不明",
           "no_data": "データなし", "count_mismatch": "件数乖離", "breach_trigger": "漏えい時報告対象"},
    "en": {"unregistered": "unregistered", "undeclared_item": "undeclared item", "overdue": "overdue",
           "retention_review": "retention needs review", "missing_location": "location missing",
           "no_data": "no personal data", "count_mismatch": "count mismatch",
           "breach_trigger": "breach-report trigger"},
}
OUTCOME_VERSION = 1


def outcome_label(lang: str, kind: str) -> str:
    return OUTCOME_LABELS.get(lang, OUTCOME_LABELS["ja"]).get(kind, kind)


def _detail_text(details: dict) -> str:
    parts = []
    for key, value in details.items():
        value = "、".join(map(str, value)) if isinstance(value, list) else value
        parts.append(f"{key}={value}")
    return " ".join(parts)


def _entry_text(row: dict) -> str:
    return f"台帳{row['entry_row']}行目「{row['entry_name']}」" if row.get("entry_name") else ""


def outcome_lines(rows: list[dict], lang: str) -> Iterator[str]:
    if not rows:
        yield "台帳との相違はありません。" if lang == "ja" else "No differences with the ledger."
        return
    for row in rows:
        where = row["uri"] or ""
        yield "\t".join(x for x in (f"[{outcome_label(lang, row['kind'])}]", where, _entry_text(row),
                                    _detail_text(row["details"])) if x)


def outcome_summary(rows: list[dict], lang: str) -> str:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["kind"]] = counts.get(row["kind"], 0) + 1
    if not counts:
        return "台帳照合: 相違なし" if lang == "ja" else "ledger: no differences"
    body = ", ".join(f"{outcome_label(lang, k)} {n}" for k, n in counts.items())
    return f"台帳照合: {body}" if lang == "ja" else f"ledger: {body}"


def outcome_jsonl(rows: list[dict]) -> Iterator[str]:
    for row in rows:
        entry = {"id": row["entry_id"], "row": row["entry_row"], "name": row["entry_name"]} \
            if row["entry_id"] else None
        yield json.dumps({"version": OUTCOME_VERSION, "kind": row["kind"],
                          "label": outcome_label("ja", row["kind"]), "root": row["root"],
                          "path": row["uri"], "entry": entry, "details": row["details"]},
                         ensure_ascii=False)
