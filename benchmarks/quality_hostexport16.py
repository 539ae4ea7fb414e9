"""Precision / recall of POSTAL_CODE, PHONE, BANK_ACCOUNT and DATE_OF_BIRTH in headerless
host exports (hostexport16): benchmarks/corpus_hostexport16_dev.py (tuned on) and
benchmarks/corpus_hostexport16_check.py (another hand), with false findings per clean file.

    .venv/bin/python benchmarks/quality_hostexport16.py [--corpus dev|check|both] [--docs 60]
                                                        [--negatives 20] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402

SCORED = ("BANK_ACCOUNT", "DATE_OF_BIRTH", "PHONE", "POSTAL_CODE")


def main() -> None:
    from benchmarks.corpus_hostexport16_check import CheckHostexport16
    from benchmarks.corpus_hostexport16_dev import DevHostexport16

    dev_check_main(60, {"dev": ("development (corpus_hostexport16_dev)", DevHostexport16),
                        "check": ("check (corpus_hostexport16_check)", CheckHostexport16)}, SCORED)


if __name__ == "__main__":
    main()
