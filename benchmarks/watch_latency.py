"""Time from a file's last write to its alert, with `daicho watch` running
(GiNZA loaded). Drops N Word documents one at a time and reads the alert log.

    .venv/bin/python benchmarks/watch_latency.py [--files 10]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from samples import writers as w  # noqa: E402
from samples.synth import make_people  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        root, log = tmp_path / "受付", tmp_path / "alerts.jsonl"
        root.mkdir()
        env = {**os.environ, "DAICHO_HOME": str(tmp_path / "home"), "PYTHONPATH": str(REPO)}
        watch = subprocess.Popen([sys.executable, "-m", "scanner.cli", "watch", str(root), "--db",
                                  str(tmp_path / "inv.db"), "--alert-log", str(log)], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        while "監視を開始しました" not in watch.stderr.readline():
            pass
        latencies = []
        for i, person in enumerate(make_people(args.files, seed=21)):
            staging = tmp_path / f"doc{i}.docx"
            w.write_docx(staging, [f"氏名 {person.name}", f"個人番号 {person.my_number_spaced}",
                                   f"住所 {person.address}", f"電話 {person.mobile}"])
            written = time.time()
            os.replace(staging, root / staging.name)  # the last write lands in the folder now
            while True:
                alerts = [json.loads(x) for x in log.read_text().splitlines()] if log.exists() else []
                if any(a["path"] == staging.name for a in alerts):
                    latencies.append(time.time() - written)
                    break
                time.sleep(0.02)
            time.sleep(1.5)
        watch.terminate()
        watch.wait(timeout=60)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"files: {len(latencies)} Word documents, one at a time, GiNZA loaded")
    print(f"latency last write -> alert: median {statistics.median(latencies):.2f} s, "
          f"max {max(latencies):.2f} s, min {min(latencies):.2f} s")


if __name__ == "__main__":
    main()
