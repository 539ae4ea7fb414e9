"""Precision / recall of PERSON in prose where companies, teams, parties, products
and sites bear names a person could have (issue 12, wikilook2), on the two corpora:
benchmarks/corpus_wikilook2_dev.py (the rules are tuned on it) and
benchmarks/corpus_wikilook2_check.py (another author's words, no template or list in
common), with the share of those things reported as people (look-alikes flagged) and
false findings per clean file.

    .venv/bin/python benchmarks/quality_wikilook2.py [--corpus dev|check|both] [--docs 120]
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
    args = dev_check_arguments(120)
    from benchmarks.corpus_wikilook2_check import CheckTrade
    from benchmarks.corpus_wikilook2_dev import DevTrade

    report({"dev": ("development (corpus_wikilook2_dev)", DevTrade),
            "check": ("check (corpus_wikilook2_check)", CheckTrade)}, args,
           "companies, teams, parties, products, sites named like people")


if __name__ == "__main__":
    main()
