"""Precision / recall of DATE_OF_BIRTH in header-less fixed-width HR masters whose
layouts the hostdates corpora did not hold (issue 12, hostdates2): the hire date before
the birth, both in one written form, adjacent or in one run of digits with a staff
number, a department code or a grade, a record type prefix, records over 200 columns.
benchmarks/corpus_hostdates2_dev.py (tuned on) and benchmarks/corpus_hostdates2_check.py
(another hand, nothing in common), with the share of hire dates reported as births
(look-alikes flagged) and false findings per clean file.

    .venv/bin/python benchmarks/quality_hostdates2.py [--corpus dev|check|both] [--docs 90]
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
    args = dev_check_arguments(90)
    from benchmarks.corpus_hostdates2_check import CheckHostdates2
    from benchmarks.corpus_hostdates2_dev import DevHostdates2

    report({"dev": ("development (corpus_hostdates2_dev)", DevHostdates2),
            "check": ("check (corpus_hostdates2_check)", CheckHostdates2)}, args,
           "hire dates read as the birth")


if __name__ == "__main__":
    main()
