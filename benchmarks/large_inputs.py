"""Time and peak memory of `daicho scan` on one large file each: text without a
line break (10, 50, 150 MB) and CSV rosters (100,000 and 1,000,000 rows).

    .venv/bin/python benchmarks/large_inputs.py [--cases text-10MB csv-100k ...] [--keep DIR]

Each case is a folder of its own with one file and a fresh inventory; the scan
runs in a process of its own (this checkout's code), measured from outside:
wall time, CPU time and peak RSS of the scan process (RUSAGE_CHILDREN of a
wrapper that runs nothing else). The text is Japanese prose (UTF-8, 3 bytes a
character) with a person's name, address, phone and My Number in one sentence
of ten; the rosters have a header and name, kana, My Number, address, phone,
e-mail on each row. Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from samples.synth import make_person  # noqa: E402

MB = 1024 * 1024
FILLER = ("本日の会議では来期の予算について議論した。", "資料は共有フォルダに保存してある。",
          "次回の打ち合わせは来週の水曜日とする。", "各部署からの報告を取りまとめた。")
# Runs the scan as its only child and prints (wall s, cpu s, peak RSS kB, exit code, summary line).
MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
out = subprocess.run(sys.argv[1:], capture_output=True, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps([time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss,
                  out.returncode, out.stdout.strip().splitlines()[-1:]]))
"""


def prose(size: int, seed: int = 13) -> Iterator[str]:
    """Sentences without a line break until size UTF-8 bytes."""
    rng, written, index = random.Random(seed), 0, 0
    while written < size:
        if index % 10 == 0:
            p = make_person(rng, index)
            sentence = f"{p.name}さんの住所は{p.address}、電話は{p.mobile}、個人番号は{p.my_number}です。"
        else:
            sentence = rng.choice(FILLER)
        written += len(sentence.encode())
        index += 1
        yield sentence


def roster(rows: int, seed: int = 17) -> Iterator[str]:
    rng = random.Random(seed)
    yield "氏名,フリガナ,個人番号,住所,電話番号,メールアドレス\n"
    for i in range(rows):
        p = make_person(rng, i)
        yield f"{p.name},{p.kana},{p.my_number},{p.address},{p.mobile},{p.email}\n"


def write(path: Path, pieces: Iterator[str]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        for piece in pieces:
            out.write(piece)


CASES = {
    "text-10MB": ("a.txt", lambda: prose(10 * MB)),
    "text-50MB": ("a.txt", lambda: prose(50 * MB)),
    "text-150MB": ("a.txt", lambda: prose(150 * MB)),
    "csv-100k": ("a.csv", lambda: roster(100_000)),
    "csv-1M": ("a.csv", lambda: roster(1_000_000)),
}


def run_case(name: str, folder: Path) -> dict:
    file_name, pieces = CASES[name]
    share = folder / name / "share"
    share.mkdir(parents=True)
    write(share / file_name, pieces())
    daicho = [sys.executable, "-c", "from scanner.cli import main; main()"]  # this checkout's code
    env = {**os.environ, "DAICHO_HOME": str(folder / name / "home"), "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", MEASURE, *daicho, "scan", str(share), "--db",
                          str(folder / name / "inventory.db")], capture_output=True, text=True, env=env, check=True)
    wall, cpu, peak_kb, code, summary = json.loads(out.stdout)
    return {"case": name, "size_mb": (share / file_name).stat().st_size / MB, "wall_s": wall, "cpu_s": cpu,
            "peak_rss_mb": peak_kb / 1024, "exit": code, "summary": " ".join(summary)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", nargs="*", default=list(CASES), choices=list(CASES))
    parser.add_argument("--keep", type=Path, help="write the files and inventories here (default: a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        results = []
        for name in args.cases:
            results.append(run_case(name, folder))
            print(json.dumps(results[-1], ensure_ascii=False), file=sys.stderr, flush=True)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{time.strftime('%Y-%m-%d')}\n")
    print("| case | file (MB) | wall (s) | CPU (s) | peak RSS (MB) | exit | summary |\n|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['case']} | {r['size_mb']:.0f} | {r['wall_s']:.0f} | {r['cpu_s']:.0f} | "
              f"{r['peak_rss_mb']:.0f} | {r['exit']} | {r['summary']} |")


if __name__ == "__main__":
    main()
