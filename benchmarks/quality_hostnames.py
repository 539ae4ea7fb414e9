"""Precision / recall of PERSON in header-less host exports (a kanji name beside its
kana reading), visitor logs and customer-service records (issue 12, hostnames):
benchmarks/corpus_hostnames_dev.py (the rules are tuned on it) and
benchmarks/corpus_hostnames_check.py (another author's habits, no template, word
list or layout in common), with the companies that stand where a name could
(look-alikes flagged) and false findings per clean file (product, company, town and
station masters with readings, visitor logs naming companies only).

    .venv/bin/python benchmarks/quality_hostnames.py [--corpus dev|check|both] [--docs 140]
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
    args = dev_check_arguments(140)
    from benchmarks.corpus_hostnames_check import CheckHostNames
    from benchmarks.corpus_hostnames_dev import DevHostNames

    report({"dev": ("development (corpus_hostnames_dev)", DevHostNames),
            "check": ("check (corpus_hostnames_check)", CheckHostNames)}, args,
           "companies where a visitor's or caller's name could be")


if __name__ == "__main__":
    main()
