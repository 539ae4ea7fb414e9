"""Precision / recall of DATE_OF_BIRTH, DRIVERS_LICENSE, HEALTH_INSURANCE_NUMBER and
PERSON on the two corpora of issue 12's ids7 work: benchmarks/corpus_ids7_dev.py (the
rules are tuned on it) and benchmarks/corpus_ids7_check.py (other documents, labels
and words; no list in common), with look-alikes flagged (animals' births, twelve
digits passing the licence check and eight passing the Luhn check under another
number's label) and false findings per clean file.

    .venv/bin/python benchmarks/quality_ids7.py [--corpus dev|check|both] [--docs 100]
                                              [--negatives 20] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402


def main() -> None:
    args = dev_check_arguments(100)
    from benchmarks.corpus_ids7_check import CheckIds7
    from benchmarks.corpus_ids7_dev import DevIds7

    report({"dev": ("development (corpus_ids7_dev)", DevIds7),
            "check": ("check (corpus_ids7_check)", CheckIds7)}, args,
           "animals' births, numbers passing a check under another number's label")


if __name__ == "__main__":
    main()
