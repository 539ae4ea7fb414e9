"""How well daicho answers "whose data is where" on the people share
(benchmarks/people_share): the share scanned end to end into an inventory, then

- 本人の数: the people count of the whole share and of each top folder
  (inventory.headcount: estimate and range) against the truth;
- locate: for each of the 50 employees, `daicho locate`'s application function
  asked by name + date of birth, and by name alone, each typed in a spelling
  variant where the person has one; recall (objects of the person found) and
  false hits (objects found that do not hold the person), identified hits and
  all hits (identified + name only) apart.

    .venv/bin/python benchmarks/people_accuracy.py [--seed 17] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.people_share import Truth, generate, work_directory  # noqa: E402
from benchmarks.people_share.people import Member  # noqa: E402


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    false: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def scan_share(root: Path, db: Path, detector) -> None:
    from inventory import Inventory, load_or_create_key, open_inventory
    from scanner.objects import ObjectScanner
    from scanner.pipeline import run_scan
    from scanner.workers.runners import InlineRunner

    inventory = Inventory(open_inventory(db), load_or_create_key())
    run_scan([str(root)], inventory, InlineRunner(ObjectScanner(detector), inventory.key))


def counts(db: Path, truth: Truth) -> list[tuple[str, int, object]]:
    """(folder, true people, headcount) for the share and each top folder."""
    from inventory import open_inventory
    from inventory.headcount import headcount

    conn = open_inventory(db).conn
    rows = []
    for folder in ["", *sorted({path.split("/")[0] for path in truth.objects})]:
        conn.execute("drop table if exists temp.chosen")
        conn.execute("create temp table chosen as select id from objects where uri like ?", [f"{folder}/%" if folder
                                                                                             else "%"])
        people = {i for path, ids in truth.objects.items() if path.startswith(folder) for i in ids}
        rows.append((folder or "(all)", len(people), headcount(conn, "temp.chosen")))
    return rows


def ask(db: Path, member: Member, rng: random.Random, with_birth: bool) -> dict[str, str]:
    from scanner.app.locate import LocateRequest, locate
    from scanner.person_query import PersonQuery

    query = PersonQuery(name=member.name(rng, space=rng.choice(["", " ", "\u3000"])),
                        birth=member.birth.isoformat() if with_birth else None)
    return {o.uri: o.match for o in locate(LocateRequest(str(db), query)).objects}


def measure_locate(db: Path, truth: Truth, with_birth: bool, seed: int) -> tuple[Tally, Tally]:
    """(identified hits, all hits) over the 50 employees."""
    rng = random.Random(seed)
    identified, every = Tally(), Tally()
    for member in truth.employees:
        expected = truth.objects_of(member.id)
        hits = ask(db, member, rng, with_birth)
        for tally, found in ((identified, {u for u, m in hits.items() if m == "identified"}), (every, set(hits))):
            tally.expected += len(expected)
            tally.found += len(expected & found)
            tally.false += len(found - expected)
    return identified, every


def run(work: Path, seed: int, detector=None) -> dict:
    truth = generate(work / "share", seed)
    if detector is None:
        from scanner.app.lazy_detector import build_detector
        detector = build_detector()
    db = work / "inventory.db"
    scan_share(work / "share", db, detector)
    return {"truth": truth, "db": db, "counts": counts(db, truth),
            "locate_birth": measure_locate(db, truth, True, seed),
            "locate_name": measure_locate(db, truth, False, seed)}


def report(results: dict) -> list[str]:
    lines = ["| folder | true people | estimate | range | error |", "|---|---|---|---|---|"]
    for folder, true, people in results["counts"]:
        error = (people.estimate - true) / true if true else 0.0
        lines.append(f"| {folder} | {true} | {people.estimate} | {people.low}–{people.high} | {error:+.1%} |")
    lines += ["", "| locate by | hits | recall | false hits |", "|---|---|---|---|"]
    for name, key in (("name + date of birth", "locate_birth"), ("name only", "locate_name")):
        identified, every = results[key]
        lines.append(f"| {name} | identified | {identified.recall:.3f} ({identified.found}/{identified.expected})"
                     f" | {identified.false} |")
        lines.append(f"| {name} | identified + name only | {every.recall:.3f} ({every.found}/{every.expected})"
                     f" | {every.false} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--keep", type=Path, help="keep the share and inventory here")
    args = parser.parse_args()
    print("\n".join(report(run(work_directory(args.keep, "people-"), args.seed))))


if __name__ == "__main__":
    main()
