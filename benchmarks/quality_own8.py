"""Precision / recall of ADDRESS, PHONE, POSTAL_CODE, EMAIL and BANK_ACCOUNT on the two corpora of issue
12's own8 work: benchmarks/corpus_own8_dev.py (the rules are tuned on it) and
benchmarks/corpus_own8_check.py (other towns, trades, words and layouts; no list
in common), with an organisation's own contacts reported (look-alikes flagged) and
false findings per clean file.

    .venv/bin/python benchmarks/quality_own8.py [--corpus dev|check|both] [--docs 160]
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
    args = dev_check_arguments(160)
    from benchmarks.corpus_own8_check import CheckOwn8
    from benchmarks.corpus_own8_dev import DevOwn8

    report({"dev": ("development (corpus_own8_dev)", DevOwn8),
            "check": ("check (corpus_own8_check)", CheckOwn8)}, args, "an organisation's own contacts")


if __name__ == "__main__":
    main()
