"""Rescan of an unchanged tree vs. a plain walk of the same tree (issue 14.3).

    .venv/bin/python benchmarks/rescan.py [--files 20000] [--work DIR]
    .venv/bin/python benchmarks/rescan.py --files 300000 --work /var/tmp/rescan300k

Builds the sample share plus N small text files (100 a folder; a name in each, a
My Number in a third), scans once, then times: a plain os.walk + stat of the tree
(best of three, warm), the unchanged rescan as a process (`daicho scan`, wall
time, start-up included) and in this process (run_scan_job: start-up aside, the
figure the target is set on: at most 2x the walk), and a rescan after 1% of the
files changed. With --work the tree and its inventory are kept and reused by the
next run (a 300,000-file first scan takes minutes). Prints a Markdown table;
results are recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from samples.generate import build_share  # noqa: E402
from samples.synth import make_people  # noqa: E402

FOLDER = 100  # files a folder


def small_file(i: int, name: str, my_number: str) -> str:
    body = f"議事録 {i}\n出席: {name}\n"
    return body + (f"個人番号 {my_number}\n" if i % 3 == 0 else "")


def build_tree(root: Path, files: int) -> None:
    build_share(root)
    for i, person in enumerate(make_people(files, seed=11)):
        folder = root / "部署" / f"{i // (FOLDER * 10):04d}" / f"{(i // FOLDER) % 10:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:06d}.txt").write_text(small_file(i, person.name, person.my_number), encoding="utf-8")


def plain_walk(root: Path) -> tuple[float, float, int]:
    """(wall, CPU seconds, files)."""
    start, cpu = time.perf_counter(), time.process_time()
    count = 0
    for directory, _, names in os.walk(root):
        for name in names:
            os.stat(os.path.join(directory, name))
            count += 1
    return time.perf_counter() - start, time.process_time() - cpu, count


def timed_scan(root: Path, db: Path, home: Path) -> tuple[float, str]:
    env = {**os.environ, "DAICHO_HOME": str(home)}
    start = time.perf_counter()
    out = subprocess.run([str(REPO / ".venv/bin/daicho"), "scan", str(root), "--db", str(db),
                          "--max-size", "1MB"], capture_output=True, text=True, env=env)
    return time.perf_counter() - start, out.stdout.strip().splitlines()[0] if out.stdout.strip() else out.stderr


def in_process_rescan(root: Path, db: Path, home: Path) -> tuple[float, float, dict]:
    """The rescan without the process: imports done, the database opened inside.
    (wall, CPU seconds, stats)."""
    os.environ["DAICHO_HOME"] = str(home)
    from scanner.app.lazy_detector import LazyDetector
    from scanner.app.scan_job import ScanRequest, run_scan_job, scan_options

    request = ScanRequest([str(root)], str(db), scan_options(max_size="1MB"))
    start, cpu = time.perf_counter(), time.process_time()
    result = run_scan_job(request, LazyDetector())
    return time.perf_counter() - start, time.process_time() - cpu, result.scan.stats


def change_some(root: Path, share: float) -> int:
    """Append a line to every 1/share-th small file; returns how many changed."""
    changed = 0
    for path in sorted((root / "部署").rglob("*.txt"))[::max(1, round(1 / share))]:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("追記\n")
        changed += 1
    return changed


def measure(work: Path, files: int, changed_share: float) -> list[str]:
    root, db, home = work / "share", work / "inventory.db", work / "home"
    rows = []
    if not root.exists():
        build_tree(root, files)
    if not db.exists():
        first, first_out = timed_scan(root, db, home)
        rows.append(f"| first scan (process) | {first:.1f} | {first_out} |")
    walk, walk_cpu, count = min(plain_walk(root) for _ in range(3))
    rescan, rescan_out = timed_scan(root, db, home)
    inside, inside_cpu, stats = min((in_process_rescan(root, db, home) for _ in range(3)), key=lambda r: r[0])
    changed = change_some(root, changed_share)
    after_change, change_out = timed_scan(root, db, home)
    rows += [
        f"| plain os.walk + stat | {walk:.2f} | {count} files, {walk / count * 1e6:.1f} µs a file; "
        f"CPU {walk_cpu:.2f} s |",
        f"| rescan, unchanged (process) | {rescan:.2f} | {rescan_out} |",
        f"| rescan, unchanged (in process) | {inside:.2f} | {inside / count * 1e6:.1f} µs a file, "
        f"{inside / walk:.1f}x the walk; CPU {inside_cpu:.2f} s, "
        f"{inside_cpu / max(walk_cpu, 1e-6):.1f}x the walk's; "
        f"{stats['objects_seen']} objects, {stats['findings']} findings |",
        f"| rescan, {changed} files changed (process) | {after_change:.1f} | {change_out} |",
    ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--work", type=Path, help="keep the tree and inventory here (reused when present)")
    parser.add_argument("--changed", type=float, default=0.01, help="share of files changed for the last rescan")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        rows = measure(work, args.files, args.changed)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"small files: {args.files}\n")
    print("| run | wall time (s) | summary |\n|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
