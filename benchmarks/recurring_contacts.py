"""How often the development corpora's contact values recur across a folder's files, true
values against look-alikes: the measure behind inventory/own_contacts.py's RECURRING_IN
(issue 12, recur25).

    .venv/bin/python benchmarks/recurring_contacts.py OUT [--corpora 7-24] [--k 3] [--scope folder|top] [--elsewhere]

OUT is benchmarks/dev_corpora.py's folder (OUT/cNN/truth.jsonl; a corpus missing there is
written into it). Contacts are PHONE, EMAIL, POSTAL_CODE, ADDRESS and BANK_ACCOUNT items of
the truth (optional ones aside), a value compared by its letters and digits alone; its
scope is the folder holding its file (or the top folder under the corpus's root).
--elsewhere (share28): of the one-holder contacts (an address with a number) recurring in k files
of a folder, the items of the same value standing in another folder, fewer than k times there,
counted by where that folder is (the same top folder, another) — what
inventory.own_contacts.own_elsewhere would take.
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


def elsewhere(records: list[dict], k: int) -> Counter:
    """Counts of (role, "same top folder" or "another top folder") over the items of a value
    recurring in k files of another folder and fewer here (see the module)."""
    items = [r for r in records if r.get("record") == "item" and r["entity_type"] in CONTACTS - {"POSTAL_CODE"}
             and not r.get("optional") and (r["entity_type"] != "ADDRESS" or re.search(r"[0-9０-９]", r.get("value", "")))]
    files: dict[tuple, set[str]] = defaultdict(set)
    for r in items:
        files[scope(r["path"], False), r["entity_type"], _NOT_A_LETTER.sub("", r["value"])].add(r["path"].split("!", 1)[0])
    proven: dict[tuple, set[str]] = defaultdict(set)
    for (folder, entity_type, value), found_in in files.items():
        if len(found_in) >= k:
            proven[entity_type, value].add(folder)
    counts: Counter = Counter()
    for r in items:
        folder, key = scope(r["path"], False), (r["entity_type"], _NOT_A_LETTER.sub("", r["value"]))
        if folder in proven.get(key, ()) or not proven.get(key):
            continue
        top = folder.split("/", 1)[0]
        where = "same top folder" if folder and any(other.split("/", 1)[0] == top for other in proven[key]) \
            else "another top folder"
        counts["look-alike" if r.get("negative") else "true", where] += 1
    return counts


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
    parser.add_argument("--elsewhere", action="store_true")
    args = parser.parse_args()
    if args.elsewhere:
        print_elsewhere(args)
        return
    total: Counter = Counter()
    for number in development(args.corpora):
        counts = recurrence(truth_of(number, args.out), args.k, args.scope == "top")
        total += counts
        print(f"corpus {number}: true values recurring {counts['true', True]} of {counts['true', True] + counts['true', False]}, "
              f"look-alikes {counts['look-alike', True]} of {counts['look-alike', True] + counts['look-alike', False]}")
    print(f"all: true values {total['true', True]} of {total['true', True] + total['true', False]}, "
          f"look-alikes {total['look-alike', True]} of {total['look-alike', True] + total['look-alike', False]}")


def print_elsewhere(args: argparse.Namespace) -> None:
    total: Counter = Counter()
    for number in development(args.corpora):
        counts = elsewhere(truth_of(number, args.out), args.k)
        total += counts
        print(f"corpus {number}: {dict(sorted(counts.items()))}")
    print(f"all: {dict(sorted(total.items()))}")


if __name__ == "__main__":
    main()
