"""The `daicho` command as users run it: real processes, real files."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanner.app.exit_codes import ExitCode
from scanner.cli import cli

EXIT_NEW_ALERTS = ExitCode.NEW_ALERTS

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parent.parent
DAICHO = [sys.executable, "-m", "scanner.cli"]


def run(args, env_home, **kwargs):
    env = {**os.environ, "DAICHO_HOME": str(env_home), "PYTHONPATH": str(REPO)}
    return subprocess.run([*DAICHO, *args], capture_output=True, text=True, env=env, cwd=REPO, **kwargs)


def invoke(detector, args):
    return CliRunner().invoke(cli, args, obj={"detector": detector}, catch_exceptions=False)


def test_check_shows_values_only_when_asked_and_writes_nothing(detector, tmp_path, daicho_home):
    path = tmp_path / "メモ.txt"
    path.write_text("個人番号 1234 5678 9018\nメール hanako@example.jp\n", encoding="utf-8")
    before = set(tmp_path.rglob("*"))
    shown = invoke(detector, ["check", str(path), "--show-values", "--format", "jsonl"])
    rows = [json.loads(line) for line in shown.output.splitlines()]
    assert {(r["entity_type"], r["text"]) for r in rows} == {
        ("MY_NUMBER", "1234 5678 9018"), ("EMAIL", "hanako@example.jp")}
    assert all(r["path"] == "メモ.txt" and r["location"] for r in rows)
    masked = invoke(detector, ["check", str(path)])
    assert "1234 **** **18" in masked.output and "5678" not in masked.output
    assert set(tmp_path.rglob("*")) == before and not daicho_home.exists()


def test_scan_status_export_in_japanese_and_english(detector, sample_share, tmp_path):
    db = str(tmp_path / "inv.db")
    result = invoke(detector, ["scan", str(sample_share.root), "--db", db, "--max-size", "1MB"])
    assert result.exit_code == EXIT_NEW_ALERTS
    assert re.search(r"スキャン 1 完了: 対象 \d+ 件", result.output)
    status = invoke(detector, ["status", "--db", db]).output
    assert "読み取れなかったオブジェクト" in status and "共有/パスワード付き.xlsx" in status
    english = invoke(detector, ["--lang", "en", "status", "--db", db]).output
    assert "Objects that could not be read" in english
    rows = [json.loads(x) for x in invoke(detector, ["export", "--db", db, "--format", "jsonl"]).output.splitlines()]
    assert rows and all(r["version"] == 1 and r["value_hmac"] and r["masked"] for r in rows)
    assert not [r["masked"] for r in rows if "\t" in r["masked"] or "\n" in r["masked"]]  # no cell spill
    csv_out = invoke(detector, ["export", "--db", db, "--format", "csv", "--scan", "1"]).output
    assert csv_out.splitlines()[0].startswith("\ufeffversion,root,path,object_status,entity_type")
    assert len(csv_out.splitlines()) == len(rows) + 1


def test_bad_size_is_a_clear_error(detector, tmp_path):
    result = CliRunner().invoke(cli, ["scan", str(tmp_path), "--max-size", "lots"], obj={"detector": detector})
    assert result.exit_code == 2 and "サイズとして読めません: lots" in result.output  # Japanese by default
    english = CliRunner().invoke(cli, ["--lang", "en", "scan", str(tmp_path), "--max-size", "lots"], obj={})
    assert english.exit_code == 2 and "not a size: lots" in english.output


def test_no_raw_value_in_database_exports_or_logs(sample_share, tmp_path):
    home, db = tmp_path / "home", tmp_path / "inv.db"
    scan = run(["-v", "scan", str(sample_share.root), "--db", str(db), "--max-size", "1MB"], home)
    assert scan.returncode == EXIT_NEW_ALERTS, scan.stderr
    outputs = [scan.stdout, scan.stderr]
    for fmt in ("jsonl", "csv"):
        outputs.append(run(["export", "--db", str(db), "--format", fmt], home).stdout)
    outputs.append(run(["status", "--db", str(db), "--format", "json"], home).stdout)
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("inv.db*"))
    assert len(outputs[2].splitlines()) > 50  # the export is not empty
    leaks = [v for v in sample_share.raw_values
             if v.encode() in stored or any(v in text for text in outputs)]
    assert leaks == []


def _many_files(root: Path, count: int) -> None:
    from samples.synth import make_people

    folder = root / "大量"
    folder.mkdir()
    for i, person in enumerate(make_people(count, seed=7)):
        (folder / f"{i:05d}.txt").write_text(f"{person.name}\n個人番号 {person.my_number_spaced}\n", encoding="utf-8")


def _snapshot(db: Path) -> tuple[set, set, int]:
    con = sqlite3.connect(db)
    objects = set(con.execute("select uri, status, sha256 from objects where deleted_scan is null"))
    findings = set(con.execute(
        "select o.uri, f.entity_type, f.value_hmac, f.location, f.occurrences, f.first_scan_id, f.ended_scan "
        "from findings f join objects o on o.id = f.object_id"))
    rows = con.execute("select count(*) from findings").fetchone()[0]
    con.close()
    return objects, findings, rows


def _start_and_stop(share: Path, db: Path, home: Path, sig: int) -> tuple[int, int]:
    """Start a scan, send sig once 100 files are stored; (files stored, exit code)."""
    env = {**os.environ, "DAICHO_HOME": str(home), "PYTHONPATH": str(REPO)}
    process = subprocess.Popen([*DAICHO, "scan", str(share), "--db", str(db), "--max-size", "1MB"],
                               env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    done = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                con = sqlite3.connect(db, timeout=1)
                done = con.execute("select count(*) from objects where parent_id is null").fetchone()[0]
                con.close()
            except sqlite3.Error:
                continue
            if done >= 100:
                break
    assert process.poll() is None, "the scan finished before it could be stopped"
    os.kill(process.pid, sig)
    return done, process.wait()


@pytest.fixture
def big_share(sample_share, tmp_path) -> Path:
    import shutil

    share = tmp_path / "share"
    shutil.copytree(sample_share.root, share)
    _many_files(share, 4000)
    return share


@pytest.mark.parametrize("sig, code", [(signal.SIGKILL, -9), (signal.SIGINT, 130), (signal.SIGTERM, 130)])
def test_stop_then_resume_gives_the_same_inventory(big_share, tmp_path, sig, code):
    share, home = big_share, tmp_path / "home"
    reference = run(["scan", str(share), "--db", str(tmp_path / "reference.db"), "--max-size", "1MB"], home)
    assert reference.returncode == EXIT_NEW_ALERTS, reference.stderr

    db = tmp_path / "stopped.db"
    done, exit_code = _start_and_stop(share, db, home, sig)
    assert 100 <= done < 4000 and exit_code == code

    resumed = run(["-v", "scan", str(share), "--db", str(db), "--max-size", "1MB"], home)
    assert resumed.returncode == EXIT_NEW_ALERTS, resumed.stderr
    assert "中断から再開" in resumed.stdout
    assert resumed.stderr.count(" resumed ") >= done  # finished files were not redone
    assert _snapshot(db) == _snapshot(tmp_path / "reference.db")
