"""Precision / recall of PERSON, ADDRESS, POSTAL_CODE, DATE_OF_BIRTH and PHONE in host
exports without a header whose numeric fields run edge to edge (issue 12 classes 4 and 5,
hostfmt2): benchmarks/corpus_hostfmt2_dev.py (the rules are tuned on it) and
benchmarks/corpus_hostfmt2_check.py (another author's habits, no template, word list or
layout in common), with false findings per clean file (slips, product and postal masters,
invoices, stock files whose digits run edge to edge too).

    .venv/bin/python benchmarks/quality_hostfmt2.py [--corpus dev|check|both] [--docs 120]
                                                    [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402

SCORED = ("ADDRESS", "DATE_OF_BIRTH", "PERSON", "PHONE", "POSTAL_CODE")


def main() -> None:
    from benchmarks.corpus_hostfmt2_check import CheckHostfmt2
    from benchmarks.corpus_hostfmt2_dev import DevHostfmt2

    dev_check_main(120, {"dev": ("development (corpus_hostfmt2_dev)", DevHostfmt2),
                         "check": ("check (corpus_hostfmt2_check)", CheckHostfmt2)}, SCORED)


if __name__ == "__main__":
    main()
