"""Issue 13.7: a name or a My Number in a file name is stored masked like any
finding, and everything that matches paths still works: the rescan, ledger globs,
--exclude, triage rules, the report's folders, watch moves, show --reveal."""

from __future__ import annotations

import json
import time
import warnings
import zipfile

import pytest
from click.testing import CliRunner

from inventory import Inventory, load_or_create_key, open_inventory
from samples.synth import make_people
from scanner.cli import cli
from scanner.objects import ObjectScanner
from scanner.pipeline import ScanOptions
from scanner.watch import Watcher
from scanner.watch_events import WatchEvent
from scanner.workers.runners import InlineRunner

pytestmark = pytest.mark.slow
PEOPLE = make_people(4, seed=33)
RAW = ("山田太郎", "鈴木花子", "123456789018")  # the planted names: never stored as they are


def invoke(detector, *args):
    return CliRunner().invoke(cli, list(args), obj={"detector": detector}, catch_exceptions=False)


@pytest.fixture
def share(tmp_path):
    root = tmp_path / "share"
    (root / "社員" / "鈴木花子").mkdir(parents=True)
    (root / "採用").mkdir()
    roster = "".join(f"{p.name} 携帯 {p.mobile}\n" for p in PEOPLE)
    (root / "採用" / "履歴書_山田太郎_1985-04-01.txt").write_text(f"氏名 {PEOPLE[0].name}\n携帯 {PEOPLE[0].mobile}\n",
                                                              encoding="utf-8")
    (root / "123456789018.txt").write_text(f"個人番号 {PEOPLE[1].my_number}\n", encoding="utf-8")
    (root / "社員" / "鈴木花子" / "源泉徴収票.txt").write_text(roster, encoding="utf-8")
    with zipfile.ZipFile(root / "社員" / "書類.zip", "w") as archive:
        archive.writestr("山田太郎.csv", f"氏名,携帯\n{PEOPLE[2].name},{PEOPLE[2].mobile}\n".encode())
    (root / "議事録.txt").write_text(roster, encoding="utf-8")
    return root


def stored_bytes(tmp_path) -> bytes:
    return b"".join(p.read_bytes() for p in tmp_path.glob("inv.db*"))


def uris(db: str) -> set[str]:
    return {row["uri"] for row in open_inventory(db)["objects"].rows_where("deleted_scan is null")}


def test_names_with_personal_data_are_stored_masked(detector, share, tmp_path):
    db = str(tmp_path / "inv.db")
    invoke(detector, "scan", str(share), "--db", db)
    stored = stored_bytes(tmp_path)
    assert [raw for raw in RAW if raw.encode() in stored] == []
    shown = uris(db)
    assert "議事録.txt" in shown and "社員/書類.zip" in shown  # names without personal data as they are
    resume = next(u for u in shown if u.startswith("採用/履歴書_"))
    assert resume.endswith(".txt") and "山 **" in resume and "[" in resume
    assert any(u.startswith("社員/鈴 **[") and u.endswith("]/源泉徴収票.txt") for u in shown)
    assert any(u.startswith("社員/書類.zip!山 **[") for u in shown)
    outputs = [invoke(detector, "export", "--db", db, "--format", "jsonl").output,
               invoke(detector, "status", "--db", db, "--format", "json").output,
               invoke(detector, "report", "--db", db, "--format", "jsonl").output]
    assert [raw for raw in RAW if any(raw in out for out in outputs)] == []
    rescan = invoke(detector, "scan", str(share), "--db", db)
    assert "抽出 0" in rescan.output  # the masked paths are found again, nothing read
    assert uris(db) == shown


def test_globs_match_the_folders_that_are_not_personal(detector, share, tmp_path):
    db = str(tmp_path / "inv.db")
    invoke(detector, "scan", str(share), "--db", db, "--exclude", "社員/鈴木花子")  # raw at scan time
    assert not any(u.startswith("社員/鈴") for u in uris(db))
    invoke(detector, "scan", str(share), "--db", db)
    rule = invoke(detector, "triage", "--glob", "社員/**", "--verdict", "accepted", "--db", db)
    assert rule.exit_code == 0
    counted = sum(1 for line in invoke(detector, "export", "--db", db, "--format", "jsonl").output.splitlines()
                  if json.loads(line)["path"].startswith("社員/"))
    assert str(counted) in rule.output
    report = [json.loads(line) for line in invoke(detector, "report", "--db", db, "--format", "jsonl").output
              .splitlines()]
    assert not [r for r in report if r["record"] == "finding" and r["status"] == "new"
                and r["path"].startswith("社員/")]  # the rule covers the masked folder's files


def test_reveal_finds_a_file_by_its_masked_path(detector, share, tmp_path):
    db = str(tmp_path / "inv.db")
    invoke(detector, "scan", str(share), "--db", db)
    rows = [json.loads(line) for line in invoke(detector, "report", "--db", db, "--format", "jsonl").output
            .splitlines()]
    (finding,) = [r for r in rows if r.get("entity_type") == "PHONE" and r["path"].startswith("社員/鈴")
                  and r["masked"].endswith(PEOPLE[3].mobile[-2:])]
    shown = invoke(detector, "show", finding["key"], "--db", db, "--reveal").output
    assert PEOPLE[3].mobile in shown  # on the terminal only, when asked


def test_a_watch_move_of_a_personal_folder_keeps_history(detector, share, tmp_path):
    db_path = tmp_path / "inv.db"
    inventory = Inventory(open_inventory(db_path), load_or_create_key())
    runner = InlineRunner(ObjectScanner(detector), inventory.key)
    watcher = Watcher(str(share), inventory, runner, ScanOptions(), emit=lambda alert: None)
    watcher.process([WatchEvent("created", "社員", time.time(), is_directory=True)])
    before = {u: r for u, r in ((row["uri"], row) for row in inventory.db["objects"].rows) if "源泉" in u}
    (share / "社員" / "鈴木花子").rename(share / "社員" / "鈴木花子_退職")
    watcher.process([WatchEvent("moved", "社員/鈴木花子", time.time(), dest="社員/鈴木花子_退職", is_directory=True)])
    after = [row for row in inventory.db["objects"].rows if "源泉" in row["uri"] and row["deleted_scan"] is None]
    (moved,) = after
    assert moved["id"] == next(iter(before.values()))["id"]  # the same object: its history kept
    assert moved["uri"] != next(iter(before)) and "鈴木花子" not in moved["uri"]
    assert not any(raw.encode() in stored_bytes(tmp_path) for raw in RAW)


def test_an_unchanged_rescan_loads_no_model_even_for_objects_recorded_again(detector, sample_share, tmp_path):
    """Objects that could not be read (too large, corrupt, encrypted) are recorded on
    every scan; their names are shown as stored, not detected again."""
    from scanner.app.lazy_detector import LazyDetector
    from scanner.app.scan_job import ScanRequest, run_scan_job, scan_options

    request = ScanRequest([str(sample_share.root)], str(tmp_path / "inv.db"), scan_options(max_size="1MB"))
    run_scan_job(request, detector)
    lazy = LazyDetector()
    again = run_scan_job(request, lazy)
    assert again.scan.stats["objects_failed"] > 0 and again.scan.stats["objects_extracted"] == 0
    assert lazy._detector is None  # GiNZA never loaded


def test_names_are_read_by_the_workers_and_the_scanning_process_loads_no_model(share, tmp_path):
    """With worker processes, the names of paths are read where the text is (a worker):
    the process that writes the inventory never loads GiNZA, even for a new file it
    records unread (too large), whose names a worker reads alone."""
    from scanner.app.lazy_detector import LazyDetector
    from scanner.app.scan_job import ScanRequest, run_scan_job, scan_options
    from scanner.workers.runners import WorkPlan

    with open(share / "採用" / "山田太郎_面接録画.txt", "wb") as big:
        big.truncate(2 * 1024 * 1024)  # over the limit: recorded unread
    db = tmp_path / "inv.db"
    request = ScanRequest([str(share)], str(db), scan_options(max_size="1MB"), work=WorkPlan(workers=1))
    lazy = LazyDetector()
    first = run_scan_job(request, lazy)
    assert first.scan.stats["objects_failed"] == 1 and lazy._detector is None
    assert [raw for raw in RAW if raw.encode() in stored_bytes(tmp_path)] == []
    shown = uris(str(db))
    (big,) = [u for u in shown if "_面接録画[" in u]
    assert big.startswith("採用/山 **_") and any(u.startswith("社員/書類.zip!山 **[") for u in shown)
    again = run_scan_job(request, lazy)
    assert again.scan.stats["objects_extracted"] == 0 and uris(str(db)) == shown and lazy._detector is None


def test_repeated_member_names_are_masked_alike_and_keep_their_marks(detector, tmp_path):
    root = tmp_path / "share"
    root.mkdir()
    with zipfile.ZipFile(root / "書類.zip", "w") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # a zip may hold one name twice
        for row in PEOPLE[:2]:
            archive.writestr("山田太郎.csv", f"氏名,携帯\n{row.name},{row.mobile}\n".encode())
    db = str(tmp_path / "inv.db")
    invoke(detector, "scan", str(root), "--db", db)
    members = sorted(u for u in uris(db) if "!" in u)
    assert len(members) == 2 and members[1] == members[0] + "#2" and "山 **[" in members[0]
    assert "山田太郎".encode() not in stored_bytes(tmp_path)


def test_impact_finds_a_masked_folder_by_its_real_path(detector, share, tmp_path):
    """The officer names the lost folder as it is on the share (`daicho impact`)."""
    db = str(tmp_path / "inv.db")
    invoke(detector, "scan", str(share), "--db", db)
    found = json.loads(invoke(detector, "impact", str(share / "社員" / "鈴木花子"), "--db", db,
                              "--format", "json").output)
    assert found["objects"] == 1 and found["unmatched_places"] == 0 and found["items"]
