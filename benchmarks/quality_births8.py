"""Precision / recall of DATE_OF_BIRTH and BANK_ACCOUNT as other hands write them (issue 12,
births8): key-value sheets read with a header, rosters whose header was lost (a bare age
after the birth), a host's 元号コード under a 生年月日 label, births said in a sentence,
扶養 lists without a header; 預金種目 abbreviated, 全銀 transfer files, other numbers
beside bank words. benchmarks/corpus_births8_dev.py (tuned on) and
benchmarks/corpus_births8_check.py (another hand, nothing in common, never tuned on),
with the other dates and numbers of the same documents reported (look-alikes flagged)
and false findings per clean file.

    .venv/bin/python benchmarks/quality_births8.py [--corpus dev|check|both] [--docs 70]
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
    args = dev_check_arguments(70)
    from benchmarks.corpus_births8_check import CheckBirths8
    from benchmarks.corpus_births8_dev import DevBirths8

    report({"dev": ("development (corpus_births8_dev)", DevBirths8),
            "check": ("check (corpus_births8_check)", CheckBirths8)}, args,
           "other dates read as births, other numbers read as accounts")


if __name__ == "__main__":
    main()
