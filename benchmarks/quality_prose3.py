"""Precision / recall of SENSITIVE per 要配慮 category in office prose (issue 12, prose3):
appraisal comments, a doctor's half-sentence findings, 賞罰 lines and drivers' offences,
victims of crime in reports and memos, convictions and stances, check-up lists; the
development corpus the rules are tuned on (benchmarks/corpus_prose3_dev.py) and the check
corpus of another author (benchmarks/corpus_prose3_check.py).

    .venv/bin/python benchmarks/quality_prose3.py [--corpus dev|check|both] [--docs 56] [--seed 2026] [--errors]

Built, scanned and scored as benchmarks/quality_beliefs.py does (its functions).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_prose3_check, corpus_prose3_dev, quality_beliefs  # noqa: E402

MAKERS = {"dev": corpus_prose3_dev.DevDocuments, "check": corpus_prose3_check.CheckDocuments}


def main() -> None:
    quality_beliefs.cli(MAKERS, 56)


if __name__ == "__main__":
    main()
