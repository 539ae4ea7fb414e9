"""Precision / recall of PERSON in table columns and lists on the two corpora of
issue 12's namecols work: benchmarks/corpus_namecols_dev.py (the rules are tuned on
it) and benchmarks/corpus_namecols_check.py (another author's habits, no template or
word list in common), with the companies, departments, places and products that
stand where a name could (look-alikes flagged) and false findings per clean file.

    .venv/bin/python benchmarks/quality_namecols.py [--corpus dev|check|both] [--docs 180]
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
    args = dev_check_arguments(180)
    from benchmarks.corpus_namecols_check import CheckNames
    from benchmarks.corpus_namecols_dev import DevNames

    report({"dev": ("development (corpus_namecols_dev)", DevNames),
            "check": ("check (corpus_namecols_check)", CheckNames)}, args,
           "companies, departments, places, products where a name could be")


if __name__ == "__main__":
    main()
