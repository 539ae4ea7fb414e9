"""Characters per CPU-second of whole `daicho scan` processes (issue 12): model
load, walk, extraction, detection, sealing and the inventory's writes included.

    .venv/bin/python benchmarks/end_to_end.py [--copies 7] [--workers 1,2] [--keep DIR]

The share is the quality corpus of benchmarks/quality.py (every format, archives
and mail with attachments) built --copies times with different seeds, one folder
a copy (7 copies: about 3,050 files). Its characters are counted as quality.py
counts them (content as extracted, a table cell by its own text), outside the
timed scans. Each scan runs in a process of its own against a fresh inventory,
measured from outside: wall time, CPU time of the scan and every worker it
waited for (RUSAGE_CHILDREN of a wrapper that runs nothing else), peak RSS of the
largest of them. Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.large_inputs import MEASURE  # noqa: E402
from benchmarks.quality import build, extracted_units  # noqa: E402
from scanner.crawl import crawl  # noqa: E402


def build_share(root: Path, copies: int) -> tuple[int, int]:
    """(files, characters) of the share written under root."""
    files = chars = 0
    for copy in range(copies):
        folder = root / f"copy{copy:02d}"
        folder.mkdir(parents=True)
        build(folder, 200, 48, seed=2026 + copy)
    for entry in crawl(root):
        units = extracted_units(entry.uri, Path(entry.path).read_bytes(), entry.is_mail)
        chars += sum(sum(s.end - s.start for s in u.spans) if u.spans else len(u.text) for u in units)
        files += 1
    return files, chars


def scan(share: Path, work: Path, workers: str) -> dict:
    home, db = work / f"home-{workers}", work / f"inventory-{workers}.db"
    daicho = [sys.executable, "-c", "from scanner.cli import main; main()"]  # this checkout's code
    env = {**os.environ, "DAICHO_HOME": str(home), "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", MEASURE, *daicho, "scan", str(share), "--db", str(db),
                          "--workers", workers], capture_output=True, text=True, env=env, check=True)
    wall, cpu, peak_kb, code, summary = json.loads(out.stdout)
    return {"workers": workers, "wall": wall, "cpu": cpu, "peak_mb": peak_kb / 1024, "exit": code,
            "summary": " ".join(summary)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=7)
    parser.add_argument("--workers", default="1,2", help="worker counts, one scan each")
    parser.add_argument("--keep", type=Path, help="write the share and inventories here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        share = work / "share"
        files, chars = build_share(share, args.copies)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"command: {' '.join(sys.argv)}")
        print(f"share: {files:,} files, {chars:,} characters of content\n")
        print("| workers | wall (s) | CPU (s) | chars per CPU-second | chars per wall-second | peak RSS | exit |")
        print("|---|---|---|---|---|---|---|")
        for workers in args.workers.split(","):
            run = scan(share, work, workers)
            print(f"| {workers} | {run['wall']:.1f} | {run['cpu']:.1f} | {chars / run['cpu']:,.0f} | "
                  f"{chars / run['wall']:,.0f} | {run['peak_mb']:,.0f} MB | {run['exit']} |", flush=True)
            print(f"<!-- {run['summary']} -->")


if __name__ == "__main__":
    main()
