"""The officer's report as one self-contained HTML file: no network, no CDN;
opens from a file share or an e-mail attachment, prints cleanly. It opens with
今日の対応事項, then the stores and ledger entries, the trend and what could not
be read; the long tables come last, collapsed."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from reports import action_text
from reports.catalogue import entity_label, label, t, type_labels
from reports.labels import labels
from reports.object_reasons import unreadable_reason, unreadable_todo
from reports.outcome_text import details_text
from reports.report_data import ReportData
from reports.times import local_time, zone_label
from reports.trend_chart import OTHER, trend_chart

ACTIONS_SHOWN = 10  # the rest of today's items behind "ほか N 件"


def _helpers(data: ReportData, lang: str) -> dict:
    def series_label(name: str) -> str:
        return t("report.other_types", lang) if name == OTHER else entity_label(name, lang)

    return {
        "T": lambda key, **values: t(key, lang, **values),
        "when": lambda stored: local_time(stored, data.tz),
        "details": lambda outcome: details_text(outcome["kind"], outcome["details"], lang),
        "types": lambda types: type_labels(types, lang),
        "category": lambda c: label("category", c, lang) if c else "",
        "risk": lambda risk: label("risk", risk, lang),
        "reason": lambda r: action_text.reason_text(r, lang),
        "age": lambda r: action_text.age_text(r, data.today, lang),
        "contents": lambda store: action_text.contents_text(store, lang),
        "entry_of": lambda action: action_text.entry_text(action, lang),
        "suggestion": lambda action: action_text.suggestion(action, lang),
        "unreadable_reason": lambda obj: unreadable_reason(obj, lang),
        "unreadable_todo": lambda obj: unreadable_todo(obj, lang),
        "series_label": series_label,
        "listing": lambda items: t("list.separator", lang).join(items),
        "categories": lambda found: t("list.separator", lang).join(label("category", c, lang) for c in sorted(found)),
        "outcome_kinds": lambda outcomes: t("list.separator", lang).join(
            dict.fromkeys(label("outcome", o["kind"], lang) for o in outcomes)),
    }


def render_html(data: ReportData, lang: str = "ja") -> str:
    environment = Environment(loader=PackageLoader("reports", "templates"),
                              autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    template = environment.get_template("report.html.j2")
    now = datetime.now(timezone.utc).isoformat(timespec="minutes")
    return template.render(data=data, L=labels(lang), lang=lang, chart=trend_chart(data.trend, data.tz),
                           shown=ACTIONS_SHOWN, generated=local_time(now, data.tz), zone=zone_label(data.tz),
                           **_helpers(data, lang))


def write_html(path: Path, data: ReportData, lang: str = "ja") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(data, lang), encoding="utf-8")
