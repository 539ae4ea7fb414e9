"""Precision / recall of DATE_OF_BIRTH on issue 12's births14 corpora: births where a
roster's header was lost (a date beside the sex), under bare or long labels, one record to a
column, Excel's d-mmm-yy; the records' other days, the visits and the animals' births as
look-alikes, and clean files. benchmarks/corpus_births14_dev.py (tuned on) and
benchmarks/corpus_births14_check.py (another hand, nothing in common).

    .venv/bin/python benchmarks/quality_births14.py [--corpus dev|check|both] [--docs 70]
                                                    [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_births14_check import CheckBirths14  # noqa: E402
from benchmarks.corpus_births14_dev import DevBirths14  # noqa: E402
from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402

CORPORA = {"dev": ("development (corpus_births14_dev)", DevBirths14),
           "check": ("check (corpus_births14_check)", CheckBirths14)}

if __name__ == "__main__":
    report(CORPORA, dev_check_arguments(70), "other days, visits and animals' births read as births")
