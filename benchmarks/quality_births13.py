"""Precision / recall of DATE_OF_BIRTH over the matrix of issue 12's births13 work: file
formats × where a birth's label stands × the date's shape, beside the other dates of the
same documents (look-alikes flagged) and clean files. benchmarks/corpus_births13_dev.py
(tuned on) and benchmarks/corpus_births13_check.py (another hand, nothing in common,
never tuned on).

    .venv/bin/python benchmarks/quality_births13.py [--corpus dev|check|both] [--docs 70]
                                                    [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402


def main() -> None:
    args = dev_check_arguments(70)
    from benchmarks.corpus_births13_check import CheckBirths13
    from benchmarks.corpus_births13_dev import DevBirths13

    report({"dev": ("development (corpus_births13_dev)", DevBirths13),
            "check": ("check (corpus_births13_check)", CheckBirths13)}, args, "other dates of the same documents read as births")


if __name__ == "__main__":
    main()
