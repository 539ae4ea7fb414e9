"""Precision / recall of PERSON for goods and named things called like people (patterns,
cultivars, brands, rooms, trains, dolls) beside the people of their records (issue 12, names12). benchmarks/corpus_names12_dev.py
(tuned on) and benchmarks/corpus_names12_check.py (another hand, nothing in common,
never tuned on), with false findings per clean file.

    .venv/bin/python benchmarks/quality_names12.py [--corpus dev|check|both] [--docs 60]
                                                   [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_names12_check import CheckNames12
    from benchmarks.corpus_names12_dev import DevNames12

    dev_check_main(60, {"dev": ("development (corpus_names12_dev)", DevNames12),
                        "check": ("check (corpus_names12_check)", CheckNames12)}, ("PERSON",))


if __name__ == "__main__":
    main()
