"""PMS Step 5 workbooks (seed 004): the 個人情報特定調査シート, a sheet per department
pre-filled with what was found and columns left for the department (利用目的,
取得方法, 委託・提供), and the リスク管理表, a row per store with its risk factors,
the risks at each handling stage and a proposed level, measures left to fill.
Both in the ledger's printable layout (reports.xlsx_forms)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path


from inventory.pms import Store
from inventory.pms_risks import STAGES, factors, proposed_level, stage_risks
from inventory.reconcile import KINDS
from reports.catalogue import label, t, type_labels
from reports.xlsx_forms import form_workbook, table, titled

PLACES_SHOWN = 5  # folders listed in a cell; the rest counted
BREACH = "breach_trigger"  # a risk (the risk table's factors), not a difference from the ledger
SURVEY = ("no", "name", "ledger_row", "places", "formats", "files", "items", "people", "retention", "declared",
          "differences", "purpose", "acquisition", "outsourcing", "filled_by")
SURVEY_TO_FILL = range(12, 16)  # 1-based: 利用目的 … 記入者
RISKS = ("no", "department", "name", "places", "factors", "level", *(f"stage.{s}" for s in STAGES), "measures",
         "checked")


def _joined(items: Iterable[str], lang: str) -> str:
    return t("list.separator", lang).join(items)


def _places(store: Store, lang: str) -> str:
    folders = sorted(store.folders)
    shown = "\n".join(folders[:PLACES_SHOWN])
    return shown + ("\n" + t("pms.more", lang, count=len(folders) - PLACES_SHOWN) if len(folders) > PLACES_SHOWN else "")


def store_name(store: Store, lang: str) -> str:
    return store.name if store.registered else t("pms.unregistered", lang, folder=store.name)


def _people(store: Store, lang: str) -> str:
    people = store.people
    if people is None or people.low == people.high:
        return str(people.estimate if people else 0)
    return t("pms.people_value", lang, estimate=people.estimate, low=people.low, high=people.high)


def _survey_row(number: int, store: Store, lang: str) -> list:
    values = store.entry.entry.values if store.entry else {}
    return [number, store_name(store, lang), store.entry.entry.row if store.entry else "", _places(store, lang),
            ", ".join(sorted(store.formats)), len(store.files), _joined(type_labels(store.types, lang), lang),
            _people(store, lang), values.get("保管期間", ""), values.get("件数", ""),
            _joined((label("outcome", kind, lang) for kind in KINDS if kind in store.outcomes and kind != BREACH), lang),
            "", "", "", ""]


def write_survey(path: Path, stores: list[Store], as_of: tuple[int, str], lang: str = "ja") -> None:
    book = form_workbook()
    book.remove(book.active)
    for department in dict.fromkeys(store.department for store in stores):
        sheet = book.create_sheet(department[:31].replace("/", "_") or "-")
        header_row = titled(sheet, t("pms.survey_title", lang), [
            (t("pms.survey_note", lang, scan=as_of[0], date=as_of[1]), ""), (t("pms.department", lang), department),
            (t("pms.surveyed", lang), date.today().isoformat()), (t("pms.surveyor", lang), "")])
        rows = [_survey_row(n, s, lang) for n, s in enumerate((s for s in stores if s.department == department), 1)]
        table(sheet, header_row, [t(f"pms.{c}", lang) for c in SURVEY], rows, to_fill=SURVEY_TO_FILL,
              freeze_columns=2)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def _risk_row(number: int, store: Store, lang: str) -> list:
    found = factors(store)
    risks = stage_risks(found)
    return [number, store.department, store_name(store, lang), _places(store, lang),
            _joined((t(f"pms_factor.{f}", lang) for f in found), lang), label("risk", proposed_level(store, found), lang),
            *("\n".join(t(key, lang) for key in risks[stage]) for stage in STAGES), "", ""]


def write_risks(path: Path, stores: list[Store], as_of: tuple[int, str], lang: str = "ja") -> None:
    book = form_workbook()
    sheet = book.active
    sheet.title = t("pms.risks_sheet", lang)
    header_row = titled(sheet, t("pms.risks_title", lang), [(t("pms.risks_note", lang, scan=as_of[0], date=as_of[1]),
                                                             ""), (t("pms.surveyed", lang), date.today().isoformat())])
    rows = [_risk_row(n, store, lang) for n, store in enumerate(stores, start=1)]
    columns = [t(c if c.startswith("stage.") else f"pms.{c}", lang) for c in RISKS]
    table(sheet, header_row, columns, rows, to_fill=(len(RISKS) - 1, len(RISKS)), freeze_columns=3)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
