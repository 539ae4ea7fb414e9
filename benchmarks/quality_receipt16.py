"""Precision / recall of HEALTH_INSURANCE_NUMBER, DATE_OF_BIRTH, MY_NUMBER and PERSON on the
two corpora of issue 12's receipt16 work (claims exports): benchmarks/corpus_receipt16_dev.py
(the rules are tuned on it) and benchmarks/corpus_receipt16_check.py (another writer: no
template or word list in common), with look-alikes flagged (a claim's key passing the My
Number check) and false findings per clean file.

    .venv/bin/python benchmarks/quality_receipt16.py [--corpus dev|check|both] [--docs 24]
                                                   [--negatives 8] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402


def main() -> None:
    args = dev_check_arguments(24)
    from benchmarks.corpus_receipt16_check import CheckReceipt16
    from benchmarks.corpus_receipt16_dev import DevReceipt16

    report({"dev": ("development (corpus_receipt16_dev)", DevReceipt16),
            "check": ("check (corpus_receipt16_check)", CheckReceipt16)}, args,
           "a claim's key passing the My Number check")


if __name__ == "__main__":
    main()
