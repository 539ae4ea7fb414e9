"""Precision / recall of DATE_OF_BIRTH as many hands write it (issue 12, births6): one-
and two-row label | value tables, a birth said with 生まれ beside a joining word, one-line
JSON and vCards, two-digit and kanji-numeral years, ordinal English days.
benchmarks/corpus_births6_dev.py (tuned on) and benchmarks/corpus_births6_check.py
(another hand, nothing in common, never tuned on), with the other dates of the same
documents reported as births (look-alikes flagged) and false findings per clean file.

    .venv/bin/python benchmarks/quality_births6.py [--corpus dev|check|both] [--docs 70]
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
    args = dev_check_arguments(70)
    from benchmarks.corpus_births6_check import CheckBirths6
    from benchmarks.corpus_births6_dev import DevBirths6

    report({"dev": ("development (corpus_births6_dev)", DevBirths6),
            "check": ("check (corpus_births6_check)", CheckBirths6)}, args, "other dates read as births")


if __name__ == "__main__":
    main()
