"""Precision / recall of ADDRESS, PHONE and EMAIL on the two corpora of issue 12's
contacts13 work: benchmarks/corpus_contacts13_dev.py (an event-staffing agency; the
rules are tuned on it) and benchmarks/corpus_contacts13_check.py (a school volunteers'
office and a nurse station; no list in common), with the contacts of the places and firms
a person's record points to (a venue's line, a clinic's address, an employer's, a firm's
mailbox named after its domain) as look-alikes, and false findings per clean file.

    .venv/bin/python benchmarks/quality_contacts13.py [--corpus dev|check|both] [--docs 60]
                                                     [--negatives 30] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402


def main() -> None:
    args = dev_check_arguments(60)
    from benchmarks.corpus_contacts13_check import CheckContacts13
    from benchmarks.corpus_contacts13_dev import DevContacts13

    report({"dev": ("development (corpus_contacts13_dev)", DevContacts13),
            "check": ("check (corpus_contacts13_check)", CheckContacts13)}, args,
           "a place's, an employer's or a firm's contacts")


if __name__ == "__main__":
    main()
