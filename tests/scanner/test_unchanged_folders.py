"""Folders unchanged since the last complete scan cost one comparison (scanner.folders,
inventory.listings) and a complete scan reads its counts kept as it writes
(inventory.root_counts): every answer stays what a walk file by file gave."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from inventory import Inventory, load_or_create_key, open_inventory
from inventory.queries import current_findings
from inventory.root_counts import recount
from inventory.scopes import Scope
from samples.synth import make_people
from scanner.crawl import CrawlOptions
from scanner.objects import ObjectScanner
from scanner.pipeline import UNCHANGED, ScanInterrupted, ScanOptions, run_scan
from scanner.workers.runners import InlineRunner

PEOPLE = make_people(9, seed=23)
FOLDERS = ("総務", "人事", "人事/退職")


def _share(root: Path) -> Path:
    for i, person in enumerate(PEOPLE):
        folder = root / FOLDERS[i % 3]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:02d}.txt").write_text(f"氏名: {person.name}\n個人番号 {person.my_number}\n", encoding="utf-8")
    return root


@pytest.fixture
def share(tmp_path) -> Path:
    return _share(tmp_path / "share")


class Seen:
    """The progress of one scan: outcome -> paths (a folder met unchanged: its path)."""

    def __init__(self) -> None:
        self.outcomes: dict[str, list[str]] = {}

    def __call__(self, entry, outcome: str) -> None:
        self.outcomes.setdefault(outcome, []).append(entry.uri)


def _scan(root: Path, inventory: Inventory, detector, options: ScanOptions = ScanOptions(), should_stop=None):
    seen = Seen()
    runner = InlineRunner(ObjectScanner(detector), inventory.key)
    extra = {"should_stop": should_stop} if should_stop else {}
    result = run_scan([str(root)], inventory, runner, options, seen, **extra)
    return result, seen


def _counted(inventory: Inventory, result) -> dict:
    """The counts of a complete scan as they were counted before (every object and finding)."""
    live = "deleted_scan is null"
    db = inventory.db

    def one(sql: str) -> int:
        return db.execute(sql).fetchone()[0]
    return {
        "objects_seen": one(f"select count(*) from objects where {live}"),
        "objects_extracted": one(f"select count(*) from objects where extracted_scan = {result.scan_id}"),
        "objects_reused": one(f"select count(*) from objects where parent_id is null and status = 'ok' and "
                              f"coalesce(extracted_scan, 0) != {result.scan_id} and {live}"),
        "objects_failed": one(f"select count(*) from objects where status in ('unreadable', 'encrypted', "
                              f"'too_large', 'no_text_layer', 'crashed') and {live}"),
        "findings": one("select count(*) from findings f join objects o on o.id = f.object_id "
                        "where f.ended_scan is null and o.deleted_scan is null"),
        "ocr_pages": 0,
    }


def _kept_counts(inventory: Inventory) -> tuple[list, list]:
    db = inventory.db
    return (sorted(db.execute("select * from object_counts where objects != 0").fetchall()),
            sorted(db.execute("select * from finding_counts where findings != 0").fetchall()))


def _assert_counts_hold(inventory: Inventory, result) -> None:
    assert result.stats == _counted(inventory, result)
    kept = _kept_counts(inventory)
    recount(inventory.db)
    assert _kept_counts(inventory) == kept


def _steady(share: Path, inventory: Inventory, detector):
    """Read once, each file recorded as the next scan would reuse it: every folder
    is confirmed, and the next scan meets it unchanged."""
    _, seen = _scan(share, inventory, detector)
    assert len(seen.outcomes["extracted"]) >= len(PEOPLE) and UNCHANGED not in seen.outcomes


def test_an_unchanged_folder_yields_nothing_and_the_counts_are_the_same(share, inventory, detector):
    _steady(share, inventory, detector)
    before = inventory.db.conn.total_changes
    result, seen = _scan(share, inventory, detector)
    assert sorted(seen.outcomes[UNCHANGED]) == sorted(f"{folder}/" for folder in FOLDERS)
    assert "reused" not in seen.outcomes and "found" not in seen.outcomes
    assert result.stats["objects_seen"] == len(PEOPLE) and result.stats["objects_reused"] == len(PEOPLE)
    assert result.stats["findings"] == len(list(current_findings(inventory.db))) >= 2 * len(PEOPLE)
    assert inventory.db.conn.total_changes - before <= 3  # the scan begun and finished, its root's listing
    _assert_counts_hold(inventory, result)


def test_a_folder_with_a_file_recorded_unread_is_walked_every_time(share, inventory, detector):
    """A lock file is recorded (skipped) by every scan, unread: its folder is never
    listed, the others are."""
    (share / "総務" / "~$名簿.xlsx").write_bytes(b"lock")
    _steady(share, inventory, detector)
    for _ in range(2):
        _, seen = _scan(share, inventory, detector)
        assert sorted(seen.outcomes[UNCHANGED]) == ["人事/", "人事/退職/"]
        assert sorted(seen.outcomes["reused"]) == ["総務/00.txt", "総務/03.txt", "総務/06.txt"]
        assert seen.outcomes["recorded"] == ["総務/~$名簿.xlsx"]


def test_a_file_rewritten_with_its_size_and_mtime_is_compared_alone(share, inventory, detector):
    """Its ctime moved: its folder is walked file by file, and the file is reused by
    size and mtime as it always was."""
    _steady(share, inventory, detector)
    path = share / "総務" / "00.txt"
    st = path.stat()
    path.write_bytes(path.read_bytes())
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    result, seen = _scan(share, inventory, detector)
    assert sorted(seen.outcomes[UNCHANGED]) == ["人事/", "人事/退職/"]
    assert sorted(seen.outcomes["reused"]) == ["総務/00.txt", "総務/03.txt", "総務/06.txt"]
    assert result.stats["objects_extracted"] == 0
    _, seen = _scan(share, inventory, detector)  # confirmed again: unchanged next time
    assert len(seen.outcomes[UNCHANGED]) == 3 and "reused" not in seen.outcomes
    _assert_counts_hold(inventory, result)


def test_deleted_files_and_folders_end_their_findings(share, inventory, detector):
    _steady(share, inventory, detector)
    (share / "総務" / "03.txt").unlink()
    shutil.rmtree(share / "人事" / "退職")
    result, seen = _scan(share, inventory, detector)
    assert seen.outcomes[UNCHANGED] == ["人事/"]
    gone = {row[0] for row in inventory.db.execute("select uri from objects where deleted_scan is not null")}
    assert gone == {"総務/03.txt", "人事/退職/02.txt", "人事/退職/05.txt", "人事/退職/08.txt"}
    assert {row["path"] for row in current_findings(inventory.db)}.isdisjoint(gone)
    assert result.stats["objects_seen"] == len(PEOPLE) - 4
    _assert_counts_hold(inventory, result)


def test_a_new_and_an_edited_file_are_read(share, inventory, detector):
    _steady(share, inventory, detector)
    (share / "人事" / "新規.txt").write_text(f"氏名: {PEOPLE[0].name}\n", encoding="utf-8")
    with open(share / "総務" / "00.txt", "a", encoding="utf-8") as handle:
        handle.write(f"電話 {PEOPLE[1].mobile}\n")
    result, seen = _scan(share, inventory, detector)
    assert seen.outcomes[UNCHANGED] == ["人事/退職/"]
    assert sorted(seen.outcomes["extracted"]) == ["人事/新規.txt", "総務/00.txt"]
    _assert_counts_hold(inventory, result)
    _, seen = _scan(share, inventory, detector)  # recorded as they would be reused: unchanged next time
    assert len(seen.outcomes[UNCHANGED]) == 3 and "reused" not in seen.outcomes


def test_an_object_another_scan_ended_has_its_folder_walked(share, inventory, detector):
    """A watch batch ended a file its walk did not meet (the folder's listing on
    disk is the same): the full scan walks that folder and finds it again."""
    _steady(share, inventory, detector)
    batch = [Scope(str(share), "総務/03.txt")]
    watch_id, _ = inventory.begin_scan(batch, "test", kind="watch")
    inventory.finish_scan(watch_id, batch)
    assert inventory.db.execute("select deleted_scan from objects where uri = '総務/03.txt'").fetchone()[0]
    result, seen = _scan(share, inventory, detector)
    assert sorted(seen.outcomes[UNCHANGED]) == ["人事/", "人事/退職/"]
    assert "総務/03.txt" in seen.outcomes["extracted"]
    assert inventory.db.execute("select deleted_scan from objects where uri = '総務/03.txt'").fetchone()[0] is None
    _assert_counts_hold(inventory, result)


def test_other_options_walk_every_folder(share, inventory, detector):
    _steady(share, inventory, detector)
    options = ScanOptions(CrawlOptions(exclude=("人事/退職/*",)))
    result, seen = _scan(share, inventory, detector, options)
    assert UNCHANGED not in seen.outcomes
    assert result.stats["objects_seen"] == len(PEOPLE) - 3
    _assert_counts_hold(inventory, result)


def test_an_interrupted_scan_confirms_nothing_and_resumes(share, inventory, detector):
    _steady(share, inventory, detector)
    (share / "人事" / "新規.txt").write_text(f"氏名: {PEOPLE[0].name}\n", encoding="utf-8")
    listed = inventory.db.execute("select * from listing_roots").fetchall()
    calls = iter(range(100))
    with pytest.raises(ScanInterrupted):
        _scan(share, inventory, detector, should_stop=lambda: next(calls) >= 1)
    assert inventory.db.execute("select * from listing_roots").fetchall() == listed
    result, seen = _scan(share, inventory, detector)
    assert result.resumed and sorted(seen.outcomes[UNCHANGED]) == ["人事/退職/", "総務/"]
    _assert_counts_hold(inventory, result)


def test_an_inventory_from_before_keeps_its_counts(tmp_path):
    """m017 and m018 on an inventory written before them: the counts it keeps from
    then on are those of its objects and findings."""
    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parents[1] / "inventory" / "history" / "before_intervals.sqlite", path)
    inventory = Inventory(open_inventory(path), load_or_create_key())
    kept = _kept_counts(inventory)
    assert kept[0] and kept[1]
    objects = inventory.db.execute("select count(*) from objects where deleted_scan is null").fetchone()[0]
    assert sum(row[3] for row in kept[0]) == objects
    findings = inventory.db.execute("select count(*) from findings f join objects o on o.id = f.object_id "
                                    "where f.ended_scan is null and o.deleted_scan is null").fetchone()[0]
    assert sum(row[1] for row in kept[1]) == findings
    assert inventory.db.execute("select count(*) from listings").fetchone()[0] == 0


def test_a_rename_a_watch_saw_drops_the_listings_of_both_folders(share, inventory, detector):
    _steady(share, inventory, detector)
    (share / "総務" / "00.txt").rename(share / "人事" / "退職" / "00.txt")
    assert inventory.move(str(share), "総務/00.txt", "人事/退職/00.txt") == 1
    assert sorted(row[0] for row in inventory.db.execute("select folder from listings")) == ["人事/"]
    result, seen = _scan(share, inventory, detector)
    assert seen.outcomes[UNCHANGED] == ["人事/"] and "extracted" not in seen.outcomes
    assert "人事/退職/00.txt" in seen.outcomes["reused"]
    _assert_counts_hold(inventory, result)
