"""Precision / recall of ADDRESS, PHONE, DATE_OF_BIRTH and EMPLOYMENT_INSURANCE_NUMBER
on the two corpora of issue 12's contacts4 work: benchmarks/corpus_contacts4_dev.py (the
rules are tuned on it) and benchmarks/corpus_contacts4_check.py (other habits, no
template or word list in common), with an organisation's own values reported
(look-alikes flagged: the employer's number, a supplier's letterhead address, phone
and fax) and false findings per clean file.

    .venv/bin/python benchmarks/quality_contacts4.py [--corpus dev|check|both] [--docs 100]
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
    args = dev_check_arguments(100)
    from benchmarks.corpus_contacts4_check import CheckContacts4
    from benchmarks.corpus_contacts4_dev import DevContacts4

    report({"dev": ("development (corpus_contacts4_dev)", DevContacts4),
            "check": ("check (corpus_contacts4_check)", CheckContacts4)}, args, "an organisation's own numbers and contacts")


if __name__ == "__main__":
    main()
