"""The 開示等請求 対応記録: one sheet for one request, masked: who asked (a masked
name), when, what was searched by, and per store the items held, where, since
when, the ledger entry and the proposed action, with columns left for the
officer (what was done, when, by whom)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path


from inventory.located import LocatedObject
from reports.catalogue import label, t, type_labels
from reports.xlsx_forms import form_workbook, table, titled

ANSWER_DAYS = 30  # seed 003 第27条; the others say 遅滞なく
COLUMNS = ("no", "path", "entry", "items", "locations", "first_seen", "match", "action", "reason", "done", "handler")
FILLED_BY_HAND = 2  # the last columns: what was done, when and by whom


@dataclass(frozen=True)
class DisclosureSheet:
    request_date: date
    masked_name: str
    given: tuple[str, ...]  # fields searched by
    objects: list[LocatedObject]


def entries_text(entries: tuple[tuple[int, str], ...], lang: str) -> str:
    return "\n".join(f"{row}: {name}" for row, name in entries) or t("locate.unregistered", lang)


def _row(number: int, found: LocatedObject, lang: str, candidates: bool) -> list:
    match = label("match", found.match, lang)
    return [number, f"{found.root}/{found.uri}", entries_text(found.entries, lang),
            t("list.separator", lang).join(type_labels(found.types, lang)), ", ".join(found.locations),
            found.first_seen, t("disclosure.candidate", lang, match=match, person=found.person) if candidates else match,
            label("action", found.proposal.action, lang) if found.proposal.action else "",
            t(found.proposal.reason, lang), "", ""]


def write_disclosure(path: Path, sheet_data: DisclosureSheet, lang: str = "ja") -> None:
    book = form_workbook()
    sheet = book.active
    sheet.title = t("disclosure.sheet", lang)
    due = sheet_data.request_date + timedelta(days=ANSWER_DAYS)
    header_row = titled(sheet, t("disclosure.title", lang), [
        (t("disclosure.request_date", lang), sheet_data.request_date.isoformat()),
        (t("disclosure.requester", lang), sheet_data.masked_name),
        (t("disclosure.given", lang), ", ".join(t(f"field.{f}", lang) for f in sheet_data.given)),
        (t("disclosure.deadline", lang), t("disclosure.deadline_value", lang, date=due.isoformat())),
        (t("disclosure.identity", lang), ""), (t("disclosure.request_kind", lang), ""),
        (t("disclosure.generated", lang), date.today().isoformat())])
    candidates = len({found.person for found in sheet_data.objects}) > 1
    rows = [_row(n, found, lang, candidates) for n, found in enumerate(sheet_data.objects, start=1)]
    to_fill = range(len(COLUMNS) - FILLED_BY_HAND + 1, len(COLUMNS) + 1)
    table(sheet, header_row, [t(f"disclosure.{c}", lang) for c in COLUMNS], rows, to_fill=to_fill, freeze_columns=2)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
