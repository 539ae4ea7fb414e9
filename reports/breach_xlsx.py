"""The draft 漏えい等報告書 as a workbook: the report's items (those left for the
officer shaded), the triggers of 第9条2, the ledger entries concerned, and the
files holding personal data; each sheet in seed 004's printable layout."""

from __future__ import annotations

from pathlib import Path


from reports.breach_report import BreachDraft
from reports.catalogue import label, t, type_labels
from reports.xlsx_forms import TO_FILL, fit_rows, form_workbook, table, titled


def _sheet(book: Workbook, title: str, draft: BreachDraft, header: list[str], rows: list[list]) -> None:
    sheet = book.create_sheet(title[:31])
    table(sheet, titled(sheet, f"{draft.title} — {title}"), header, rows)


def write_breach_xlsx(path: Path, draft: BreachDraft, objects: list[dict], lang: str = "ja") -> None:
    book = form_workbook()
    book.remove(book.active)
    report = book.create_sheet(t("breach.sheet", lang))
    header_row = titled(report, draft.title, [(draft.subtitle, ""), *draft.meta])
    table(report, header_row, [t("breach.no", lang), t("breach.matter", lang), t("breach.content", lang)],
          [[n, matter, content] for n, matter, content, _ in draft.items], freeze_columns=2)
    for offset, (_, _, _, to_fill) in enumerate(draft.items, start=1):
        if to_fill:
            report.cell(header_row + offset, 3).fill = TO_FILL
    report.column_dimensions["C"].width = 80
    fit_rows(report, header_row)
    _sheet(book, t("breach.triggers", lang), draft, [t("breach.article", lang), t("breach.status", lang),
                                                     t("breach.reason", lang)], [list(v) for v in draft.verdicts])
    columns = ["entry_row", "entry_name", "department", "declared", "retention", "files"]
    _sheet(book, t("breach.entries", lang), draft, [t(f"breach.{c}", lang) for c in columns], draft.entries)
    rows = [[f"{o['root']}/{o['uri']}", t("list.separator", lang).join(type_labels(o["types"], lang)), o["people"],
             label("risk", o["risk"], lang)] for o in objects]
    _sheet(book, t("breach.objects_sheet", lang), draft,
           [t(f"breach.{c}", lang) for c in ("path", "items", "people", "risk")], rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
