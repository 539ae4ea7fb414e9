"""Precision / recall of the identifiers and accounts of ids18 (issue 12) where a new writer
places them: benchmarks/corpus_ids18_dev.py (tuned on) and benchmarks/corpus_ids18_check.py
(another hand), with false findings per clean file.

    .venv/bin/python benchmarks/quality_ids18.py [--corpus dev|check|both] [--docs 72]
                                                 [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.corpus_ids18_check import CheckIds18  # noqa: E402
from benchmarks.corpus_ids18_dev import SCORED, DevIds18  # noqa: E402
from benchmarks.quality_dates import dev_check_main  # noqa: E402

if __name__ == "__main__":
    dev_check_main(72, {"dev": ("development (corpus_ids18_dev)", DevIds18),
                        "check": ("check (corpus_ids18_check)", CheckIds18)}, SCORED)
