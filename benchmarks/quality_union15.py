"""Precision / recall of SENSITIVE per 要配慮 category on union15's corpora (issue 12): 労働組合,
宗教 and 信条 said of a person, as a matrix of places (a roster led by the seat, a faith column, a
note's sentence, a pay sheet's dues) × what is a union's or another body's own (its letterhead,
signature, agreement's party, addressee; a co-operative's roll; a cemetery's 宗派 不問; a
wedding menu, a festival, a ground-breaking rite). The development corpus
(benchmarks/corpus_union15_dev.py) and the check corpus of another writer's habits
(benchmarks/corpus_union15_check.py), never tuned on.

    .venv/bin/python benchmarks/quality_union15.py [--corpus dev|check|both] [--docs 48] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does (findings on look-alike files per kind).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_union15_check, corpus_union15_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_union15_dev.DevDocuments, "check": corpus_union15_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 48, run)


if __name__ == "__main__":
    main()
