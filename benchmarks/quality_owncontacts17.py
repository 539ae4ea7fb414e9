"""Precision / recall of ADDRESS, PHONE, EMAIL and BANK_ACCOUNT on the two corpora of issue
12's owncontacts17 work: benchmarks/corpus_owncontacts17_dev.py (the rules are tuned on it)
and benchmarks/corpus_owncontacts17_check.py (other trades and layouts, no list in common),
with the body's own contacts (a footer, a desk's mailbox, an account to pay into) as
look-alikes, and false findings per clean file.

    .venv/bin/python benchmarks/quality_owncontacts17.py [--corpus dev|check|both] [--docs 60]
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
    args = dev_check_arguments(60)
    from benchmarks.corpus_owncontacts17_check import CheckOwnContacts17
    from benchmarks.corpus_owncontacts17_dev import DevOwnContacts17

    report({"dev": ("development (corpus_owncontacts17_dev)", DevOwnContacts17),
            "check": ("check (corpus_owncontacts17_check)", CheckOwnContacts17)}, args,
           "the body's own contacts in a footer, a desk's mailbox, an account to pay into")


if __name__ == "__main__":
    main()
