"""The officer's report as one self-contained HTML file: no network, no CDN;
opens from a file share or an e-mail attachment, prints cleanly."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from reports.labels import labels
from reports.outcome_text import details_text
from reports.report_data import ReportData


def render_html(data: ReportData, lang: str = "ja") -> str:
    environment = Environment(loader=PackageLoader("reports", "templates"),
                              autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    template = environment.get_template("report.html.j2")
    return template.render(data=data, L=labels(lang), lang=lang,
                           details=lambda outcome: details_text(outcome["kind"], outcome["details"], lang),
                           generated=datetime.now().isoformat(timespec="minutes"))


def write_html(path: Path, data: ReportData, lang: str = "ja") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(data, lang), encoding="utf-8")
