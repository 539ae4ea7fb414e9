"""The officer's report as a workbook: the HTML's sections as sheets, in the
same order (reports.xlsx_sections), laid out for an auditor (reports.xlsx_style)."""

from __future__ import annotations

from pathlib import Path

from reports.catalogue import t
from reports.labels import labels
from reports.report_data import ReportData
from reports.times import local_time, zone_label
from reports.xlsx_sections import SECTIONS
from reports.xlsx_style import add_table_sheet, new_workbook


def write_xlsx_report(path: Path, data: ReportData, lang: str = "ja") -> None:
    L = labels(lang)
    book = new_workbook()
    book.properties.title = f"{L['title']} #{data.scan['id']}"
    banner = f"{L['title']} — {L['scan']} #{data.scan['id']} ({local_time(data.scan['started'], data.tz)}) · " + \
        t("report.times", lang, zone=zone_label(data.tz))
    for section in SECTIONS:
        if (shown := section(data, L, lang)) is not None:
            add_table_sheet(book, *shown, banner)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
