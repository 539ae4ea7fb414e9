"""Precision / recall of MY_NUMBER and BANK_ACCOUNT on the two corpora of issue 12's
ids6 work: benchmarks/corpus_ids6_dev.py (the rules are tuned on it) and
benchmarks/corpus_ids6_check.py (other labels, layouts and words; no list in common),
with look-alikes flagged (twelve-digit numbers passing the My Number check under
another number's label, an organisation's own account) and false findings per clean
file.

    .venv/bin/python benchmarks/quality_ids6.py [--corpus dev|check|both] [--docs 80]
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
    args = dev_check_arguments(80)
    from benchmarks.corpus_ids6_check import CheckIds6
    from benchmarks.corpus_ids6_dev import DevIds6

    report({"dev": ("development (corpus_ids6_dev)", DevIds6),
            "check": ("check (corpus_ids6_check)", CheckIds6)}, args, "numbers under another number's label, own accounts")


if __name__ == "__main__":
    main()
