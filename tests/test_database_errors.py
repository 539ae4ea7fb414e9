"""Issue 13.9: a damaged, truncated or read-only database, a key folder that cannot
be written and a full disk are a clear sentence (Japanese, English with --lang en)
and a documented exit code, never a traceback; the database stays whole and an
interrupted scan resumes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from inventory import Inventory, load_or_create_key, open_inventory
from scanner.app.errors import inventory_problem
from scanner.app.exit_codes import ExitCode
from scanner.cli import cli
from scanner.objects import ObjectScanner
from scanner.workers.runners import InlineRunner
from scanner.pipeline import run_scan
from tests.unprivileged import daicho_as_nobody

pytestmark = pytest.mark.slow


def invoke(detector, *args):
    return CliRunner().invoke(cli, list(args), obj={"detector": detector}, catch_exceptions=False)


@pytest.fixture
def share(tmp_path) -> Path:
    root = tmp_path / "share"
    root.mkdir()
    for i in range(40):
        (root / f"{i:02d}.txt").write_text(f"社員{i} 個人番号 176749365367\n連絡 090-1234-{i:04d}\n" * 20,
                                           encoding="utf-8")
    root.chmod(0o755)
    return root


@pytest.fixture
def scanned(detector, share, tmp_path) -> Path:
    db = tmp_path / "inv.db"
    invoke(detector, "scan", str(share), "--db", str(db))
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the whole database in its file
    return db


def assert_told(result, code: ExitCode, *words: str) -> None:
    assert result.exit_code == code, result.output
    assert all(word in result.output for word in words), result.output
    assert "Traceback" not in result.output


def test_a_file_of_random_bytes(detector, share, tmp_path):
    db = tmp_path / "random.db"
    db.write_bytes(os.urandom(20_000))
    for command in (["scan", str(share)], ["status"], ["report"], ["export", "--format", "csv"]):
        assert_told(invoke(detector, *command, "--db", str(db)), ExitCode.INVENTORY_DAMAGED,
                    "インベントリのデータベース", "破損", str(db))
    english = invoke(detector, "--lang", "en", "status", "--db", str(db))
    assert_told(english, ExitCode.INVENTORY_DAMAGED, "cannot be read (damaged, or not a database")


def test_a_truncated_database(detector, share, scanned, tmp_path):
    truncated = tmp_path / "truncated.db"
    data = scanned.read_bytes()
    truncated.write_bytes(data[:len(data) // 2])
    for command in (["scan", str(share)], ["status"], ["report"], ["triage", "--glob", "*", "--verdict", "accepted"]):
        assert_told(invoke(detector, *command, "--db", str(truncated)), ExitCode.INVENTORY_DAMAGED, "破損")


def test_a_read_only_database_and_folder(share, scanned, nobody_tmp_path, daicho_home):
    share = shutil.copytree(share, nobody_tmp_path / "share")  # where nobody reaches it
    home, folder = nobody_tmp_path / "home", nobody_tmp_path / "kept"
    home.mkdir()
    home.chmod(0o777)
    shutil.copy(daicho_home / "hmac.key", home / "hmac.key")  # the inventory's own key (inventory.keys)
    os.chown(home / "hmac.key", 65534, 65534) if os.geteuid() == 0 else None
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)  # the -wal and -shm may be made beside it
    db = folder / "inv.db"
    shutil.copy(scanned, db)
    os.chown(db, 65534, 65534) if os.geteuid() == 0 else None
    db.chmod(0o444)
    scan = daicho_as_nobody(["scan", str(share), "--db", str(db)], home)
    assert scan.returncode == ExitCode.INVENTORY_READ_ONLY and "に書き込めません" in scan.stderr, scan.stderr
    assert "Traceback" not in scan.stderr
    assert daicho_as_nobody(["status", "--db", str(db)], home).returncode == ExitCode.OK  # reading is fine
    for side in folder.glob("inv.db-*"):
        side.unlink()
    db.chmod(0o644)
    folder.chmod(0o555)  # the -wal and -shm beside it cannot be created
    english = daicho_as_nobody(["--lang", "en", "scan", str(share), "--db", str(db)], home)
    assert english.returncode == ExitCode.INVENTORY_READ_ONLY and "cannot be written" in english.stderr
    new = daicho_as_nobody(["scan", str(share), "--db", str(folder / "new.db")], home)
    assert new.returncode == ExitCode.INVENTORY_READ_ONLY and "Traceback" not in new.stderr
    folder.chmod(0o755)


def test_a_key_folder_that_cannot_be_written(detector, share, tmp_path, nobody_tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("DAICHO_HOME", str(tmp_path / "a-file" / "daicho"))
    result = invoke(detector, "scan", str(share), "--db", str(tmp_path / "inv.db"))
    assert_told(result, ExitCode.KEY_UNAVAILABLE, "鍵ファイル", "DAICHO_HOME")
    assert not (tmp_path / "inv.db").exists()  # nothing created before the key
    share = shutil.copytree(share, nobody_tmp_path / "share")  # where nobody reaches it
    (nobody_tmp_path / "root-only").mkdir(mode=0o755)
    nobody = daicho_as_nobody(["--lang", "en", "scan", str(share), "--db", str(nobody_tmp_path / "n.db")],
                              nobody_tmp_path / "root-only" / "daicho")
    assert nobody.returncode == ExitCode.KEY_UNAVAILABLE and "Set DAICHO_HOME" in nobody.stderr, nobody.stderr


def test_a_full_disk_in_the_middle_of_a_scan_then_resumed(detector, share, tmp_path):
    """SQLITE_FULL provoked with PRAGMA max_page_count on the scan's own connection."""
    path = tmp_path / "inv.db"
    db = open_inventory(path)
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0] + 8}")
    with pytest.raises(sqlite3.OperationalError) as raised:
        run_scan([str(share)], Inventory(db, key := load_or_create_key()), InlineRunner(ObjectScanner(detector), key))
    told = inventory_problem(raised.value, str(path))
    assert told.code == ExitCode.DISK_FULL and told.note.key == "inventory.full"
    db.conn.close()
    result = run_scan([str(share)], Inventory(open_inventory(path), key), InlineRunner(ObjectScanner(detector), key))
    assert result.resumed and result.stats["objects_seen"] == 40
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True)
    return done.returncode == 0


def test_a_full_disk_on_a_tiny_file_system(detector, tmp_path):
    """A real full disk: an 8 MB tmpfs with 300 KB left (needs root and mount; skipped
    elsewhere), too little for the scan's first batch; 8 MB is room for the scan
    once the filler is gone (its write-ahead log reaches 4 MB before a checkpoint:
    each object's reading mark is a commit)."""
    share = tmp_path / "share"
    share.mkdir()
    for i in range(200):
        (share / f"{i:03d}.txt").write_text(f"社員{i} 個人番号 176749365367\n連絡 090-1234-{i:04d}\n" * 5,
                                            encoding="utf-8")
    disk = tmp_path / "disk"
    if os.geteuid() != 0 or not _mount_tmpfs(disk, "8m"):
        pytest.skip("mounting a tmpfs needs root")
    try:
        filler = disk / "filler"
        filler.write_bytes(b"\0" * (8 * 1024 - 300) * 1024)
        db = disk / "inv.db"
        assert_told(invoke(detector, "scan", str(share), "--db", str(db)), ExitCode.DISK_FULL,
                    "ディスクに空きがない", "再開")
        filler.unlink()  # room made
        resumed = invoke(detector, "scan", str(share), "--db", str(db))
        assert resumed.exit_code == ExitCode.NEW_ALERTS and "中断から再開" in resumed.output
        with sqlite3.connect(db) as con:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:  # lazily: the in-process commands leave their connections open
        subprocess.run(["umount", "--lazy", str(disk)], check=False)
