"""Precision / recall of DATE_OF_BIRTH on the corpora of issue 12's second dates work
(day-first and two-digit dates, births of a year and month, markdown and long tables,
split and ditto cells): benchmarks/corpus_dates2_dev.py (the rules are tuned on it)
and benchmarks/corpus_dates2_check.py (written first, no template or word list in
common), with false findings per clean file. Scored by quality_dates.measure.

    .venv/bin/python benchmarks/quality_dates2.py [--corpus dev|check|both] [--docs 140]
                                                  [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_dates2_check import CheckCorpus
    from benchmarks.corpus_dates2_dev import DevCorpus

    dev_check_main(140, {"dev": ("development (corpus_dates2_dev)", DevCorpus),
                         "check": ("check (corpus_dates2_check)", CheckCorpus)}, ("DATE_OF_BIRTH",))


if __name__ == "__main__":
    main()
