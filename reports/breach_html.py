"""The draft 漏えい等報告書 as one self-contained HTML page (prints on A4 landscape)."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from reports.breach_report import BreachDraft
from reports.catalogue import t

LABELS = ("matter", "no", "content", "triggers", "article", "status", "reason", "entries", "entry_row", "entry_name",
          "department", "declared", "retention", "files")


def render_breach_html(draft: BreachDraft, statuses: list[str], lang: str = "ja") -> str:
    """statuses: the verdicts' codes (applies, possible …), in the draft's order, for their colour."""
    environment = Environment(loader=PackageLoader("reports", "templates"),
                              autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    return environment.get_template("breach_report.html.j2").render(
        draft=draft, L={name: t(f"breach.{name}", lang) for name in LABELS}, lang=lang,
                                                                   codes=statuses)


def write_breach_html(path: Path, draft: BreachDraft, statuses: list[str], lang: str = "ja") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_breach_html(draft, statuses, lang), encoding="utf-8")
