"""PERSON on real Japanese prose: the Wikipedia development set kept in shared/.

    .venv/bin/python benchmarks/wiki_person.py [--data DIR] [--half A|B|A1|A2] [--errors] [--kinds]

Reads shared/data/wiki-ner-dev (54 files of Wikipedia sentences with every person's
name marked, and names of companies, places and works marked as negatives; from
stockmarkteam/ner-wikipedia-dataset v2.0 by Stockmark Inc. and the Wikipedia
contributors, CC-BY-SA 3.0) where it lies, beside the checkout: nothing of it is
copied into this repository. Scores as shared/hooks/wiki_person_score.py does: a
finding is right when it shares the line and two characters in a row (or one
contains the other) with a marked name; each finding counts once, each name is
found once. Prints precision, recall, F1 and the detector's characters per CPU
second on this text (model load excluded), and the share of marked non-person names
(companies, places, works) reported as PERSON ("look-alikes flagged", a wrong finding
that matches one on its line). --half A keeps the files at even positions of the sorted
list (wiki_ner_000, 002, …), --half B the odd ones: rules are tuned on A, B is the
check. --half A1 and A2 split A again by alternate files (000, 004 … and 002, 006 …):
design on A1, keep a change only if A2 agrees, before B is run. --half B1 and B2
split B the same way (001, 005 … and 003, 007 …): prose7 designed on B1, B2 its check.
--errors lists what was missed, what was wrongly reported and which look-alikes
were flagged (names of public figures and things from the data set). --kinds counts
the look-alikes flagged by the kind the data set gives them (NE_CORPORATION,
NE_LOCATION, …): totals only, so it may be run on the check half too.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import time
from collections import Counter
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def default_data() -> Path:
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared/data/wiki-ner-dev").is_dir():
            return base / "shared/data/wiki-ner-dev"
    return REPO.parent / "shared/data/wiki-ner-dev"


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def same_name(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a in b or b in a or any(a[i:i + 2] in b for i in range(len(a) - 1)))


def load_truth(data: Path, negatives: bool = False) -> dict[tuple[str, int], list[str]]:
    """Names of people by (file, line); with negatives, the marked non-person names."""
    truth: dict[tuple[str, int], list[str]] = {}
    for line in (data / "truth.jsonl").open(encoding="utf-8"):
        item = json.loads(line)
        if item.get("record") != "item" or bool(item.get("negative")) != negatives:
            continue
        if negatives or item.get("entity_type") == "PERSON":
            truth.setdefault((Path(item["path"]).name, item["line"]), []).append(item["value"])
    return truth


def load_kinds(data: Path) -> dict[tuple[str, int, str], str]:
    """The kind (NE_CORPORATION, NE_LOCATION …) of each marked non-person name by (file, line, value)."""
    kinds = {}
    for line in (data / "truth.jsonl").open(encoding="utf-8"):
        item = json.loads(line)
        if item.get("record") == "item" and item.get("negative"):
            kinds[(Path(item["path"]).name, item["line"], item["value"])] = item["entity_type"]
    return kinds


def print_kinds(data: Path, lookalikes: list[tuple[str, int, str]], negatives: dict) -> None:
    """Look-alikes flagged per kind of non-person name, of how many of that kind."""
    kinds = load_kinds(data)
    totals = Counter(kinds.get((name, line, value), "?") for (name, line), values in negatives.items()
                     for value in values)
    flags = Counter(kinds.get(item, "?") for item in lookalikes)
    for kind, total in sorted(totals.items()):
        print(f"  {kind:<18} {flags[kind]:>3} of {total:>4} ({flags[kind] / max(1, total):.3f})")


def half(files: list[Path], which: str | None) -> list[Path]:
    """A fixed split of the sorted files: A the even positions, B the odd ones;
    A1 and A2 the even and odd positions within A (wiki_ner_000, 004 … and 002, 006 …)."""
    if which is None:
        return files
    chosen = files["AB".index(which[0])::2]
    return chosen if len(which) == 1 else chosen[int(which[1]) - 1::2]


def flagged(wrong: list[tuple[str, int, str]], negatives: dict[tuple[str, int], list[str]]) -> list[tuple[str, int, str]]:
    """The look-alikes (file, line, value) that a wrong finding on their line matches."""
    hits = set()
    for name, line, text in wrong:
        hits.update((name, line, value) for value in negatives.get((name, line), []) if same_name(value, text))
    return sorted(hits)


def detect_all(detector, files: list[Path]) -> tuple[list[tuple[str, int, str]], int, float]:
    """(file, line, text) of each PERSON finding, the characters read, CPU seconds."""
    found, chars, cpu = [], 0, 0.0
    for path in files:
        text = path.read_text(encoding="utf-8")
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        began = time.process_time()
        detections = detector.detect(text)
        cpu += time.process_time() - began
        chars += len(text)
        found += [(path.name, bisect.bisect_right(starts, d.start), d.text)
                  for d in detections if d.entity_type == "PERSON"]
    return found, chars, cpu


def score(found: list[tuple[str, int, str]], truth: dict[tuple[str, int], list[str]]):
    """(precision, recall, F1, wrong findings, missed names)."""
    hit, right, wrong = set(), 0, []
    for name, line, text in found:
        matches = [i for i, value in enumerate(truth.get((name, line), [])) if same_name(value, text)]
        hit.update(((name, line), i) for i in matches)
        right += bool(matches)
        if not matches:
            wrong.append((name, line, text))
    total = sum(len(values) for values in truth.values())
    missed = [(key, value) for key, values in truth.items() for i, value in enumerate(values) if (key, i) not in hit]
    precision = right / len(found) if found else 0.0
    recall = len(hit) / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, wrong, missed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=default_data())
    parser.add_argument("--half", choices=("A", "B", "A1", "A2", "B1", "B2"),
                        help="A: sorted files at even positions (tuning), B: odd (check); A1/A2: A's even/odd")
    parser.add_argument("--errors", action="store_true", help="list misses, wrong findings, look-alikes flagged")
    parser.add_argument("--kinds", action="store_true", help="look-alikes flagged by kind (totals only)")
    args = parser.parse_args()
    from detectors import Detector, build_analyzer, load_ja_nlp

    detector = Detector(build_analyzer(load_ja_nlp()))
    files = half(sorted((args.data / "docs").glob("*.txt")), args.half)
    detect_all(detector, files[:2])  # warm
    found, chars, cpu = detect_all(detector, files)
    names = {path.name for path in files}
    truth = {key: values for key, values in load_truth(args.data).items() if key[0] in names}
    negatives = {key: values for key, values in load_truth(args.data, True).items() if key[0] in names}
    precision, recall, f1, wrong, missed = score(found, truth)
    lookalikes = flagged(wrong, negatives)
    if args.errors:
        for name, line, text in wrong:
            print(f"WRONG {name}:{line} {text}")
        for (name, line), value in missed:
            print(f"MISS  {name}:{line} {value}")
        for name, line, value in lookalikes:
            print(f"FLAG  {name}:{line} {value}")
    total_negatives = sum(map(len, negatives.values()))
    print(f"PERSON on {len(files)} files of Wikipedia prose ({sum(map(len, truth.values()))} names): "
          f"precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} ({len(found)} findings)")
    print(f"look-alikes flagged: {len(lookalikes) / max(1, total_negatives):.3f} "
          f"({len(lookalikes)} of {total_negatives} non-person names)")
    if args.kinds:
        print_kinds(args.data, lookalikes, negatives)
    print(f"detection, one core: {chars / cpu:,.0f} chars/s ({chars:,} chars, {cpu:.2f} s CPU)")


if __name__ == "__main__":
    main()
