"""How often the development corpora's contact values recur across a folder's files, true
values against look-alikes: the measure behind inventory/own_contacts.py's RECURRING_IN
(issue 12, recur25).

    .venv/bin/python benchmarks/recurring_contacts.py OUT [--corpora 7-24] [--k 3] [--scope folder|top]

OUT is benchmarks/dev_corpora.py's folder (OUT/cNN/truth.jsonl; a corpus missing there is
written into it). Contacts are PHONE, EMAIL, POSTAL_CODE, ADDRESS and BANK_ACCOUNT items of
the truth (optional ones aside), a value compared by its letters and digits alone; its
scope is the folder holding its file (or the top folder under the corpus's root).
"""

from __future__ import annotations

import argparse
import json
import posixpath
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.detection_report import CORPORA  # noqa: E402
from benchmarks.dev_corpora import development  # noqa: E402

CONTACTS = {"PHONE", "EMAIL", "POSTAL_CODE", "ADDRESS", "BANK_ACCOUNT"}
_NOT_A_LETTER = re.compile(r"[\W_]")


def scope(path: str, top: bool) -> str:
    file = path.split("!", 1)[0]
    return file.split("/", 1)[0] if top else posixpath.dirname(file)


def recurrence(records: list[dict], k: int, top: bool = False) -> Counter:
    """Counts of (role, recurs) over contact items: role "true" or "look-alike", recurs
    when its value stands in k files or more of its scope."""
    items = [r for r in records if r.get("record") == "item" and r["entity_type"] in CONTACTS
             and not r.get("optional")]
    key = {id(r): (scope(r["path"], top), r["entity_type"], _NOT_A_LETTER.sub("", r.get("value", ""))) for r in items}
    files: dict[tuple, set[str]] = defaultdict(set)
    for r in items:
        files[key[id(r)]].add(r["path"].split("!", 1)[0])
    return Counter(("look-alike" if r.get("negative") else "true", len(files[key[id(r)]]) >= k) for r in items)


def truth_of(number: str, out: Path) -> list[dict]:
    path = out / f"c{number}" / "truth.jsonl"
    if not path.exists():
        package = CORPORA[number][0]
        package.write(path.parent, package.DEFAULT_SEED, 1.0)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpora", default="7-24")
    parser.add_argument("--k", type=int, default=3)
    parser.add_argument("--scope", choices=("folder", "top"), default="folder")
    args = parser.parse_args()
    total: Counter = Counter()
    for number in development(args.corpora):
        counts = recurrence(truth_of(number, args.out), args.k, args.scope == "top")
        total += counts
        print(f"corpus {number}: true values recurring {counts['true', True]} of {counts['true', True] + counts['true', False]}, "
              f"look-alikes {counts['look-alike', True]} of {counts['look-alike', True] + counts['look-alike', False]}")
    print(f"all: true values {total['true', True]} of {total['true', True] + total['true', False]}, "
          f"look-alikes {total['look-alike', True]} of {total['look-alike', True] + total['look-alike', False]}")


if __name__ == "__main__":
    main()
