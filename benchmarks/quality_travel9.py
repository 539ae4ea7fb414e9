"""Precision / recall of PASSPORT and RESIDENCE_CARD on the two corpora of issue 12's
travel9 work: benchmarks/corpus_travel9_dev.py (the rules are tuned on it) and
benchmarks/corpus_travel9_check.py (another office, other labels and words; no list in
common), with look-alikes flagged (品番, 管理番号, 学籍番号, 予約番号 written in the
documents' shapes) and false findings per clean file.

    .venv/bin/python benchmarks/quality_travel9.py [--corpus dev|check|both] [--docs 96]
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
    args = dev_check_arguments(96)
    from benchmarks.corpus_travel9_check import CheckTravel9
    from benchmarks.corpus_travel9_dev import DevTravel9

    report({"dev": ("development (corpus_travel9_dev)", DevTravel9),
            "check": ("check (corpus_travel9_check)", CheckTravel9)}, args,
           "other numbers written in a passport's or a residence card's shape")


if __name__ == "__main__":
    main()
