"""`daicho scan` on a terminal (a real pseudo-terminal) shows objects done / total
with a rate and the time left; in a pipe (cron) it prints its one summary line,
with how long it took."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]


def _command(share: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "scanner.cli", "scan", str(share), "--db", str(db), "--workers", "1",
            "--max-size", "1MB"]


def _on_a_terminal(command: list[str], env: dict) -> str:
    master, slave = pty.openpty()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=REPO)
    os.close(slave)
    out = b""
    while True:
        ready, _, _ = select.select([master], [], [], 1)
        try:
            chunk = os.read(master, 65536) if ready else b""
        except OSError:  # the terminal closed with the process
            break
        out += chunk
        if not ready and process.poll() is not None:
            break
    process.wait(timeout=60)
    os.close(master)
    return out.decode("utf-8", "replace")


def test_a_terminal_shows_done_of_total_with_a_rate_and_time_left(sample_share, tmp_path):
    env = {**os.environ, "DAICHO_HOME": str(tmp_path / "home"), "PYTHONPATH": str(REPO), "COLUMNS": "160"}
    shown = _on_a_terminal(_command(sample_share.root, tmp_path / "inventory.db"), env)
    top_level = sum(1 for path in sample_share.root.rglob("*") if path.is_file() or path.is_symlink())
    frames = re.findall(r"(\d+)/(\d+) 件 \(読み取り \d+, 変更なし \d+\)", shown)
    assert frames and (str(top_level), str(top_level)) in frames  # the count beside the scan gave the total
    assert all(int(done) <= int(total) for done, total in frames)
    assert re.search(r"毎秒 \d+\.\d 件", shown) and re.search(r"\d:\d\d:\d\d", shown)  # rate, time left
    assert re.search(r"スキャン 1 完了: 対象 \d+ 件 .*所要 \d+\.\d 秒 \(毎秒 \d+\.\d 件\)", shown)


def test_a_pipe_gets_one_summary_line(sample_share, tmp_path):
    env = {**os.environ, "DAICHO_HOME": str(tmp_path / "home"), "PYTHONPATH": str(REPO)}
    done = subprocess.run(_command(sample_share.root, tmp_path / "inventory.db"), capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=300)
    assert done.returncode == 4
    (line,) = done.stdout.splitlines()
    assert re.fullmatch(r"スキャン 1 完了: 対象 \d+ 件 .*, 所要 \d+\.\d 秒 \(毎秒 \d+\.\d 件\)", line)
    assert "件 (読み取り" not in done.stderr  # no progress frames
