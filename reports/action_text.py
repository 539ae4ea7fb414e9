"""今日の対応事項 in the reader's language: why (with the age of an old problem),
what is there, the ledger entry, and what to do. Shared by the HTML, the xlsx
and the mail."""

from __future__ import annotations

from datetime import date

from reports.actions import Action, Reason
from reports.catalogue import label, t, type_labels
from reports.outcome_text import details_text
from reports.store_view import StoreView

_SHORT = ("unregistered", "reappeared", "no_ledger", "new_alert")  # the label says it all


def reason_text(reason: Reason, lang: str) -> str:
    name = label("action_reason", reason.kind, lang) if reason.kind in _SHORT else label("outcome", reason.kind, lang)
    if reason.kind in _SHORT:
        return name
    if reason.kind == "undeclared_item":
        return t("action.reason_types", lang, label=name, types=type_labels(reason.details["types"], lang))
    if reason.kind == "overdue":
        return t("action.reason_overdue", lang, label=name, days=f"{reason.details['days_over']:,}",
                 deadline=reason.details["deadline"])
    if reason.kind == "breach_trigger":
        return t("action.reason_detail", lang, label=name,
                 details=[label("breach", r, lang) for r in reason.details["reasons"]])
    return t("action.reason_detail", lang, label=name, details=details_text(reason.kind, reason.details, lang))


def age_text(reason: Reason, today: date, lang: str) -> str:
    """新規, or how long an unresolved problem has stood (it stays as visible)."""
    if reason.is_new:
        return t("action.new", lang)
    if reason.since is None:
        return ""
    days = (today - reason.since).days
    if days < 1:  # an earlier scan the same day
        return t("action.still", lang, date=reason.since.isoformat())
    return t("action.since", lang, days=f"{days:,}", date=reason.since.isoformat())


def contents_text(store: StoreView | None, lang: str) -> str:
    if store is None:
        return ""
    parts = [t("action.types", lang, types=type_labels(store.types, lang)), t("action.people", lang, count=store.people)]
    if store.categories:
        parts.append(t("action.categories", lang, categories=[label("category", c, lang) for c in
                                                                sorted(store.categories)]))
    return t("action.contents_separator", lang).join(parts)


def entry_text(action: Action, lang: str) -> str:
    if action.entry is None:
        return t("action.no_entry", lang) if action.store else ""
    return t("outcomes.entry", lang, row=action.entry.entry.row, name=action.entry.entry.name)


def suggestion(action: Action, lang: str) -> str:
    primary = action.primary
    if primary.kind == "undeclared_item":
        return t("suggest.undeclared_item", lang, types=type_labels(primary.details["types"], lang))
    if primary.kind == "retention_review":
        key = "suggest.retention_no_start" if primary.details.get("reason") == "retention.no_start" else \
            "suggest.retention_fix"
        return t(key, lang, rule=primary.details.get("rule", ""))
    if primary.kind == "count_mismatch":
        return t("suggest.count_mismatch", lang, **primary.details)
    return t(f"suggest.{primary.kind}", lang)


def risk_text(risk: str, lang: str) -> str:
    return label("risk", risk, lang)
