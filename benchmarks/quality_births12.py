"""Precision / recall of DATE_OF_BIRTH over the matrix of issue 12's births12 work: file
formats × where a birth's label stands × the date's shape, beside the other dates of the
same documents (look-alikes flagged) and clean files. benchmarks/corpus_births12_dev.py
(tuned on) and benchmarks/corpus_births12_check.py (another hand, nothing in common,
never tuned on).

    .venv/bin/python benchmarks/quality_births12.py [--corpus dev|check|both] [--docs 70]
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
    from benchmarks.corpus_births12_check import CheckBirths12
    from benchmarks.corpus_births12_dev import DevBirths12

    report({"dev": ("development (corpus_births12_dev)", DevBirths12),
            "check": ("check (corpus_births12_check)", CheckBirths12)}, args, "other dates of the same documents read as births")


if __name__ == "__main__":
    main()
