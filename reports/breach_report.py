"""The draft 漏えい等報告書 (seed 001 第9条3): the items the inventory answers
filled in, the items only people know (概要, 原因, 二次被害, 本人への対応, 公表,
再発防止) left empty, the report triggers of 第9条2 with their reasons, and the
ledger entries concerned. Built once, rendered as xlsx and HTML alike; terminal
and JSON renderings of the same impact beside it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from inventory.impact import APPLIES, POSSIBLE, Impact, my_number_note
from reports.catalogue import label, t, type_label, type_labels

FILLED = {2, 3, 9}  # items of 第9条3 the inventory answers; the others are people's
REPORT_DAYS, UNLAWFUL_REPORT_DAYS = 30, 60  # seed 001 第9条4


@dataclass(frozen=True)
class BreachContext:
    places: tuple[str, ...]
    as_of: str  # a scan and its date, or "current", in the reader's words
    known: date | None = None  # the day the breach became known
    created: date | None = None


@dataclass(frozen=True)
class BreachDraft:
    title: str
    subtitle: str
    meta: list[tuple[str, str]]
    items: list[tuple[str, str, str, bool]]  # (number, matter, content, left to fill)
    verdicts: list[tuple[str, str, str]]  # (article, verdict, reason)
    entries: list[list[object]]


def items_text(impact: Impact, lang: str) -> str:
    if not impact.items:
        return t("impact.no_items", lang)
    ordered = type_labels(impact.items, lang)
    counts = {type_label(k, lang): n for k, n in impact.items.items()}
    return t("list.separator", lang).join(t("impact.item", lang, label=x, count=counts[x]) for x in ordered)


def people_text(impact: Impact, lang: str) -> str:
    people = impact.people
    return t("impact.people", lang, estimate=people.estimate, low=people.low, high=people.high,
             sensitive=people.with_sensitive, my_number=people.with_my_number, financial=people.with_financial)


def conclusion(impact: Impact, lang: str) -> str:
    statuses = {v.status for v in impact.verdicts}
    key = "report_needed" if APPLIES in statuses else "report_possible" if POSSIBLE in statuses else "report_not_needed"
    return t(f"impact.{key}", lang)


def entry_lines(impact: Impact, lang: str) -> list[str]:
    return [t("impact.entry", lang, row=e["row"], name=e["name"], files=e["files"]) if e["id"] is not None
            else t("impact.unregistered_files", lang, files=e["files"]) for e in impact.entries]


def notes(impact: Impact, lang: str) -> list[str]:
    """What else the officer should know: 特定個人情報, unread or re-read objects, unknown places."""
    lines = [t(note, lang) for note in [my_number_note(impact)] if note]
    if impact.unread:
        lines.append(t("impact.unread", lang, count=impact.unread))
    if impact.changed_since:
        lines.append(t("impact.changed", lang, scan=impact.selection.scan_id, count=impact.changed_since))
    if impact.selection.unmatched:
        lines.append(t("impact.unmatched", lang, count=impact.selection.unmatched))
    return lines


def _other_matters(impact: Impact, lang: str) -> str:
    verdict_lines = [t("impact.verdict", lang, article=f"({v.article})", status=label("impact_status", v.status, lang),
                       reason=t(v.reason, lang)) for v in impact.verdicts]
    entries = t("impact.entries", lang, entries=t("list.separator", lang).join(entry_lines(impact, lang))) \
        if impact.entries else t("impact.entries", lang, entries=t("impact.no_ledger", lang))
    return "\n".join([conclusion(impact, lang), *verdict_lines, *notes(impact, lang), entries])


def _deadline(known: date | None, lang: str) -> str:
    if known is None:
        return t("breach.deadline_unknown", lang)
    return t("breach.deadline_value", lang, date30=(known + timedelta(days=REPORT_DAYS)).isoformat(),
             date60=(known + timedelta(days=UNLAWFUL_REPORT_DAYS)).isoformat())


def breach_draft(impact: Impact, context: BreachContext, lang: str) -> BreachDraft:
    answers = {2: items_text(impact, lang), 3: people_text(impact, lang), 9: _other_matters(impact, lang)}
    meta = [(t("breach.created", lang), (context.created or date.today()).isoformat()),
            (t("breach.places", lang), t("list.separator", lang).join(context.places)), (t("breach.as_of", lang), context.as_of),
            (t("breach.known", lang), context.known.isoformat() if context.known else ""),
            (t("breach.deadline", lang), _deadline(context.known, lang))]
    items = [(f"({n})", t(f"breach.item_{n}", lang), answers.get(n, ""), n not in FILLED) for n in range(1, 10)]
    verdicts = [(t(f"article.{v.article}", lang), label("impact_status", v.status, lang), t(v.reason, lang))
                for v in impact.verdicts]
    entries = [[e["row"], e["name"], e["department"], e["count"], e["retention"], e["files"]]
               for e in impact.entries if e["id"] is not None]
    return BreachDraft(t("breach.title", lang), t("breach.subtitle", lang), meta, items, verdicts, entries)
