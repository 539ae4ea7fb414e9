"""Precision / recall of DATE_OF_BIRTH in header-less fixed-width HR masters whose
layouts the hostdates and hostdates2 corpora did not hold (issue 12, hostdates3): births
in the host's 元号コード (1–5) and in two-digit years, hire dates under 15 years after
the birth, a master holding hire dates only, UTF-8 fields padded by characters.
benchmarks/corpus_hostdates3_dev.py (tuned on) and benchmarks/corpus_hostdates3_check.py
(another hand, nothing in common), with the share of hire dates reported as births
(look-alikes flagged) and false findings per clean file.

    .venv/bin/python benchmarks/quality_hostdates3.py [--corpus dev|check|both] [--docs 90]
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
    from benchmarks.corpus_hostdates3_check import CheckHostdates3
    from benchmarks.corpus_hostdates3_dev import DevHostdates3

    report({"dev": ("development (corpus_hostdates3_dev)", DevHostdates3),
            "check": ("check (corpus_hostdates3_check)", CheckHostdates3)}, args,
           "hire dates read as the birth")


if __name__ == "__main__":
    main()
