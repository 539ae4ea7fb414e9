"""Precision / recall of CREDIT_CARD, DRIVERS_LICENSE and HEALTH_INSURANCE_NUMBER on
the two corpora of issue 12's ids8 work: benchmarks/corpus_ids8_dev.py (the rules are
tuned on it) and benchmarks/corpus_ids8_check.py (other documents, labels and words;
no list in common), with look-alikes flagged (twelve digits passing the licence check
under another number's label, another number's 記号 and 番号, cards of stored value
passing Luhn) and false findings per clean file.

    .venv/bin/python benchmarks/quality_ids8.py [--corpus dev|check|both] [--docs 100]
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
    from benchmarks.corpus_ids8_check import CheckIds8
    from benchmarks.corpus_ids8_dev import DevIds8

    report({"dev": ("development (corpus_ids8_dev)", DevIds8),
            "check": ("check (corpus_ids8_check)", CheckIds8)}, args,
           "other numbers passing a licence's check, other 記号・番号, stored-value cards")


if __name__ == "__main__":
    main()
