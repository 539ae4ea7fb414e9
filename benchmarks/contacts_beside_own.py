"""What stands beside an organisation's own contact, and what else recurs, in the development
corpora's truth: the measures behind inventory/own_postcodes.py (issue 12, share26).

    .venv/bin/python benchmarks/contacts_beside_own.py PREFIX [--corpora 7-25]

PREFIX is a scored run's prefix (PREFIX_cNN/truth.jsonl, findings.jsonl, errors.txt, as
/work/prompts/devall.sh or benchmarks/dev_corpora.py write them). A truth item without a
location takes the location of a finding of its file, type and value. Three counts, true
values against look-alikes, with ties to people left aside (the truth holds none):

- beside: contact items on the line of, or a line next to, a one-holder contact recurring in
  3 files of its folder (inventory.own_contacts), by type;
- within: contact items repeated in one object (a letterhead on every page, a quoted
  thread), and the look-alikes flagged so (FALSE lines of one value in one file);
- names: PERSON items recurring in 3 files of a folder, with or without a true value of
  another type on their line, and the FALSE PERSON lines whose value recurs so.
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

from benchmarks.dev_corpora import development  # noqa: E402
from inventory.own_contacts import RECURRING_IN, names_one_holder  # noqa: E402
from inventory.own_postcodes import line_of  # noqa: E402

CONTACTS = {"PHONE", "EMAIL", "POSTAL_CODE", "ADDRESS", "BANK_ACCOUNT"}
_NOT_A_LETTER = re.compile(r"[\W_〒]")


def _letters(value: str) -> str:
    return _NOT_A_LETTER.sub("", value or "")


def _file(path: str) -> str:
    return path.split("!", 1)[0]


def located(truth: list[dict], findings: list[dict]) -> list[dict]:
    """The truth's items (optional ones aside), each with a location where a finding tells it."""
    where = {}
    for f in findings:
        where.setdefault((f["path"], f["entity_type"], _letters(f.get("text"))), f["location"])
    items = [dict(r) for r in truth if r.get("record") == "item" and not r.get("optional")]
    for r in items:
        if not r.get("location"):
            r["location"] = where.get((r["path"], r["entity_type"].split("/")[0], _letters(r["value"])))
    return items


def _role(item: dict) -> str:
    return "look-alike" if item.get("negative") else "true"


def _recurring(items: list[dict], types: set[str]) -> dict[tuple, set[str]]:
    files: dict[tuple, set[str]] = defaultdict(set)
    for r in items:
        if r["entity_type"] in types:
            files[posixpath.dirname(_file(r["path"])), r["entity_type"], _letters(r["value"])].add(_file(r["path"]))
    return files


def beside(items: list[dict]) -> Counter:
    """(role, type) of contact items next to a recurring one-holder contact of their object."""
    files = _recurring(items, CONTACTS)
    key = {id(r): (posixpath.dirname(_file(r["path"])), r["entity_type"], _letters(r["value"])) for r in items}
    own = {id(r) for r in items if r["entity_type"] in CONTACTS and names_one_holder(r["entity_type"], r["value"])
           and len(files[key[id(r)]]) >= RECURRING_IN and r.get("location")
           and not r["location"].startswith("header")}
    own_lines: dict[str, set] = defaultdict(set)
    for r in items:
        if id(r) in own and (line := line_of(r["location"])):
            own_lines[r["path"]].add(line)
    counts: Counter = Counter()
    for r in items:
        line = line_of(r.get("location") or "")
        if r["entity_type"] in CONTACTS and id(r) not in own and line and any(
                block == line[0] and abs(at - line[1]) <= 1 for block, at in own_lines[r["path"]]):
            counts[_role(r), r["entity_type"]] += 1
    return counts


def false_lines(errors: list[str], types: set[str]) -> list[tuple[str, str, str]]:
    """(path, type, value) of the FALSE lines of the given types."""
    found = []
    for line in errors:
        for entity_type in types:
            if line.startswith("FALSE ") and f" {entity_type} " in line:
                left, value = line.rstrip("\n").split(f" {entity_type} ", 1)
                found.append((left.split(" ")[1], entity_type, _letters(value)))
    return found


def within(items: list[dict], errors: list[str]) -> Counter:
    """(role, repeated) of contact items repeated in one object; and the FALSE lines so."""
    times = Counter((r["path"], r["entity_type"], _letters(r["value"])) for r in items if r["entity_type"] in CONTACTS)
    counts = Counter((_role(r), "repeated in its object") for r in items if r["entity_type"] in CONTACTS
                     and times[r["path"], r["entity_type"], _letters(r["value"])] >= 2)
    flagged = Counter(false_lines(errors, CONTACTS))
    counts["flagged look-alike lines", "repeated in their file"] = sum(n for n in flagged.values() if n >= 2)
    return counts


def names(items: list[dict], errors: list[str]) -> Counter:
    """(role, with a value on its line or bare) of PERSON items recurring in a folder's files."""
    lines_with_data: dict[str, set] = defaultdict(set)
    for r in items:
        if r["entity_type"] != "PERSON" and not r.get("negative") and (line := line_of(r.get("location") or "")):
            lines_with_data[r["path"]].add(line)
    files = _recurring(items, {"PERSON"})
    key = {id(r): (posixpath.dirname(_file(r["path"])), "PERSON", _letters(r["value"])) for r in items}
    with_data = {key[id(r)] for r in items if r["entity_type"] == "PERSON"
                 and line_of(r.get("location") or "") in lines_with_data[r["path"]]}
    counts = Counter((_role(r), "with data" if key[id(r)] in with_data else "bare") for r in items
                     if r["entity_type"] == "PERSON" and len(files[key[id(r)]]) >= RECURRING_IN)
    flagged = false_lines(errors, {"PERSON"})
    seen: dict[tuple, set[str]] = defaultdict(set)
    for path, _, value in flagged:
        seen[posixpath.dirname(_file(path)), value].add(_file(path))
    counts["flagged lines", "value recurring"] = sum(
        1 for path, _, value in flagged if len(seen[posixpath.dirname(_file(path)), value]) >= RECURRING_IN)
    counts["flagged lines", "all"] = len(flagged)
    return counts


def _read(folder: Path) -> tuple[list[dict], list[str]]:
    def rows(name: str) -> list[dict]:
        return [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    errors = (folder / "errors.txt").read_text(encoding="utf-8").splitlines() if (folder / "errors.txt").exists() else []
    return located(rows("truth.jsonl"), rows("findings.jsonl")), errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("prefix")
    parser.add_argument("--corpora", default="7-25")
    args = parser.parse_args()
    totals: dict[str, Counter] = {"beside": Counter(), "within": Counter(), "names": Counter()}
    for number in development(args.corpora):
        items, errors = _read(Path(f"{args.prefix}_c{number}"))
        for name, counts in (("beside", beside(items)), ("within", within(items, errors)), ("names", names(items, errors))):
            totals[name] += counts
            print(f"corpus {number} {name}: " + ", ".join(f"{' '.join(k)} {v}" for k, v in sorted(counts.items()) if v))
    for name, counts in totals.items():
        print(f"all {name}: " + ", ".join(f"{' '.join(k)} {v}" for k, v in sorted(counts.items()) if v))


if __name__ == "__main__":
    main()
