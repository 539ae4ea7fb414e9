"""Precision / recall of DATE_OF_BIRTH, PHONE and SENSITIVE on church19's corpora: rolls whose
header was lost (a church's, a temple's, a mosque's, a choir's, a team's), a sick list's notes
in brackets; benchmarks/corpus_church19_dev.py (tuned on) and benchmarks/corpus_church19_check.py
(another hand, nothing in common). Look-alikes: one event's day for every line of a list.

    .venv/bin/python benchmarks/quality_church19.py [--corpus dev|check|both] [--docs 60]
                                                    [--negatives 20] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_church19_check import CheckChurch19  # noqa: E402
from benchmarks.corpus_church19_dev import DevChurch19  # noqa: E402
from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402

CORPORA = {"dev": ("development (corpus_church19_dev)", DevChurch19),
           "check": ("check (corpus_church19_check)", CheckChurch19)}

if __name__ == "__main__":
    report(CORPORA, dev_check_arguments(60), "one event's day for every line read as births")
