"""Precision / recall of MY_NUMBER on the two corpora of issue 12's mynum12 work:
benchmarks/corpus_mynum12_dev.py (the rules are tuned on it) and
benchmarks/corpus_mynum12_check.py (other writers, labels and words; no list in
common), with look-alikes flagged (keys of contracts, policies, meters and members
passing the My Number check) and false findings per clean file.

    .venv/bin/python benchmarks/quality_mynum12.py [--corpus dev|check|both] [--docs 100]
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
    from benchmarks.corpus_mynum12_check import CheckMynum12
    from benchmarks.corpus_mynum12_dev import DevMynum12

    report({"dev": ("development (corpus_mynum12_dev)", DevMynum12),
            "check": ("check (corpus_mynum12_check)", CheckMynum12)}, args,
           "business keys (contracts, policies, meters, members) passing the My Number check")


if __name__ == "__main__":
    main()
