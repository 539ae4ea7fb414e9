"""Precision / recall of SENSITIVE (信条) on creed20's corpora: beliefs in the forms thirteen
writers' phrases generalise to; benchmarks/corpus_creed20_dev.py (tuned on) and
benchmarks/corpus_creed20_check.py (another hand, nothing in common).

    .venv/bin/python benchmarks/quality_creed20.py [--corpus dev|check|both] [--docs 40]
                                                   [--negatives 10] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_creed20_check import CheckCreed20  # noqa: E402
from benchmarks.corpus_creed20_dev import DevCreed20  # noqa: E402
from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402

CORPORA = {"dev": ("development (corpus_creed20_dev)", DevCreed20),
           "check": ("check (corpus_creed20_check)", CheckCreed20)}

if __name__ == "__main__":
    report(CORPORA, dev_check_arguments(40), "none")
