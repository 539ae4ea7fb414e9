"""How fast `daicho impact` answers on a large inventory: 100,000 objects built
synthetically (the inventory's own writer, the same tables and indexes a scan
fills), then the application function timed on a department folder, a
subfolder, the whole share and a stolen laptop's list of 1,000 files, and the
command itself (a new process) on the folder.

    .venv/bin/python benchmarks/impact_speed.py [--objects 100000] [--keep DIR]

Shape: 10 departments × 10 folders; one file in five holds personal data (the
rest is documents, images, code), of 1 to 5 people each from a staff of 20,000,
one in ten of them a roster of 20 to 100 rows; the people's names, e-mail
addresses, phones and dates of birth as findings and subjects (keyed hashes
only); one data file in twenty with 要配慮 data, one in fifty with bank
accounts, one in a hundred with My Numbers.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.people_share import work_directory  # noqa: E402
from inventory import Inventory, load_or_create_key, open_inventory  # noqa: E402
from inventory.records import FindingRecord, ObjectRecord, SubjectRecord  # noqa: E402
from inventory.store import Scope  # noqa: E402
from scanner.subject_keys import link_keys  # noqa: E402
from scanner.workers.sealing import seal  # noqa: E402

ROOT = "/srv/share"
DEPARTMENTS = ["総務", "人事", "経理", "営業", "開発", "製造", "品質", "法務", "広報", "情報システム"]
STAFF = 20_000


def _person(index: int) -> dict:
    rng = random.Random(index)
    return {"name": f"社員{index:05d}", "email": f"p{index}@example.co.jp", "phone": f"+8190{index:08d}",
            "birth": f"19{rng.randint(50, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "my_number": f"{index:012d}"}


def _findings(person: dict, row: int, extra: list[str]) -> list[FindingRecord]:
    values = [("PERSON", person["name"]), ("EMAIL", person["email"]), ("PHONE", person["phone"]),
              ("DATE_OF_BIRTH", person["birth"])] + [(kind, person.get(kind.lower(), "x")) for kind in extra]
    return [FindingRecord(kind, value, "*", 0.9, "bench", f"B{row}",
                          category="病歴" if kind == "SENSITIVE" else None) for kind, value in values]


def _subject(person: dict, extra: list[str], row: int) -> SubjectRecord:
    values = [("EMAIL", person["email"]), ("PHONE", person["phone"]), ("DATE_OF_BIRTH", person["birth"])]
    values += [("MY_NUMBER", person["my_number"])] if "MY_NUMBER" in extra else []
    return SubjectRecord(names=(person["name"],), links=tuple(link_keys([person["name"]], values)),
                         values=tuple(values), types=("PERSON", "EMAIL", "PHONE", "DATE_OF_BIRTH", *extra),
                         locations=(f"B{row}",), script="kanji")


def _object(uri: str, rng: random.Random) -> ObjectRecord:
    if rng.random() >= 0.2:
        return ObjectRecord(uri=uri, kind="file", format="docx", size=1000, mtime=1.7e9)
    size = rng.randint(20, 100) if rng.random() < 0.1 else rng.randint(1, 5)
    extra = [kind for kind, share in (("SENSITIVE", 0.05), ("BANK_ACCOUNT", 0.02), ("MY_NUMBER", 0.01))
             if rng.random() < share]
    people = [_person(rng.randrange(STAFF)) for _ in range(size)]
    findings = [f for row, p in enumerate(people, start=2) for f in _findings(p, row, extra)]
    return ObjectRecord(uri=uri, kind="file", format="xlsx", size=1000, mtime=1.7e9, findings=findings,
                        personal_rows=size, subjects=[_subject(p, extra, row) for row, p in enumerate(people, 2)])


def build(db: Path, objects: int) -> float:
    started = time.perf_counter()
    inventory = Inventory(open_inventory(db), load_or_create_key())
    rng = random.Random(7)
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "bench")
    per_folder = max(objects // 100, 1)
    with inventory.batch(max_objects=2000, max_seconds=5.0):
        for n in range(objects):
            folder = n // per_folder
            uri = f"{DEPARTMENTS[folder // 10 % 10]}/{folder % 10:02d}/file{n:06d}.xlsx"
            inventory.record(scan_id, ROOT, seal(_object(uri, rng), inventory.key))  # as a worker hands it over
    inventory.finish_scan(scan_id, [Scope(ROOT)])
    return time.perf_counter() - started


def timed(function, runs: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def measure(db: Path, work: Path) -> list[tuple[str, int, float, int]]:
    """(what, objects in the set, median seconds, people estimated)."""
    from scanner.app.impact import ImpactRequest, assess

    listing = work / "laptop.txt"
    names = [row[0] for row in open_inventory(db).execute("select uri from objects order by random() limit 1000")]
    listing.write_text("\n".join(f"{ROOT}/{name}" for name in names), encoding="utf-8")
    cases = [("department folder", [f"{ROOT}/総務"], None), ("subfolder", [f"{ROOT}/総務/03"], None),
             ("whole share", [ROOT], None), ("list of 1,000 files", [], listing)]
    rows = []
    for what, places, list_file in cases:
        seconds, result = timed(lambda: assess(ImpactRequest(str(db), tuple(places), list_file)))
        rows.append((what, result.impact.selection.objects, seconds, result.impact.people.estimate))
    return rows


def command_seconds(db: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "scanner.cli", "impact", f"{ROOT}/総務", "--db", str(db), "--format", "json"],
                   check=True, capture_output=True, cwd=Path(__file__).resolve().parent.parent,
                   env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the inventory here")
    args = parser.parse_args()
    work = work_directory(args.keep, "impact-")
    db = work / "inventory.db"
    if not db.exists():
        print(f"built {args.objects:,} objects in {build(db, args.objects):.0f} s")
    print("| set | objects | median of 3 | people (estimate) |\n|---|---|---|---|")
    for what, objects, seconds, people in measure(db, work):
        print(f"| {what} | {objects:,} | {seconds:.2f} s | {people:,} |")
    print(f"| `daicho impact` as a new process, department folder | | {command_seconds(db):.2f} s | |")


if __name__ == "__main__":
    main()
