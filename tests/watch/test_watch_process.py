"""`daicho watch` as a process on a real folder: alerts, inventory rows, slow
writers, bursts, moves, deletes, graceful stop — and watch + nightly scan
together on one inventory with nothing lost or duplicated."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from samples import writers as w
from samples.synth import make_people

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
DAICHO = [sys.executable, "-m", "scanner.cli"]


class WatchProcess:
    def __init__(self, root: Path, db: Path, home: Path, alert_log: Path, extra: tuple[str, ...] = ()) -> None:
        env = {**os.environ, "DAICHO_HOME": str(home), "PYTHONPATH": str(REPO)}
        self.alert_log = alert_log
        self.process = subprocess.Popen(
            [*DAICHO, "watch", str(root), "--db", str(db), "--alert-log", str(alert_log), "--quiet-time", "0.5",
             "--settle", "1.0", *extra], env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.err_lines = []
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            line = self.process.stderr.readline()
            self.err_lines.append(line)
            if "監視を開始しました" in line:
                return
        raise AssertionError("watch did not start: " + "".join(self.err_lines))

    def alerts(self) -> list[dict]:
        if not self.alert_log.exists():
            return []
        return [json.loads(x) for x in self.alert_log.read_text(encoding="utf-8").splitlines()]

    def wait_for(self, predicate, timeout: float = 60) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            alerts = self.alerts()
            if predicate(alerts):
                return alerts
            time.sleep(0.1)
        raise AssertionError(f"timed out; alerts so far: {self.alerts()}")

    def stop(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGTERM)
        out, err = self.process.communicate(timeout=60)
        return self.process.returncode, err


def rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def watched(tmp_path):
    root = tmp_path / "受付"
    root.mkdir()
    home, db = tmp_path / "home", tmp_path / "inv.db"
    hook = tmp_path / "hook.jsonl"  # --on-alert gets each alert as JSON on stdin
    command = f"{sys.executable} -c \"import sys; open({str(hook)!r}, 'a').write(sys.stdin.read())\""
    watcher = WatchProcess(root, db, home, tmp_path / "alerts.jsonl", ("--on-alert", command))
    watcher.hook = hook
    yield root, db, watcher
    if watcher.process.poll() is None:
        watcher.stop()


def test_files_dropped_in_raise_alerts_and_update_the_inventory(watched):
    root, db, watcher = watched
    person = make_people(1, seed=9)[0]
    w.write_docx(root / "扶養控除申告書.docx", [f"氏名 {person.name}", f"個人番号 {person.my_number_spaced}"])
    alerts = watcher.wait_for(lambda a: any(x["path"] == "扶養控除申告書.docx" for x in a))
    (alert,) = [a for a in alerts if a["path"] == "扶養控除申告書.docx"]
    assert alert["kind"] == "unregistered" and alert["my_number"] and alert["latency_s"] is not None
    assert person.my_number not in json.dumps(alerts) and person.my_number_spaced not in json.dumps(alerts)
    deadline = time.monotonic() + 20  # the hook runs right after the alert is logged
    while not (watcher.hook.exists() and watcher.hook.read_text(encoding="utf-8").endswith("\n")) \
            and time.monotonic() < deadline:
        time.sleep(0.1)
    hooked = [json.loads(x) for x in watcher.hook.read_text(encoding="utf-8").splitlines()]
    assert [a["path"] for a in hooked] == ["扶養控除申告書.docx"]

    # a large file written slowly: read once, when complete
    big = root / "大量名簿.csv"
    people = make_people(400, seed=10)
    with open(big, "w", encoding="utf-8") as handle:
        handle.write("氏名,電話\n")
        for i in range(0, 400, 40):
            handle.writelines(f"{p.name},{p.mobile}\n" for p in people[i:i + 40])
            handle.flush()
            time.sleep(0.4)
    watcher.wait_for(lambda a: any(x["path"] == "大量名簿.csv" for x in a))
    phones = rows(db, "select count(*) from findings f join objects o on o.id = f.object_id "
                      "where o.uri = '大量名簿.csv' and f.entity_type = 'PHONE' and f.ended_scan is null")
    assert phones == [(len({p.mobile for p in people}),)]

    # a burst of 500 small files: a few batches, every file in the inventory
    burst = root / "一括"
    burst.mkdir()
    for i, p in enumerate(make_people(500, seed=11)):
        (burst / f"{i:03d}.txt").write_text(f"{p.name} {p.email}\n" if i % 50 == 0 else "議事録\n", encoding="utf-8")
    watcher.wait_for(lambda a: sum(1 for x in a if x["path"].startswith("一括/")) == 10)
    deadline = time.monotonic() + 60
    while rows(db, "select count(*) from objects where uri like '一括/%' and deleted_scan is null") != [(500,)]:
        assert time.monotonic() < deadline, "burst not fully recorded"
        time.sleep(0.2)
    batches = rows(db, "select count(*) from scans where kind = 'watch'")[0][0]
    assert batches < 40  # batches, not 500 scans

    # move keeps history; delete ends findings
    first_seen = rows(db, "select first_seen_scan from objects where uri = '扶養控除申告書.docx'")
    (root / "保管").mkdir()
    (root / "扶養控除申告書.docx").rename(root / "保管/扶養控除申告書.docx")
    (burst / "000.txt").unlink()
    watcher.wait_for(lambda a: any(x["path"] == "保管/扶養控除申告書.docx" for x in a))
    time.sleep(1)
    assert rows(db, "select first_seen_scan from objects where uri = '保管/扶養控除申告書.docx'") == first_seen
    deadline = time.monotonic() + 30
    while rows(db, "select deleted_scan is not null from objects where uri = '一括/000.txt'") != [(1,)]:
        assert time.monotonic() < deadline, "delete not recorded"
        time.sleep(0.2)

    code, err = watcher.stop()
    assert code == 0 and "監視を終了しました" in err


def test_watch_and_nightly_scan_together_lose_and_duplicate_nothing(tmp_path):
    root = tmp_path / "share"
    (root / "既存").mkdir(parents=True)
    for i, p in enumerate(make_people(300, seed=12)):
        (root / "既存" / f"{i:03d}.txt").write_text(f"{p.name}\n携帯 {p.mobile}\n", encoding="utf-8")
    home, db = tmp_path / "home", tmp_path / "inv.db"
    env = {**os.environ, "DAICHO_HOME": str(home), "PYTHONPATH": str(REPO)}
    watcher = WatchProcess(root, db, home, tmp_path / "alerts.jsonl")
    scan = subprocess.Popen([*DAICHO, "scan", str(root), "--db", str(db)], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    (root / "新着").mkdir()
    for i, p in enumerate(make_people(100, seed=13)):  # while the scan runs
        (root / "新着" / f"{i:03d}.txt").write_text(f"個人番号 {p.my_number}\n", encoding="utf-8")
        if i % 10 == 0:
            (root / "既存" / f"{i:03d}.txt").unlink()
        time.sleep(0.01)
    out, err = scan.communicate(timeout=300)
    assert scan.returncode in (0, 4), err
    time.sleep(4)  # the watch's last batch
    code, _ = watcher.stop()
    assert code == 0

    reference = tmp_path / "reference.db"
    subprocess.run([*DAICHO, "scan", str(root), "--db", str(reference)], env=env, cwd=REPO, check=False,
                   capture_output=True)
    current = ("select o.uri, f.entity_type, f.value_hmac from findings f join objects o on o.id = f.object_id "
               "where f.ended_scan is null and o.deleted_scan is null")
    live = "select uri, status from objects where deleted_scan is null"
    assert set(rows(db, live)) == set(rows(reference, live))
    assert sorted(rows(db, current)) == sorted(rows(reference, current))  # sorted lists: no duplicates either
