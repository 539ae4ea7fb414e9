"""`daicho pms survey|risks`: PMS Step 5 (seed 004) from the inventory, the
個人情報特定調査シート per department and the リスク管理表 per store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from inventory import open_inventory
from inventory.people import resolve_people
from inventory.pms import gather_stores
from inventory.queries import latest_scan
from reports.catalogue import DEFAULT_LANG
from reports.pms_xlsx import write_risks, write_survey
from scanner.app.errors import problem

WRITERS = {"survey": write_survey, "risks": write_risks}


@dataclass(frozen=True)
class PmsRequest:
    db_path: str
    out: Path
    lang: str = DEFAULT_LANG


@dataclass(frozen=True)
class PmsResult:
    path: Path
    departments: int
    stores: int


def write_pms(request: PmsRequest, kind: str) -> PmsResult:
    """kind: survey or risks."""
    db = open_inventory(request.db_path)
    scan = latest_scan(db, complete_only=False)
    if scan is None:
        raise problem("pms.no_data")
    resolve_people(db)
    stores = gather_stores(db)
    if not stores:
        raise problem("pms.no_data")
    WRITERS[kind](request.out, stores, (scan["id"], (scan["started"] or "")[:10]), request.lang)
    return PmsResult(request.out, len({s.department for s in stores}), len(stores))
