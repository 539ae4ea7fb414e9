"""Precision / recall of CREDIT_CARD on the two corpora of issue 12's cards13 work:
benchmarks/corpus_cards13_dev.py (the rules are tuned on it) and
benchmarks/corpus_cards13_check.py (other documents, labels and words; no list in
common), with look-alikes flagged (product codes, IMEIs, serials, request ids passing
Luhn with an issuer's prefix) and false findings per clean file.

    .venv/bin/python benchmarks/quality_cards13.py [--corpus dev|check|both] [--docs 100]
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
    from benchmarks.corpus_cards13_check import CheckCards13
    from benchmarks.corpus_cards13_dev import DevCards13

    report({"dev": ("development (corpus_cards13_dev)", DevCards13),
            "check": ("check (corpus_cards13_check)", CheckCards13)}, args,
           "long numbers passing Luhn with an issuer's prefix that are no card")


if __name__ == "__main__":
    main()
