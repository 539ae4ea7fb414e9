"""Precision / recall of ADDRESS and PHONE on the two corpora of issue 12's contacts18b work
(a client's home on a work order, a member's row, a log's landmark): benchmarks/corpus_contacts18b_dev.py
(the rules are tuned on it) and benchmarks/corpus_contacts18b_check.py (another writer: no
template or word list in common), with false findings per clean file (a company's site).

    .venv/bin/python benchmarks/quality_contacts18b.py [--corpus dev|check|both] [--docs 24]
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
    from benchmarks.corpus_contacts18b_check import CheckContacts18b
    from benchmarks.corpus_contacts18b_dev import DevContacts18b

    report({"dev": ("development (corpus_contacts18b_dev)", DevContacts18b),
            "check": ("check (corpus_contacts18b_check)", CheckContacts18b)}, args,
           "none")


if __name__ == "__main__":
    main()
