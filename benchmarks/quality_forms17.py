"""Precision / recall of PHONE and CREDIT_CARD on the two corpora of issue 12's forms17 work:
benchmarks/corpus_forms17_dev.py (a nursery's and a clinic's forms, an inn's register and a
saved booking page; the rules are tuned on it) and benchmarks/corpus_forms17_check.py (an
after-school club, a home-care ledger, a travel desk, a clinic's payments, a page built by a
script; no list in common), with a named employer's phone, an office's own number and goods
codes passing Luhn as look-alikes, and false findings per clean file.

    .venv/bin/python benchmarks/quality_forms17.py [--corpus dev|check|both] [--docs 40]
                                                  [--negatives 10] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402


def main() -> None:
    args = dev_check_arguments(40)
    from benchmarks.corpus_forms17_check import CheckForms17
    from benchmarks.corpus_forms17_dev import DevForms17

    report({"dev": ("development (corpus_forms17_dev)", DevForms17),
            "check": ("check (corpus_forms17_check)", CheckForms17)}, args,
           "a named employer's phone, an office's own number, goods codes passing Luhn")


if __name__ == "__main__":
    main()
