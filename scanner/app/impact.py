"""`daicho impact`: what a leak of some places would mean (seed 001 第9条), for a
lost laptop, a USB stick, a mailbox or a folder exposed: the items of 第9条3 the
inventory answers, the triggers of 第9条2, a draft 漏えい等報告書 (xlsx, HTML)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from inventory import open_inventory
from inventory.impact import Impact, held_objects, impact_of
from inventory.ledger.active import load_ledger
from inventory.ledger_coverage import covering_entries, top_paths
from inventory.names import PathNames, load_names
from inventory.object_sets import select_objects
from inventory.people import resolve_people
from reports.breach_html import write_breach_html
from reports.breach_report import BreachContext, breach_draft
from reports.breach_xlsx import write_breach_xlsx
from reports.catalogue import DEFAULT_LANG, t
from scanner.app.errors import problem, usage_problem
from scanner.app.inventories import inventory_key

PLACES_SHOWN = 20  # a stolen laptop's list is named by its file, not line by line


@dataclass(frozen=True)
class ImpactRequest:
    db_path: str
    places: tuple[str, ...]
    list_file: Path | None = None
    as_of: int | None = None
    known: date | None = None
    xlsx: Path | None = None
    html: Path | None = None
    lang: str = DEFAULT_LANG


@dataclass(frozen=True)
class ImpactResult:
    impact: Impact
    context: BreachContext
    written: tuple[Path, ...] = ()


def _places(request: ImpactRequest) -> tuple[list[str], tuple[str, ...]]:
    """(every place, the places as the report names them)."""
    listed = request.list_file.read_text(encoding="utf-8-sig").splitlines() if request.list_file else []
    places = [*request.places, *(line.strip() for line in listed if line.strip())]
    if not places:
        raise usage_problem("impact.nothing_named")
    shown = [*request.places[:PLACES_SHOWN]]
    if request.list_file:
        shown.append(f"{request.list_file} ({len(places) - len(request.places)})")
    return places, tuple(shown)


def _as_of(db, scan_id: int | None, lang: str) -> str:
    if scan_id is None:
        return t("impact.current", lang)
    scan = db.execute("select id, started from scans where id = ?", [scan_id]).fetchone()
    if scan is None:
        raise problem("impact.bad_scan", scan=scan_id)
    return t("impact.as_of", lang, scan=scan[0], date=(scan[1] or "")[:10])


def assess(request: ImpactRequest) -> ImpactResult:
    places, shown = _places(request)
    db = open_inventory(request.db_path)
    if db.execute("select count(*) from scans").fetchone()[0] == 0:
        raise problem("impact.no_scan")
    as_of = _as_of(db, request.as_of, request.lang)
    resolve_people(db)
    names = PathNames(inventory_key(db, request.db_path), load_names(db))  # places named by their real paths
    selection = select_objects(db.conn, places, request.as_of, stored=names.display)
    impact = impact_of(db.conn, selection)
    entries = load_ledger(db)
    impact = dataclasses.replace(impact, entries=tuple(covering_entries(entries, top_paths(db.conn))) if entries else ())
    context = BreachContext(shown, as_of, request.known)
    written = []
    if request.xlsx or request.html:
        draft = breach_draft(impact, context, request.lang)
        if request.xlsx:
            write_breach_xlsx(request.xlsx, draft, held_objects(db.conn, request.as_of), request.lang)
            written.append(request.xlsx)
        if request.html:
            write_breach_html(request.html, draft, [v.status for v in impact.verdicts], request.lang)
            written.append(request.html)
    return ImpactResult(impact, context, tuple(written))
