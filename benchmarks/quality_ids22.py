"""Precision / recall of MY_NUMBER, BASIC_PENSION_NUMBER, DRIVERS_LICENSE and
BANK_ACCOUNT on the two corpora of issue 12's ids22 work (headers of several rows, ゆうちょ
記号・番号 pairs):
benchmarks/corpus_ids22_dev.py (the rules are tuned on it) and
benchmarks/corpus_ids22_check.py (another writer: no template or word list in
common), with look-alikes flagged (a 保険証's or 組合員証's 記号・番号 read as a ゆうちょ
account) and false findings per clean file.

    .venv/bin/python benchmarks/quality_ids22.py [--corpus dev|check|both] [--docs 40]
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
    args = dev_check_arguments(40)
    from benchmarks.corpus_ids22_check import CheckIds22
    from benchmarks.corpus_ids22_dev import DevIds22

    report({"dev": ("development (corpus_ids22_dev)", DevIds22),
            "check": ("check (corpus_ids22_check)", CheckIds22)}, args,
           "an insurance card's 記号・番号")


if __name__ == "__main__":
    main()
