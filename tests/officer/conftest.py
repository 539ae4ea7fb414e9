"""A small real inventory, written through the store the way a scan writes it
(no detector: the records are what the scanner hands over), so that the report,
the mail and the workbook can be tested in seconds and over many scans."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from detectors.name_forms import NameReader
from detectors.version import RULES_VERSION
from inventory import FindingRecord, ObjectRecord
from inventory.outcomes import run_reconciliation
from inventory.store import Scope
from scanner.app.inventories import keyed_inventory
from scanner.subjects import subjects_of
from scanner.workers.sealing import seal

ROOT = "/srv/share"
OLD = datetime(2019, 4, 1, tzinfo=timezone.utc).timestamp()
READER = NameReader()  # readings of kanji names, loaded on first use


def found(entity: str, value: str, masked: str, location: str = "A1", category: str | None = None) -> FindingRecord:
    """A finding in a table row: the row is its record, as the scanner says (scanner.record_refs)."""
    row = location.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") or location
    return FindingRecord(entity_type=entity, value=value, masked=masked, score=0.9, detector="test",
                         location=location, category=category, record=("t:sheet", "rows", row))


@dataclass
class Share:
    """Top-level objects of one scan: uri -> findings, or a failed status with its error."""

    files: dict[str, list[FindingRecord]] = field(default_factory=dict)
    failed: dict[str, tuple[str, str]] = field(default_factory=dict)
    mtime: dict[str, float] = field(default_factory=dict)


def record_scan(db_path: Path, share: Share, started: datetime | None = None) -> int:
    inventory = keyed_inventory(db_path)
    scopes = [Scope(ROOT)]
    scan_id, _ = inventory.begin_scan(scopes, RULES_VERSION)
    for uri, findings in share.files.items():
        record = ObjectRecord(uri=uri, kind="file", size=100, format="csv",
                              mtime=share.mtime.get(uri, datetime.now().timestamp()), findings=findings,
                              subjects=subjects_of(findings, READER))
        inventory.record(scan_id, ROOT, seal(record, inventory.key))  # as a worker hands it over
    for uri, (status, error) in share.failed.items():
        inventory.record(scan_id, ROOT, ObjectRecord(uri=uri, kind="file", size=100, status=status, error=error,
                                                     mtime=datetime.now().timestamp()))
    inventory.finish_scan(scan_id, scopes)
    if started:
        inventory.db["scans"].update(scan_id, {"started": started.isoformat(timespec="seconds"),
                                               "finished": (started + timedelta(minutes=3)).isoformat(
                                                   timespec="seconds")})
    run_reconciliation(inventory.db, scan_id)
    return scan_id


def office_share(day: int = 2) -> Share:
    """A few stores an officer meets: a registered roster, an old archive past its
    retention, health data, unreadable files; on day 2 an unregistered memo with a
    My Number lands."""
    roster = [found("PERSON", f"社員{i}", f"社員{i}**", f"A{i}") for i in range(12)] + \
        [found("MY_NUMBER", f"1234567890{i:02d}", f"1234 **** **{i:02d}", f"B{i}") for i in range(12)]
    return Share(
        files={"総務/社員名簿.xlsx": roster,
               "営業/メモ.txt": [found("PERSON", "山田花子", "山田 **"), found("MY_NUMBER", "176749365367",
                                                                          "1767 **** **67", "L2")],
               "アーカイブ/2019年度_名簿.csv": [found("PERSON", "佐藤一郎", "佐藤 **"),
                                            found("PHONE", "0312345678", "03-****-**78", "B2")],
               "総務/健診結果.xlsx": [found("PERSON", "鈴木次郎", "鈴木 **"),
                                   found("SENSITIVE", "糖尿病", "病歴: ***", "C2", category="病歴")]},
        failed={"共有/壊れた.pdf": ("unreadable", "corrupt pdf: PSEOF: Unexpected EOF"),
                "共有/パスワード付き.xlsx": ("encrypted", "password-protected xlsx")},
        mtime={"アーカイブ/2019年度_名簿.csv": OLD}) if day >= 2 else _without(office_share(2), "営業/メモ.txt")


def _without(share: Share, uri: str) -> Share:
    share.files.pop(uri)
    return share


LEDGER_HEADER = ["分類", "個人情報名", "件数", "個人情報の項目", "保管期間", "対象パス"]
LEDGER_ROWS = [["人事", "社員名簿", "12件/累計", "氏名.個人番号", "永年", "総務/社員名簿.xlsx"],
               ["総務", "旧名簿アーカイブ", "2件/累計", "氏名", "3年間", "アーカイブ/**"],
               ["人事", "健康診断結果", "1件/累計", "氏名.健康診断結果", "5年間", "総務/健診*"]]


@pytest.fixture
def office_ledger(tmp_path) -> Path:
    from samples.writers import write_xlsx

    path = tmp_path / "台帳.xlsx"
    write_xlsx(path, {"台帳": [LEDGER_HEADER, *LEDGER_ROWS]})
    return path


@pytest.fixture
def office_db(tmp_path, office_ledger) -> Path:
    """An inventory with the ledger imported and two scans of the office share."""
    from inventory.ledger.active import save_ledger
    from inventory.ledger.read import read_ledger

    db = tmp_path / "inv.db"
    save_ledger(keyed_inventory(db).db, read_ledger(office_ledger), office_ledger)
    record_scan(db, office_share(1), datetime(2026, 11, 19, 17, 0, tzinfo=timezone.utc))
    record_scan(db, office_share(2), datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc))
    return db
