"""`daicho impact` on the terminal and as JSON: the answers to 第9条3 and the
verdicts of 第9条2, masked (types and counts, never values)."""

from __future__ import annotations

from inventory.impact import Impact
from reports.breach_report import BreachContext, conclusion, entry_lines, items_text, notes, people_text
from reports.catalogue import label, t


def impact_lines(impact: Impact, context: BreachContext, lang: str) -> list[str]:
    selection = impact.selection
    lines = [t("impact.summary", lang, places=selection.places, objects=selection.objects,
               with_data=impact.objects_with_data) + f" — {context.as_of}",
             t("impact.items", lang, items=items_text(impact, lang)), people_text(impact, lang), conclusion(impact, lang)]
    lines += [t("impact.verdict", lang, article=f"({v.article})", status=label("impact_status", v.status, lang),
                reason=t(v.reason, lang)) for v in impact.verdicts]
    lines += notes(impact, lang)
    if impact.entries:
        lines.append(t("impact.entries", lang, entries=t("list.separator", lang).join(entry_lines(impact, lang))))
    return lines


def impact_json(impact: Impact, context: BreachContext, lang: str) -> dict:
    people = impact.people
    return {
        "version": 1, "places": list(context.places), "as_of_scan": impact.selection.scan_id,
        "objects": impact.selection.objects, "objects_with_personal_data": impact.objects_with_data,
        "unmatched_places": impact.selection.unmatched, "unread_objects": impact.unread,
        "objects_read_since": impact.changed_since, "items": impact.items,
        "people": {"estimate": people.estimate, "low": people.low, "high": people.high,
                   "with_sensitive": people.with_sensitive, "with_my_number": people.with_my_number,
                   "with_financial": people.with_financial},
        "report_triggers": [{"article": f"9-2-{v.article}", "status": v.status, "reason": t(v.reason, lang)}
                            for v in impact.verdicts],
        "reportable": impact.reportable,
        "ledger_entries": [{k: v for k, v in e.items() if k != "id"} for e in impact.entries],
    }
