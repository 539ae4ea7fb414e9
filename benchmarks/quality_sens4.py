"""Precision / recall of SENSITIVE per 要配慮 category on sens4's corpora (issue 12): a
disease and its course in one clause, a check-up finding with its grade in the next
cell, victims and records in continuative verbs, protests, campaigning and faith told
by an act, notes and first-person answers tied to their subject; and files about no
one. The development corpus the rules were tuned on (benchmarks/corpus_sens4_dev.py)
and the check corpus of another author (benchmarks/corpus_sens4_check.py).

    .venv/bin/python benchmarks/quality_sens4.py [--corpus dev|check|both] [--docs 48] [--seed 2026] [--errors]

Built, scanned and scored as benchmarks/quality_beliefs.py does (its functions): the
category and overlapping text in the same document; findings in negative files counted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_sens4_check, corpus_sens4_dev, quality_beliefs  # noqa: E402

MAKERS = {"dev": corpus_sens4_dev.DevDocuments, "check": corpus_sens4_check.CheckDocuments}


def main() -> None:
    quality_beliefs.cli(MAKERS, 48)


if __name__ == "__main__":
    main()
