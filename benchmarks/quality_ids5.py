"""Precision / recall of DRIVERS_LICENSE, BANK_ACCOUNT, POSTAL_CODE, MY_NUMBER and
DATE_OF_BIRTH on the two corpora of issue 12's ids5 work: benchmarks/corpus_ids5_dev.py
(the rules are tuned on it) and benchmarks/corpus_ids5_check.py (other labels, layouts
and formats; no template or word list in common), with look-alikes flagged (入館証番号,
注文番号, 会員番号 and 商品コード passing the My Number check, a company's own account)
and false findings per clean file.

    .venv/bin/python benchmarks/quality_ids5.py [--corpus dev|check|both] [--docs 70]
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
    args = dev_check_arguments(70)
    from benchmarks.corpus_ids5_check import CheckIds5
    from benchmarks.corpus_ids5_dev import DevIds5

    report({"dev": ("development (corpus_ids5_dev)", DevIds5),
            "check": ("check (corpus_ids5_check)", CheckIds5)}, args, "numbers shaped like identifiers")


if __name__ == "__main__":
    main()
