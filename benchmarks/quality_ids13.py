"""Precision / recall of PASSPORT, RESIDENCE_CARD and DRIVERS_LICENSE on the two corpora
of issue 12's ids13 work: benchmarks/corpus_ids13_dev.py (the rules are tuned on it)
and benchmarks/corpus_ids13_check.py (another writer, no list in common), with
look-alikes flagged (example numbers of instructions, serials and reservation codes in
the documents' shapes) and false findings per clean file.

    .venv/bin/python benchmarks/quality_ids13.py [--corpus dev|check|both] [--docs 72]
                                                  [--negatives 20] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402


def main() -> None:
    args = dev_check_arguments(72)
    from benchmarks.corpus_ids13_check import CheckIds13
    from benchmarks.corpus_ids13_dev import DevIds13

    report({"dev": ("development (corpus_ids13_dev)", DevIds13),
            "check": ("check (corpus_ids13_check)", CheckIds13)}, args,
           "example numbers, serials and codes in a document's shape")


if __name__ == "__main__":
    main()
