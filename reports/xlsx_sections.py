"""The rows of each sheet of the report workbook, in the order and with the
words of the HTML report: 今日の対応事項, the summary, stores, ledger entries,
the trend, what could not be read, then the detail tables. Counts are ints."""

from __future__ import annotations

from collections.abc import Callable

from reports import action_text
from reports.catalogue import entity_label, label, t, type_labels
from reports.object_reasons import unreadable_reason, unreadable_todo
from reports.outcome_text import details_text
from reports.report_data import ReportData
from reports.times import local_time

Section = tuple[str, list[str], list[list[object]]]  # sheet title, header, rows


def _join(items, lang: str) -> str:
    return t("list.separator", lang).join(items)


def actions(data: ReportData, L: dict, lang: str) -> Section:
    rows = [[n, label("risk", a.store.risk, lang) if a.store else "", a.store.uri if a.store else
             action_text.entry_text(a, lang), "\n".join(action_text.reason_text(r, lang) for r in a.reasons),
             "\n".join(action_text.age_text(r, data.today, lang) for r in a.reasons),
             action_text.contents_text(a.store, lang), action_text.entry_text(a, lang) if a.store else "",
             action_text.suggestion(a, lang)] for n, a in enumerate(data.actions, start=1)]
    return L["actions"], ["No.", L["risk"], L["where"], L["why"], L["age"], L["what"], L["entry"], L["todo"]], rows


def summary(data: ReportData, L: dict, lang: str) -> Section:
    rows: list[list[object]] = [[L[k], data.summary[k] or 0] for k in
                                 ("findings", "new", "resolved", "reappeared", "triaged", "objects", "unreadable",
                                  "own_contacts") if k in data.summary]
    rows += [[label("outcome", k, lang), n] for k, n in data.summary["outcomes"].items()]
    return L["summary_sheet"], [L["kind"], L["total"]], rows


def stores(data: ReportData, L: dict, lang: str) -> Section:
    rows = [[label("risk", s.risk, lang), s.uri, s.people, _join(type_labels(s.types, lang), lang),
             _join((label("category", c, lang) for c in sorted(s.categories)), lang),
             "\n".join(f"{e.entry.row}: {e.entry.name}" for e in s.entries) or L["unregistered_group"],
             "\n".join(dict.fromkeys(label("outcome", o["kind"], lang) for o in s.outcomes)), s.new]
            for s in data.stores]
    return L["stores"], [L["risk"], L["path"], L["people"], L["types"], L["categories"], L["entry"], L["flags"],
                         L["new"]], rows


def entries(data: ReportData, L: dict, lang: str) -> Section:
    rows = [[f"{v.entry.entry.row}: {v.entry.entry.name}" if v.entry else L["unregistered_group"],
             label("risk", v.risk, lang), len(v.stores), v.people, _join(type_labels(v.types, lang), lang),
             _join(dict.fromkeys(label("outcome", o["kind"], lang) for o in v.outcomes), lang)] for v in data.entries]
    return L["ledger_sheet"], [L["entry"], L["risk"], L["store_count"], L["people"], L["types"], L["flags"]], rows


def trend(data: ReportData, L: dict, lang: str) -> Section:
    types = sorted({t for p in data.trend for t in p["open"]})
    rows = [[p["scan"]["id"], local_time(p["scan"]["started"], data.tz), sum(p["open"].values()),
             sum(p["new"].values()), sum(p["resolved"].values()), *(p["open"].get(t, 0) for t in types)]
            for p in data.trend]
    header = [L["scan"], L["generated"], L["open"], L["new"], L["resolved"], *(entity_label(t, lang) for t in types)]
    return L["trend_sheet"], header, rows


def unreadable(data: ReportData, L: dict, lang: str) -> Section:
    rows = [[o["uri"], label("object_status", o["status"], lang), unreadable_reason(o, lang), unreadable_todo(o, lang)]
            for o in data.unreadable]
    return L["unreadable_list"], [L["path"], L["status"], L["reason"], L["todo"]], rows


def unverified(data: ReportData, L: dict, lang: str) -> Section | None:
    """Objects whose earlier findings are kept though they could not be read again
    (a sheet only when there are some, as the HTML's section)."""
    if not data.unverified:
        return None
    rows = [[o["uri"], label("object_status", o["status"], lang), o["since"], o["findings"], unreadable_reason(o, lang)]
            for o in data.unverified]
    return L["unverified_sheet"], [L["path"], L["status"], L["unverified_since"], L["findings"], L["reason"]], rows


def outcomes(data: ReportData, L: dict, lang: str) -> Section:
    rows = [[label("outcome", o["kind"], lang) + (f" ({L['new_mark']})" if o["is_new"] else ""), o["uri"] or "",
             f"{o['entry_row']}: {o['entry_name']}" if o["entry_name"] else "",
             details_text(o["kind"], o["details"], lang)] for o in data.outcomes]
    return L["all_outcomes"], [L["kind"], L["path"], L["entry"], L["details"]], rows


def findings(name: str) -> Callable[[ReportData, dict, str], Section]:
    def section(data: ReportData, L: dict, lang: str) -> Section:
        rows = [[f["path"], f["location"], entity_label(f["entity_type"], lang),
                 label("category", f["category"], lang) if f["category"] else "", f["masked"],
                 label("verdict", f["verdict"], lang) if f["verdict"] else "", f["key"]]
                for f in getattr(data.diff, name)]
        return L[name], [L["path"], L["location"], L["type"], L["category"], L["value"], L["verdict"], L["key"]], rows
    return section


def by_location(data: ReportData, L: dict, lang: str) -> Section:
    return L["by_location"], [L["folder"], L["total"], L["new"], L["world_readable"]], \
        [[r["folder"], r["total"], r["new"], r["world_readable"]] for r in data.by_location]


def by_type(data: ReportData, L: dict, lang: str) -> Section:
    rows = [[entity_label(r["entity_type"], lang), label("category", r["category"], lang) if r["category"] else "",
             r["current"], r["new"], r["resolved"]] for r in data.by_type]
    return L["by_type"], [L["type"], L["category"], L["current"], L["new"], L["resolved"]], rows


SECTIONS = (actions, summary, stores, entries, trend, unreadable, unverified, outcomes, findings("new"),
            findings("reappeared"), findings("resolved"), by_location, by_type, findings("still"), findings("triaged"))
