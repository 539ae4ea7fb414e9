"""Precision / recall of SENSITIVE per 要配慮 category on the third round of issue
12's health and victim corpora: the development corpus the rules are tuned on
(benchmarks/corpus_health3_dev.py, an occupational-health office's follow-up and
result sheets, interview, incident and service-desk records) and the check corpus of
another author (benchmarks/corpus_health3_check.py, CP932 CSV exports, a vertical
result sheet, a Word accident form, theft notes and a call centre's log), each with
documents about no one.

    .venv/bin/python benchmarks/quality_health3.py [--corpus dev|check|both] [--docs 54] [--seed 2026] [--errors]

Built, scanned and scored as benchmarks/quality_beliefs.py does (its functions):
category and overlapping text in the same document; a finding on an optional value
(a normal or last year's check-up value) counts neither way.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_health3_check, corpus_health3_dev, quality_beliefs  # noqa: E402

MAKERS = {"dev": corpus_health3_dev.DevDocuments, "check": corpus_health3_check.CheckDocuments}


def main() -> None:
    quality_beliefs.cli(MAKERS, 54)


if __name__ == "__main__":
    main()
