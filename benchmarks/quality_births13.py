"""Precision / recall of DATE_OF_BIRTH over the matrix of issue 12's births13 work: file
formats × where a label stands × whose day the date is (a birth, a death, a pair of both,
another day of a life), the deaths and other dates of the same documents as look-alikes,
and clean files. benchmarks/corpus_births13_dev.py (tuned on) and
benchmarks/corpus_births13_check.py (another hand, nothing in common).

    .venv/bin/python benchmarks/quality_births13.py [--corpus dev|check|both] [--docs 70]
                                                    [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_births13_check import CheckBirths13  # noqa: E402
from benchmarks.corpus_births13_dev import DevBirths13  # noqa: E402
from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402

CORPORA = {"dev": ("development (corpus_births13_dev)", DevBirths13),
           "check": ("check (corpus_births13_check)", CheckBirths13)}

if __name__ == "__main__":
    report(CORPORA, dev_check_arguments(70), "deaths and other dates of the same documents read as births")
