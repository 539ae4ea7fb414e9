"""Precision / recall of HEALTH_INSURANCE_NUMBER, EMPLOYMENT_INSURANCE_NUMBER and
BANK_ACCOUNT as other hands write them (issue 12, insure10): every file format daicho
reads × every way a record labels a health-insurance card's numbers (header rows, a
merged header, a label left or above, key-value lines, English labels, romaji and
camelCase keys, XML elements, fixed width, a card's copy, prose), and corpus 8's classes
(a group header over the 雇用保険 column, a bank host's headerless customer record).
benchmarks/corpus_insure10_dev.py (a clinic's 医事課, tuned on) and
benchmarks/corpus_insure10_check.py (a 健保組合 and a staffing agency, another hand,
never tuned on), with look-alikes of the same shapes (医療機関コード, 事業所番号,
請求番号) and false findings per clean file.

    .venv/bin/python benchmarks/quality_insure10.py [--corpus dev|check|both] [--docs 64]
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
    args = dev_check_arguments(64)
    from benchmarks.corpus_insure10_check import CheckInsure10
    from benchmarks.corpus_insure10_dev import DevInsure10

    report({"dev": ("development (corpus_insure10_dev)", DevInsure10),
            "check": ("check (corpus_insure10_check)", CheckInsure10)}, args,
           "医療機関コード, 事業所番号, 請求番号 and other numbers of the same shapes")


if __name__ == "__main__":
    main()
