"""Precision / recall of HEALTH_INSURANCE_NUMBER and PHONE on the two corpora of issue
12's contacts15 work: benchmarks/corpus_insurers15_dev.py (the rules are tuned on it)
and benchmarks/corpus_insurers15_check.py (another writer: no template or word list in
common), with look-alikes flagged (an insurer's own 保険者番号 and its desk's phone) and
false findings per clean file.

    .venv/bin/python benchmarks/quality_insurers15.py [--corpus dev|check|both] [--docs 54]
                                                   [--negatives 8] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402


def main() -> None:
    args = dev_check_arguments(54)
    from benchmarks.corpus_insurers15_check import CheckInsurers15
    from benchmarks.corpus_insurers15_dev import DevInsurers15

    report({"dev": ("development (corpus_insurers15_dev)", DevInsurers15),
            "check": ("check (corpus_insurers15_check)", CheckInsurers15)}, args,
           "an insurer's own 保険者番号 and desk phones")


if __name__ == "__main__":
    main()
