"""Precision / recall of ADDRESS, POSTAL_CODE, PHONE and EMAIL on the two corpora of issue 12's contacts24 work
(contacts by where they stand: a delimited roster's phone field, a member's title, a post, a unit head's mailbox): benchmarks/corpus_contacts24_dev.py
(the rules are tuned on it) and benchmarks/corpus_contacts24_check.py (another writer: no
template or word list in common), with look-alikes flagged (the organisation's own values) and false findings per clean file.

    .venv/bin/python benchmarks/quality_contacts24.py [--corpus dev|check|both] [--docs 24]
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
    from benchmarks.corpus_contacts24_check import CheckContacts24
    from benchmarks.corpus_contacts24_dev import DevContacts24

    report({"dev": ("development (corpus_contacts24_dev)", DevContacts24),
            "check": ("check (corpus_contacts24_check)", CheckContacts24)}, args,
           "an organisation's own contacts")


if __name__ == "__main__":
    main()
