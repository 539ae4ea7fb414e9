"""Rescan of an unchanged tree vs. a plain walk of the same tree.

    .venv/bin/python benchmarks/rescan.py [--files 20000]

Builds the sample share plus N small text files (a third carry a My Number),
scans once, rescans unchanged, and times a plain os.walk + stat of the same tree.
Prints a Markdown table; results are recorded in docs/benchmarks.md.
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


def build_tree(root: Path, files: int) -> None:
    build_share(root)
    people = make_people(files, seed=11)
    for i, person in enumerate(people):
        folder = root / "部署" / f"{i // 1000:03d}" / f"{(i // 100) % 10:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        body = f"議事録 {i}\n出席: {person.name}\n"
        if i % 3 == 0:
            body += f"個人番号 {person.my_number}\n"
        (folder / f"{i:06d}.txt").write_text(body, encoding="utf-8")


def plain_walk(root: Path) -> tuple[float, int]:
    start = time.perf_counter()
    count = 0
    for directory, _, names in os.walk(root):
        for name in names:
            os.stat(os.path.join(directory, name))
            count += 1
    return time.perf_counter() - start, count


def timed_scan(root: Path, db: Path, home: Path) -> tuple[float, str]:
    env = {**os.environ, "DAICHO_HOME": str(home)}
    start = time.perf_counter()
    out = subprocess.run([str(REPO / ".venv/bin/daicho"), "scan", str(root), "--db", str(db),
                          "--max-size", "1MB"], capture_output=True, text=True, env=env)
    return time.perf_counter() - start, out.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        root = tmp_path / "share"
        build_tree(root, args.files)
        db, home = tmp_path / "inv.db", tmp_path / "home"
        first, first_out = timed_scan(root, db, home)
        second, second_out = timed_scan(root, db, home)
        walk, count = plain_walk(root)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"tree: {count} files\n")
    print("| run | wall time (s) | summary |\n|---|---|---|")
    print(f"| first scan | {first:.1f} | {first_out} |")
    print(f"| rescan, unchanged | {second:.1f} | {second_out} |")
    print(f"| plain os.walk + stat | {walk:.2f} | {count} files |")


if __name__ == "__main__":
    main()
