"""Precision / recall of MY_NUMBER and CREDIT_CARD on the two corpora of issue 12's
mynum9 work: benchmarks/corpus_mynum9_dev.py (the rules are tuned on it) and
benchmarks/corpus_mynum9_check.py (other documents, labels and words; no list in
common), with look-alikes flagged (other twelve-digit numbers passing the My Number
check, cards of stored value passing Luhn) and false findings per clean file.

    .venv/bin/python benchmarks/quality_mynum9.py [--corpus dev|check|both] [--docs 100]
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
    from benchmarks.corpus_mynum9_check import CheckMynum9
    from benchmarks.corpus_mynum9_dev import DevMynum9

    report({"dev": ("development (corpus_mynum9_dev)", DevMynum9),
            "check": ("check (corpus_mynum9_check)", CheckMynum9)}, args,
           "other numbers passing the My Number check, stored-value cards")


if __name__ == "__main__":
    main()
