"""Dask distributed, for real: a `dask scheduler` and two `dask worker` processes
started on loopback, one of which dies (SIGKILL, the test hook) on an object; the
inventory is the one a scan in one process writes (exports compared), and the
installation key appears in neither the scheduler's log nor the workers'. Also: one
process, one worker, two workers and a Dask LocalCluster give the same export."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from inventory import load_or_create_key
from scanner.cli import cli
from scanner.workers.work import TEST_HOOK

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
VICTIM = "社員名簿.xlsx"  # the worker that reads it first dies


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _scan_and_export(detector, share: Path, db: Path, *flags: str) -> str:
    invoke = lambda *args: CliRunner().invoke(cli, list(args), obj={"detector": detector},  # noqa: E731
                                              catch_exceptions=False)
    scanned = invoke("scan", str(share), "--db", str(db), "--max-size", "1MB", *flags)
    assert scanned.exit_code == 4, scanned.output
    return invoke("export", "--db", str(db), "--format", "jsonl").output


@pytest.fixture
def cluster(tmp_path, daicho_home):
    """A scheduler and two workers, each a process of its own, with their logs."""
    port, logs = _free_port(), tmp_path / "logs"
    logs.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO), TEST_HOOK: f"kill_once:{VICTIM}:{tmp_path / 'died'}"}
    module = lambda name: [sys.executable, "-m", f"distributed.cli.{name}"]  # noqa: E731
    address = f"tcp://127.0.0.1:{port}"
    commands = [module("dask_scheduler") + ["--host", "127.0.0.1", "--port", str(port), "--no-dashboard"]]
    commands += [module("dask_worker") + [address, "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard",
                                          "--name", f"w{i}"] for i in (1, 2)]
    processes = [subprocess.Popen(command, env=env, cwd=tmp_path, stdout=open(logs / f"{i}.log", "wb"),
                                  stderr=subprocess.STDOUT) for i, command in enumerate(commands)]
    _wait_for_workers(address, 2)
    yield address, logs, tmp_path / "died"
    for process in reversed(processes):
        process.terminate()
    for process in processes:
        process.wait(timeout=30)


def _wait_for_workers(address: str, count: int) -> None:
    from distributed import Client

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with Client(address, timeout=5) as client:
                client.wait_for_workers(count, timeout=60)
                return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(address)


def test_a_dask_cluster_writes_the_inventory_one_process_writes(cluster, sample_share, tmp_path, detector):
    address, logs, died = cluster
    local = _scan_and_export(detector, sample_share.root, tmp_path / "local.db", "--workers", "0")
    on_dask = _scan_and_export(detector, sample_share.root, tmp_path / "dask.db", "--dask", address)
    assert died.exists()  # a worker was killed on an object: its task ran again elsewhere
    assert on_dask == local and local.count("\n") > 200
    key = load_or_create_key()
    logged = b"".join(path.read_bytes() for path in logs.iterdir())
    assert b"Run out-of-band function 'install'" in logged  # given to the workers ...
    assert key.hex().encode() not in logged and key not in logged  # ... and written nowhere


def test_one_process_one_worker_two_workers_and_dask_give_the_same_export(sample_share, tmp_path, detector):
    """`--workers 0` (extract, detect and write in the scanning process: the issue's baseline) too."""
    exports = {flags: _scan_and_export(detector, sample_share.root, tmp_path / f"{'-'.join(flags)}.db", *flags)
               for flags in (("--workers", "0"), ("--workers", "1"), ("--workers", "2"), ("--dask", "local:2"))}
    assert len(set(exports.values())) == 1 and exports[("--workers", "0")].count("\n") > 200


def test_a_cluster_out_of_reach_or_a_bad_flag_is_a_sentence_not_a_traceback(tmp_path, detector, monkeypatch):
    from scanner.workers import dask_runner

    monkeypatch.setattr(dask_runner, "CONNECT_SECONDS", 2)
    (tmp_path / "share").mkdir()
    (tmp_path / "share" / "a.txt").write_text("個人番号 1234 5678 9018\n", encoding="utf-8")
    invoke = lambda *args: CliRunner().invoke(cli, list(args), obj={"detector": detector})  # noqa: E731
    db = str(tmp_path / "inventory.db")
    closed = f"tcp://127.0.0.1:{_free_port()}"
    out_of_reach = invoke("scan", str(tmp_path / "share"), "--db", db, "--dask", closed)
    assert out_of_reach.exit_code == 1 and f"Dask のクラスターに接続できません: {closed}" in out_of_reach.output
    english = invoke("--lang", "en", "scan", str(tmp_path / "share"), "--db", db, "--dask", closed)
    assert english.exit_code == 1 and "cannot reach the Dask cluster" in english.output
    assert "Traceback" not in out_of_reach.output + english.output
    bad = invoke("scan", str(tmp_path / "share"), "--db", db, "--dask", "scheduler:8786")
    assert bad.exit_code == 2 and "--dask にはスケジューラーのアドレス" in bad.output
    negative = invoke("scan", str(tmp_path / "share"), "--db", db, "--workers", "-1")
    assert negative.exit_code == 2 and "--workers には 0 以上の整数" in negative.output
