"""The ledger: import, show how it was read, reconcile, re-issue; and the nightly
re-import when the configured file changed."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from inventory.ledger.active import StoredEntry, active_import, load_ledger, save_ledger
from inventory.ledger.model import LedgerFormatError
from inventory.ledger.read import LedgerFile, read_ledger_file
from inventory.ledger.refresh import refresh_rows
from inventory.notes import Note
from inventory.outcomes import people_counter, run_reconciliation, stored_outcomes, stores_from_inventory
from inventory.people import resolve_people
from inventory.queries import latest_scan
from inventory.reconcile import Outcome
from inventory.reconcile import reconcile as reconcile_outcomes
from reports.catalogue import t
from reports.ledger_xlsx import write_refreshed_ledger
from reports.outcome_text import details_text, outcome_label
from scanner.app.errors import AppError, problem
from scanner.app.inventories import existing_inventory, new_or_existing_inventory

log = logging.getLogger("daicho")


def _rejected(path: Path, error: LedgerFormatError) -> AppError:
    lines = [Note.of("ledger.problem_row", row=row, reason=reason) if row else Note.of("ledger.problem", reason=reason)
             for row, reason in error.problems]
    return AppError(Note.of("ledger.rejected", file=path.name), lines)


def import_ledger(db_path: str, path: Path) -> LedgerFile:
    """The file as the active ledger, or nothing imported and every bad row named.
    Rows still proposed by a re-issue ((要登録) …) are left out and returned."""
    try:
        ledger = read_ledger_file(path)
    except LedgerFormatError as error:
        raise _rejected(path, error) from error
    save_ledger(new_or_existing_inventory(db_path), ledger.entries, path)
    return ledger


def reimport_if_changed(db: Database, path: str | None) -> None:
    """Nightly: re-import the configured ledger when the file changed; a bad one
    is logged and the previous one kept."""
    if not path:
        return
    current = active_import(db)
    if current and current["sha256"] == hashlib.sha256(Path(path).read_bytes()).hexdigest():
        return
    try:
        ledger = read_ledger_file(path)
        save_ledger(db, ledger.entries, Path(path))
        log.info("ledger re-imported: %s", path)
        for row, name in ledger.proposals:
            log.warning(t("ledger.proposal_skipped", "ja", row=row, name=name))
    except LedgerFormatError as error:
        log.error("ledger %s not imported, keeping the previous one: %s", path,
                  "; ".join(t(reason, "en") for _, reason in error.problems))


def active_entries(db_path: str) -> list[StoredEntry]:
    return load_ledger(existing_inventory(db_path))


def _latest_scan_id(db: Database) -> int:
    scan = latest_scan(db)
    if scan is None:
        raise problem("ledger.no_scan")
    return scan["id"]


def reconcile_latest(db_path: str) -> list[dict]:
    """The latest scan held against the ledger again; its outcomes as stored."""
    db = existing_inventory(db_path)
    scan_id = _latest_scan_id(db)
    run_reconciliation(db, scan_id)
    return stored_outcomes(db, scan_id)


@dataclass(frozen=True)
class Reissued:
    path: Path
    rows: int
    proposed: int  # rows proposed for unregistered stores
    scan_id: int


def _differences(outcomes: list[Outcome], entries: list[StoredEntry], lang: str) -> list[list[object]]:
    by_id = {s.id: s.entry for s in entries}
    return [[outcome_label(lang, o.kind), o.uri or "", by_id[o.entry_id].row if o.entry_id else None,
             by_id[o.entry_id].name if o.entry_id else "", details_text(o.kind, o.details, lang)]
            for o in outcomes]


def reissue_ledger(db_path: str, out: Path, lang: str = "ja") -> Reissued:
    """The ledger re-issued from what was found, with a sheet of differences."""
    db = existing_inventory(db_path)
    scan_id = _latest_scan_id(db)
    entries, stores = load_ledger(db), stores_from_inventory(db)
    resolve_people(db)
    count = people_counter(db)
    outcomes = reconcile_outcomes(stores, entries, date.today(), count)
    rows = refresh_rows(entries, stores, outcomes, latest_scan(db)["finished"][:10],
                        lambda key, **values: t(key, lang, **values), count)
    write_refreshed_ledger(out, rows, _differences(outcomes, entries, lang), date.today().isoformat(), lang)
    return Reissued(out, len(rows), sum(r.proposed for r in rows), scan_id)
