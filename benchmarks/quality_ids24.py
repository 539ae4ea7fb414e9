"""Precision / recall of MY_NUMBER, CREDIT_CARD, RESIDENCE_CARD, DATE_OF_BIRTH and
BANK_ACCOUNT on the two corpora of issue 12's ids24 work (identifiers read by where they
stand: a fixed-width record pushed right, a headerless card column, a gloss after a name,
a birth after a document's number, rows parted by full-width slashes or bars):
benchmarks/corpus_ids24_dev.py (the rules are tuned on it) and
benchmarks/corpus_ids24_check.py (another writer: no template or word list in
common), with look-alikes flagged (an order number passing the My Number check) and
false findings per clean file.

    .venv/bin/python benchmarks/quality_ids24.py [--corpus dev|check|both] [--docs 40]
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
    args = dev_check_arguments(40)
    from benchmarks.corpus_ids24_check import CheckIds24
    from benchmarks.corpus_ids24_dev import DevIds24

    report({"dev": ("development (corpus_ids24_dev)", DevIds24),
            "check": ("check (corpus_ids24_check)", CheckIds24)}, args,
           "an order number passing the My Number check")


if __name__ == "__main__":
    main()
