"""Precision / recall of ADDRESS, PHONE, EMAIL and DATE_OF_BIRTH on the two corpora of issue
12's contacts16 work: benchmarks/corpus_contacts16_dev.py (a pharmacy's delivery desk and a
community centre; the rules are tuned on it) and benchmarks/corpus_contacts16_check.py (a
nursing station, a grocer, a consumer desk, a residents' association, a driving school; no
list in common), with the office's contacts a form goes to and a 本籍 read as an address as
look-alikes, and false findings per clean file.

    .venv/bin/python benchmarks/quality_contacts16.py [--corpus dev|check|both] [--docs 60]
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
    from benchmarks.corpus_contacts16_check import CheckContacts16
    from benchmarks.corpus_contacts16_dev import DevContacts16

    report({"dev": ("development (corpus_contacts16_dev)", DevContacts16),
            "check": ("check (corpus_contacts16_check)", CheckContacts16)}, args,
           "an office's contacts, a 本籍 as an address")


if __name__ == "__main__":
    main()
