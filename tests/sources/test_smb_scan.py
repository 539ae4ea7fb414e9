"""A real Samba share on loopback, read with smbprotocol (no mount): the same
findings as the same tree scanned locally, incremental rescans, and who may
read each file."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from inventory import open_inventory
from reports.report_data import build_report
from samples.synth import make_people
from tests.sources.running import assert_no_raw_value, daicho, exported, objects, scan

pytestmark = pytest.mark.slow
NOGROUP = 65534
_trees = itertools.count(1)
COMPARED = ("entity_type", "category", "masked", "value_hmac", "score", "detector", "location", "occurrences")


@pytest.fixture
def share_tree(samba_server, monkeypatch):
    """A folder of its own in the share, and the root URL that reaches it."""
    name = f"t{next(_trees)}"
    folder = samba_server.share / name
    folder.mkdir(mode=0o755)
    monkeypatch.setenv("DAICHO_SMB_PASSWORD", samba_server.password)
    yield folder, f"smb://{samba_server.user}@127.0.0.1:{samba_server.port}/share/{name}"
    shutil.rmtree(folder)


def readable_by_smb_user(tree: Path) -> None:
    for path in [tree, *tree.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def last_scan(db: Path) -> dict:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return dict(conn.execute("select * from scans order by id desc limit 1").fetchone())


def test_the_share_gives_the_same_findings_as_the_same_tree_scanned_locally(detector, sample_share, share_tree, tmp_path):
    tree, root = share_tree
    shutil.copytree(sample_share.root, tree, dirs_exist_ok=True)
    readable_by_smb_user(tree)
    # Maildir file names hold ':', which SMB cannot carry (Samba shows a mangled 8.3 name instead)
    options = ("--max-size", "1MB", "--exclude", "*/Maildir/*")
    local, remote = tmp_path / "local.db", tmp_path / "smb.db"
    scan(detector, local, str(tree), *options)
    scan(detector, remote, root, *options)
    prefix = "smb://127.0.0.1/share/" + tree.name + "/"
    here = {(r["path"], *(r[c] for c in COMPARED)) for r in exported(detector, local)}
    there = {(r["path"].removeprefix(prefix), *(r[c] for c in COMPARED)) for r in exported(detector, remote)}
    assert here and here == there
    assert {u: r["status"] for u, r in objects(local).items()} == {
        u.removeprefix(prefix): r["status"] for u, r in objects(remote).items()}
    for uri, status in sample_share.statuses.items():
        if "Maildir" not in uri:
            assert objects(remote)[prefix + uri]["status"] == status, uri
    assert_no_raw_value(sample_share.raw_values, remote.read_bytes())


def _roster(people) -> str:
    return "氏名,携帯,個人番号\n" + "".join(f"{p.name},{p.mobile},{p.my_number}\n" for p in people)


def test_rescans_read_only_what_changed_and_permissions_are_recorded(detector, share_tree, tmp_path):
    tree, root = share_tree
    people = make_people(8, seed=41)
    (tree / "人事").mkdir()
    (tree / "公開").mkdir()
    (tree / "人事/名簿.csv").write_text(_roster(people[:3]), encoding="utf-8")
    (tree / "人事/給与.csv").write_text(_roster(people[3:5]), encoding="utf-8")
    (tree / "公開/案内.txt").write_text(f"{people[5].name} 携帯 {people[5].mobile}\n", encoding="utf-8")
    readable_by_smb_user(tree)
    os.chown(tree / "人事/給与.csv", 0, NOGROUP)
    (tree / "人事/給与.csv").chmod(0o640)  # the SMB user reads it through its group, Everyone does not
    db = tmp_path / "inventory.db"
    scan(detector, db, root)
    roster, salary, notice = (f"smb://127.0.0.1/share/{tree.name}/{p}" for p in ("人事/名簿.csv", "人事/給与.csv", "公開/案内.txt"))
    recorded = objects(db)
    assert (recorded[roster]["world_readable"], recorded[salary]["world_readable"]) == (1, 0)
    assert recorded[roster]["owner"] == "S-1-22-1-0"  # Samba's SID for the Unix owner, root
    status = daicho(detector, "status", "--db", str(db)).output
    section = status.split("## 全員が読めるファイル", 1)[1].split("\n## ", 1)[0]
    assert roster in section and salary not in section
    english = daicho(detector, "--lang", "en", "status", "--db", str(db)).output
    assert roster in english.split("## Files everyone may read", 1)[1].split("\n## ", 1)[0]
    html = tmp_path / "report.html"
    assert daicho(detector, "report", "--db", str(db), "--html", str(html)).exit_code == 0
    page = html.read_text(encoding="utf-8")
    assert f'{roster} <span class="badge open">全員が読める</span>' in page
    assert f'{salary} <span class="badge' not in page and f"{salary}</td>" in page
    report = build_report(open_inventory(db))
    folder = next(r for r in report.by_location if r["folder"].endswith("/人事"))
    assert 0 < folder["world_readable"] < folder["total"]
    assert last_scan(db)["objects_extracted"] == 3

    scan(detector, db, root)
    assert last_scan(db)["objects_extracted"] == 0
    os.chown(tree / "人事/名簿.csv", 0, NOGROUP)
    (tree / "人事/名簿.csv").chmod(0o640)  # remediated: Everyone removed, the content unchanged
    with open(tree / "人事/給与.csv", "a", encoding="utf-8") as handle:
        handle.write(f"{people[6].name},{people[6].mobile},{people[6].my_number}\n")
    (tree / "公開/案内.txt").unlink()
    scan(detector, db, root)
    assert last_scan(db)["objects_extracted"] == 2
    after = objects(db, live=False)
    assert (after[roster]["status"], after[roster]["world_readable"]) == ("ok", 0)
    assert after[notice]["deleted_scan"] is not None
    section = daicho(detector, "status", "--db", str(db)).output.partition("## 全員が読めるファイル")[2]
    assert roster not in section
    rows = exported(detector, db)
    assert sum(r["path"] == salary and r["entity_type"] == "MY_NUMBER" for r in rows) == 3
    assert notice not in {r["path"] for r in rows}


def test_a_ledger_covers_share_paths_by_url(detector, share_tree, tmp_path):
    tree, root = share_tree
    people = make_people(4, seed=42)
    for folder in ("人事", "営業"):
        (tree / folder).mkdir()
        (tree / folder / "名簿.csv").write_text(_roster(people[:2]), encoding="utf-8")
    readable_by_smb_user(tree)
    ledger = tmp_path / "台帳.csv"
    ledger.write_text("個人情報名,個人情報の項目,保管期間,対象パス\n"
                      f"社員名簿,氏名.電話.個人番号,3年間,smb://127.0.0.1/share/{tree.name}/人事/**\n", encoding="utf-8")
    db = tmp_path / "inventory.db"
    assert daicho(detector, "ledger", "import", str(ledger), "--db", str(db)).exit_code == 0
    scan(detector, db, root)
    outcomes = [json.loads(line) for line in
                daicho(detector, "reconcile", "--db", str(db), "--format", "jsonl").output.splitlines()]
    unregistered = {o["path"] for o in outcomes if o["kind"] == "unregistered"}
    assert unregistered == {f"smb://127.0.0.1/share/{tree.name}/営業/名簿.csv"}


def test_a_wrong_smb_password_is_told_and_recorded(share_tree, tmp_path, monkeypatch):
    _, root = share_tree
    monkeypatch.setenv("DAICHO_SMB_PASSWORD", "wrong-パス")
    result = scan(None, tmp_path / "inventory.db", root)
    assert result.exit_code == 3 and "ログインできませんでした" in result.output
    assert "wrong-パス" not in result.output
