"""Precision / recall of ADDRESS, PHONE and POSTAL_CODE on the two corpora of issue
12's contact10 work: benchmarks/corpus_contact10_dev.py (the rules are tuned on it) and
benchmarks/corpus_contact10_check.py (other towns, trades, words and layouts; no list
in common), with an organisation's own contacts reported (look-alikes flagged) and
false findings per clean file.

    .venv/bin/python benchmarks/quality_contact10.py [--corpus dev|check|both] [--docs 90]
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
    args = dev_check_arguments(90)
    from benchmarks.corpus_contact10_check import CheckContact10
    from benchmarks.corpus_contact10_dev import DevContact10

    report({"dev": ("development (corpus_contact10_dev)", DevContact10),
            "check": ("check (corpus_contact10_check)", CheckContact10)}, args, "an organisation's own contacts")


if __name__ == "__main__":
    main()
