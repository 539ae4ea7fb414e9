"""The officer's report as a workbook: the same content as the HTML, as sheets."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from reports.labels import labels
from reports.ledger_xlsx import add_sheet
from reports.outcome_text import details_text
from reports.report_data import ReportData


def _finding_rows(findings: list[dict], L: dict) -> list[list]:
    return [[f["path"], f["location"], L["entity"].get(f["entity_type"], f["entity_type"]),
             f["category"] or "", f["masked"], L["verdicts"].get(f["verdict"], f["verdict"] or ""), f["key"]]
            for f in findings]


def write_xlsx_report(path: Path, data: ReportData, lang: str = "ja") -> None:
    L = labels(lang)
    book = Workbook()
    book.remove(book.active)
    banner = f"{L['title']} — {L['scan']} #{data.scan['id']}"
    summary = [[L[k], data.summary[k]] for k in ("findings", "new", "resolved", "reappeared", "triaged",
                                                  "objects", "unreadable")]
    summary += [[L["outcome"].get(k, k), n] for k, n in data.summary["outcomes"].items()]
    add_sheet(book, L["summary_sheet"], [L["kind"], L["total"]], summary, banner)
    columns = [L["path"], L["location"], L["type"], L["category"], L["value"], L["verdict"], L["key"]]
    for name in ("new", "resolved", "reappeared"):
        add_sheet(book, L[name][:28], columns, _finding_rows(getattr(data.diff, name), L), banner)
    if data.unverified:
        add_sheet(book, L["unverified_sheet"], [L["path"], L["status"], L["unverified_since"], L["findings"],
                                                L["reason"]],
                  [[o["uri"], L["object_status"].get(o["status"], o["status"]), o["since"], o["findings"],
                    o["error"] or ""] for o in data.unverified], banner)
    add_sheet(book, L["by_location"][:28], [L["folder"], L["total"], L["new"], L["world_readable"]],
              [[r["folder"], r["total"], r["new"], r["world_readable"]] for r in data.by_location], banner)
    add_sheet(book, L["outcomes"][:28], [L["kind"], L["path"], L["entry"], L["details"]],
              [[L["outcome"].get(o["kind"], o["kind"]), o["uri"] or "",
                f"{o['entry_row']}: {o['entry_name']}" if o["entry_name"] else "",
                details_text(o["kind"], o["details"], lang)] for o in data.outcomes], banner)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
