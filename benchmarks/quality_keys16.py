"""Precision / recall of MY_NUMBER on the two corpora of issue 12's keys16 work:
benchmarks/corpus_keys16_dev.py (the rules are tuned on it) and
benchmarks/corpus_keys16_check.py (another writer: no template or word list in common),
with look-alikes flagged (business keys passing the check: permits, licences,
registrations, bookings, tickets) and false findings per clean file.

    .venv/bin/python benchmarks/quality_keys16.py [--corpus dev|check|both] [--docs 64]
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
    args = dev_check_arguments(64)
    from benchmarks.corpus_keys16_check import CheckKeys16
    from benchmarks.corpus_keys16_dev import DevKeys16

    report({"dev": ("development (corpus_keys16_dev)", DevKeys16),
            "check": ("check (corpus_keys16_check)", CheckKeys16)}, args,
           "business keys passing the My Number check")


if __name__ == "__main__":
    main()
