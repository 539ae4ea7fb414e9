"""Precision / recall of PERSON, PHONE, BANK_ACCOUNT and EMPLOYMENT_INSURANCE_NUMBER
on the two corpora of issue 12's orgown3 work: benchmarks/corpus_orgown3_dev.py (the
rules are tuned on it) and benchmarks/corpus_orgown3_check.py (other habits, no
template or word list in common), with an organisation's own values reported
(look-alikes flagged: the employer's number, a company's account, its main line and
fax) and false findings per clean file.

    .venv/bin/python benchmarks/quality_orgown3.py [--corpus dev|check|both] [--docs 120]
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
    args = dev_check_arguments(120)
    from benchmarks.corpus_orgown3_check import CheckOrgOwn
    from benchmarks.corpus_orgown3_dev import DevOrgOwn

    report({"dev": ("development (corpus_orgown3_dev)", DevOrgOwn),
            "check": ("check (corpus_orgown3_check)", CheckOrgOwn)}, args, "an organisation's own numbers and contacts")


if __name__ == "__main__":
    main()
