"""Score `daicho check --show-values --format jsonl` findings against planted truth.

    .venv/bin/python benchmarks/score_findings.py --truth OUT/truth.jsonl --tree OUT/tree
    .venv/bin/python benchmarks/score_findings.py --truth OUT/truth.jsonl --findings f.jsonl [--errors]
    .venv/bin/python benchmarks/score_findings.py --wiki [--wiki-dir ../shared/data/wiki-ner-dev] [--half A|B]

With --tree (and no --findings) it runs `daicho check TREE` itself. --wiki scores the
wiki development set (PERSON on real prose; CC-BY-SA, read where it lies) and gives
the figure /work/shared/hooks/wiki_person_score.py gives; --half A or B scores one
half of it, as benchmarks/wiki_person.py splits it (A: the sorted files at even
positions, tuned on; B: the odd ones, the check): its files are copied to a temporary
folder for the run and removed after it.

Matching (benchmarks/scoring/values.py, score.py): identifiers by their letters
and digits after NFKC without separators; phones by digits; dates of birth by the
calendar date (和暦 and Western); names, addresses and 要配慮 phrases by overlapping
text in the same object — one contains the other, or both share two or more
consecutive characters after NFKC and whitespace removal, as the wiki hook does
for names — and, when the truth gives a place, in the same place (row of a sheet or
table, line, paragraph; the wiki set gives the line). SENSITIVE must also carry
the planted category (a row "any category" shows the span alone). A later partial
mention of a name already given in full (surname only) counts neither way, and so
does an optional value (a 本籍 reported as an address, a normal check-up value).
Precision is right findings over all findings; recall is found values over all
planted values; look-alikes (negatives) flagged and false positives per clean file
are shown below the table.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scoring.records import read_findings, read_truth  # noqa: E402
from benchmarks.scoring.run import daicho_check, wiki_dev_dir  # noqa: E402
from benchmarks.scoring.score import Score, score  # noqa: E402
from benchmarks.scoring.table import fmt, metrics, render, render_errors  # noqa: E402
from benchmarks.wiki_person import half  # noqa: E402


def score_files(truth_path: Path, findings_path: Path) -> Score:
    truth = read_truth(truth_path)
    findings, unread = read_findings(findings_path, truth)
    return score(truth, findings, unread)


def score_tree(truth_path: Path, tree: Path) -> Score:
    """Run `daicho check` on the tree and score what it prints."""
    with tempfile.TemporaryDirectory() as tmp:
        return score_files(truth_path, daicho_check(tree, Path(tmp) / "findings.jsonl"))


def score_wiki_half(wiki: Path, which: str) -> Score:
    """One half of the wiki set: its files and their truth in a temporary folder, scored."""
    files = half(sorted((wiki / "docs").glob("*.txt")), which)
    names = {path.name for path in files}
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        for path in files:
            shutil.copyfile(path, docs / path.name)
        records = (json.loads(line) for line in (wiki / "truth.jsonl").read_text(encoding="utf-8").splitlines() if line)
        kept = [r for r in records if r.get("record") == "meta" or Path(r.get("path", "")).name in names]
        truth = Path(tmp) / "truth.jsonl"
        truth.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
        return score_tree(truth, docs)


def wiki_line(result: Score) -> str:
    """The PERSON figure in the words of the wiki hook."""
    row = result.rows["PERSON"]
    p, r, f = metrics(row)
    return (f"PERSON on real prose (wiki-ner-dev, {row['found'] + row['missed']} names): precision {fmt(p)} "
            f"recall {fmt(r)} F1 {fmt(f)}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--truth", type=Path, help="truth.jsonl (records meta/file/item)")
    parser.add_argument("--findings", type=Path, help="output of daicho check --show-values --format jsonl")
    parser.add_argument("--tree", type=Path, help="the tree to run daicho check on when --findings is not given")
    parser.add_argument("--wiki", action="store_true", help="score the wiki development set (PERSON)")
    parser.add_argument("--wiki-dir", type=Path, default=None, help="default: ../shared/data/wiki-ner-dev")
    parser.add_argument("--half", choices="AB", help="with --wiki: A the sorted files at even positions, B the odd")
    parser.add_argument("--errors", action="store_true", help="list every miss and false finding")
    args = parser.parse_args(argv)
    if args.wiki:
        wiki = args.wiki_dir or wiki_dev_dir()
        args.truth, args.tree = wiki / "truth.jsonl", args.tree or wiki / "docs"
    if not args.truth or not (args.findings or args.tree):
        parser.error("give --truth with --findings or --tree (or --wiki)")
    if args.half and not (args.wiki and not args.findings):
        parser.error("--half goes with --wiki (and no --findings)")
    if args.half:
        result = score_wiki_half(args.wiki_dir or wiki_dev_dir(), args.half)
    else:
        result = score_files(args.truth, args.findings) if args.findings else score_tree(args.truth, args.tree)
    if args.wiki:
        print(wiki_line(result))
    print(render(result))
    if args.errors:
        print(render_errors(result))


if __name__ == "__main__":
    main()
