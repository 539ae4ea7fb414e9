"""Precision / recall of ADDRESS and POSTAL_CODE on the two corpora of issue 12's
address15 work: benchmarks/corpus_address15_dev.py (the rules are tuned on it) and
benchmarks/corpus_address15_check.py (other towns, words and documents; no list in
common), with an organisation's own address reported (look-alikes flagged) and false
findings per clean file.

    .venv/bin/python benchmarks/quality_address15.py [--corpus dev|check|both] [--docs 140]
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
    args = dev_check_arguments(140)
    from benchmarks.corpus_address15_check import CheckAddress15
    from benchmarks.corpus_address15_dev import DevAddress15

    report({"dev": ("development (corpus_address15_dev)", DevAddress15),
            "check": ("check (corpus_address15_check)", CheckAddress15)}, args, "an organisation's own address")


if __name__ == "__main__":
    main()
