"""Precision / recall of DATE_OF_BIRTH in header-less host exports of staff and members
that hold a birth and later dates of the same person (issue 12, hostdates):
benchmarks/corpus_hostdates_dev.py (the rules are tuned on it) and
benchmarks/corpus_hostdates_check.py (another author's habits, no template, word list or
layout in common), with the share of later dates (入社日, 資格取得日, 契約日, 退職日, 更新日)
reported as births (look-alikes flagged) and false findings per clean file (slips,
registers of machines, masters of companies and branches).

    .venv/bin/python benchmarks/quality_hostdates.py [--corpus dev|check|both] [--docs 100]
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
    from benchmarks.corpus_hostdates_check import CheckHostdates
    from benchmarks.corpus_hostdates_dev import DevHostdates

    report({"dev": ("development (corpus_hostdates_dev)", DevHostdates),
            "check": ("check (corpus_hostdates_check)", CheckHostdates)}, args,
           "later dates of a person read as the birth")


if __name__ == "__main__":
    main()
