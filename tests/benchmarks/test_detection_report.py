"""End to end: corpus 2 written, read by `daicho check` (the whole process), its
output scored and tabled; every finding and every planted value counted once. And
the report's choice of corpus (28, the held-out set, unless told 2 to 27), named in its table."""

from __future__ import annotations

import sys
from collections import Counter

import pytest

import benchmarks.corpus10 as corpus10
import benchmarks.corpus11 as corpus11
import benchmarks.corpus12 as corpus12
import benchmarks.corpus13 as corpus13
import benchmarks.corpus14 as corpus14
import benchmarks.corpus15 as corpus15
import benchmarks.corpus16 as corpus16
import benchmarks.corpus17 as corpus17
import benchmarks.corpus23 as corpus23
import benchmarks.corpus24 as corpus24
import benchmarks.corpus25 as corpus25
import benchmarks.corpus26 as corpus26
import benchmarks.corpus27 as corpus27
import benchmarks.corpus28 as corpus28
import benchmarks.corpus2 as corpus2
import benchmarks.corpus3 as corpus3
import benchmarks.corpus4 as corpus4
import benchmarks.corpus5 as corpus5
import benchmarks.corpus6 as corpus6
import benchmarks.corpus7 as corpus7
import benchmarks.corpus8 as corpus8
import benchmarks.corpus9 as corpus9
from benchmarks.corpus2 import write
from benchmarks.detection_report import arguments, figures_of, side_by_side
from benchmarks.scoring.records import read_findings, read_truth
from benchmarks.scoring.run import daicho_check
from benchmarks.scoring.score import score


@pytest.mark.slow
def test_daicho_check_on_corpus2_is_scored_end_to_end(tmp_path):
    tree, truth_path = write(tmp_path, scale=0.05)
    truth = read_truth(truth_path)
    findings, unread = read_findings(daicho_check(tree, tmp_path / "findings.jsonl"), truth)
    result = score(truth, findings, unread)
    assert len(findings) > 100
    assert all(f.path.split("!", 1)[0] in truth.files for f in findings)
    planted = Counter(i.entity_type for i in truth.items if not i.negative and not i.optional)
    for entity, count in planted.items():
        assert result.rows[entity]["found"] + result.rows[entity]["missed"] == count, entity
    entity_rows = [row for name, row in result.rows.items() if "/" not in name and "(" not in name]
    assert sum(row["right"] + row["wrong"] for row in entity_rows) + result.ignored == len(findings)
    table = side_by_side({"PERSON": (1.0, 1.0, 1.0)}, figures_of(result), (0.5, 0.5, 0.5))
    assert "| PERSON | 1.000 | 1.000 | 1.000 |" in table and "| all types (micro) |" in table


@pytest.mark.parametrize("argv, corpus, seed, title", [
    ([], "28", corpus28.DEFAULT_SEED, "corpus 28 (eval)"),
    (["--corpus", "27"], "27", corpus27.DEFAULT_SEED, "corpus 27 (dev)"),
    (["--corpus", "26"], "26", corpus26.DEFAULT_SEED, "corpus 26 (dev)"),
    (["--corpus", "25"], "25", corpus25.DEFAULT_SEED, "corpus 25 (dev)"),
    (["--corpus", "24"], "24", corpus24.DEFAULT_SEED, "corpus 24 (dev)"),
    (["--corpus", "23"], "23", corpus23.DEFAULT_SEED, "corpus 23 (dev)"),
    (["--corpus", "17"], "17", corpus17.DEFAULT_SEED, "corpus 17 (dev)"),
    (["--corpus", "16"], "16", corpus16.DEFAULT_SEED, "corpus 16 (dev)"),
    (["--corpus", "15"], "15", corpus15.DEFAULT_SEED, "corpus 15 (dev)"),
    (["--corpus", "14"], "14", corpus14.DEFAULT_SEED, "corpus 14 (dev)"),
    (["--corpus", "13"], "13", corpus13.DEFAULT_SEED, "corpus 13 (dev)"),
    (["--corpus", "12"], "12", corpus12.DEFAULT_SEED, "corpus 12 (dev)"),
    (["--corpus", "11"], "11", corpus11.DEFAULT_SEED, "corpus 11 (dev)"),
    (["--corpus", "10"], "10", corpus10.DEFAULT_SEED, "corpus 10 (dev)"),
    (["--corpus", "9"], "9", corpus9.DEFAULT_SEED, "corpus 9 (dev)"),
    (["--corpus", "8"], "8", corpus8.DEFAULT_SEED, "corpus 8 (dev)"),
    (["--corpus", "7"], "7", corpus7.DEFAULT_SEED, "corpus 7 (dev)"),
    (["--corpus", "6"], "6", corpus6.DEFAULT_SEED, "corpus 6 (dev)"),
    (["--corpus", "5"], "5", corpus5.DEFAULT_SEED, "corpus 5 (dev)"),
    (["--corpus", "2"], "2", corpus2.DEFAULT_SEED, "corpus 2 (dev)"),
    (["--corpus", "3"], "3", corpus3.DEFAULT_SEED, "corpus 3 (dev)"),
    (["--corpus", "4"], "4", corpus4.DEFAULT_SEED, "corpus 4 (dev)"),
    (["--corpus", "4", "--seed", "5"], "4", 5, "corpus 4 (dev)"),
])
def test_the_report_takes_corpus_25_by_default_and_names_it_in_the_table(monkeypatch, argv, corpus, seed, title):
    monkeypatch.setattr(sys, "argv", ["detection_report.py", *argv])
    args = arguments()
    assert (args.corpus, args.seed) == (corpus, seed)
    table = side_by_side({"PERSON": (1.0, 1.0, 1.0)}, {"PERSON": (0.5, 0.5, 0.5)}, None, args.corpus)
    assert f"| {title} P |" in table.splitlines()[0]
