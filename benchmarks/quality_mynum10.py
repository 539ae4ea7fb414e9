"""Precision / recall of MY_NUMBER on the two corpora of issue 12's mynum10 work:
benchmarks/corpus_mynum10_dev.py (the rules are tuned on it) and
benchmarks/corpus_mynum10_check.py (other writers, labels and words; no list in
common), with look-alikes flagged (keys of bank transfers and lots of goods passing
the My Number check) and false findings per clean file.

    .venv/bin/python benchmarks/quality_mynum10.py [--corpus dev|check|both] [--docs 100]
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
    from benchmarks.corpus_mynum10_check import CheckMynum10
    from benchmarks.corpus_mynum10_dev import DevMynum10

    report({"dev": ("development (corpus_mynum10_dev)", DevMynum10),
            "check": ("check (corpus_mynum10_check)", CheckMynum10)}, args,
           "transfer keys and lots passing the My Number check")


if __name__ == "__main__":
    main()
