"""Workers that cannot start (the interpreter cannot be run by the scan's user, an
import fails): the scan stops with a clear error and blames no file; once they can
start, the next scan reads every file. Real spawned processes: the executable the
spawn runs is a program that exits at once, as an unreachable interpreter does."""

from __future__ import annotations

import multiprocessing.spawn
import os

import pytest
from click.testing import CliRunner

from scanner.app.exit_codes import ExitCode
from scanner.cli import cli
from scanner.crawl import CrawlOptions
from scanner.limits import DEFAULT_LIMITS
from scanner.pipeline import ScanOptions, run_scan
from scanner.workers.pool import WorkerPool
from scanner.workers.tasks import RunnerUnavailable
from tests.workers.shares import findings, objects, roster_share

pytestmark = pytest.mark.slow


@pytest.fixture
def no_interpreter(tmp_path, monkeypatch):
    """What the spawn executes ends before Python starts (exit 255, as a refused exec)."""
    program = tmp_path / "python-that-cannot-start"
    program.write_text("#!/bin/sh\nexit 255\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setattr(multiprocessing.spawn, "_python_exe", os.fsencode(program))  # as set_executable keeps it
    return monkeypatch


def test_workers_that_cannot_start_blame_no_file_and_the_next_scan_reads_them_all(tmp_path, inventory, no_interpreter):
    root = roster_share(tmp_path / "share", files=3)
    pool = WorkerPool(2, DEFAULT_LIMITS, inventory.key)
    with pytest.raises(RunnerUnavailable) as stopped:
        run_scan([str(root)], inventory, pool, ScanOptions(CrawlOptions()))
    pool.close()
    assert stopped.value.note.key == "work.workers_cannot_start"
    assert not [row for row in objects(inventory).values() if row["status"] in ("crashed", "suspect")]

    no_interpreter.undo()
    pool = WorkerPool(2, DEFAULT_LIMITS, inventory.key)
    try:
        run_scan([str(root)], inventory, pool, ScanOptions(CrawlOptions()))
    finally:
        pool.close()
    assert {objects(inventory)[f"名簿{i}.csv"]["status"] for i in range(1, 4)} == {"ok"}
    assert {path for path, *_ in findings(inventory)} == {f"名簿{i}.csv" for i in range(1, 4)}


def test_the_scan_command_says_why_in_japanese_and_english(tmp_path, detector, no_interpreter):
    root = roster_share(tmp_path / "share", files=2)
    for lang, words in (("ja", "ワーカープロセスが起動できません"), ("en", "the worker processes cannot start")):
        arguments = ["--lang", lang, "scan", str(root), "--db", str(tmp_path / "inv.db"), "--workers", "2"]
        result = CliRunner().invoke(cli, arguments, obj={"detector": detector})
        assert result.exit_code == ExitCode.ERROR
        assert words in result.output and "--workers 0" in result.output
