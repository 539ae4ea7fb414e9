"""Precision / recall of POSTAL_CODE, ADDRESS and PHONE on the two corpora of issue
12's postal11 work: benchmarks/corpus_postal11_dev.py (the rules are tuned on it) and
benchmarks/corpus_postal11_check.py (another writer, towns, labels and words; no list in
common), with an organisation's own codes as look-alikes and false findings per clean
file. The matrix of the same work is benchmarks/postal11_matrix.py.

    .venv/bin/python benchmarks/quality_postal11.py [--corpus dev|check|both] [--docs 90]
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
    args = dev_check_arguments(90)
    from benchmarks.corpus_postal11_check import CheckPostal11
    from benchmarks.corpus_postal11_dev import DevPostal11

    report({"dev": ("development (corpus_postal11_dev)", DevPostal11),
            "check": ("check (corpus_postal11_check)", CheckPostal11)}, args, "an organisation's own codes")


if __name__ == "__main__":
    main()
