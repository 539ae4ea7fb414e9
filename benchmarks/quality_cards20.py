"""Precision / recall of CREDIT_CARD, PHONE and EMAIL on cards20's corpora: cards in
headerless exports, phones with the country code, kin's and witnesses' numbers, a desk's
signature, a recipient's mailbox; benchmarks/corpus_cards20_dev.py (tuned on) and
benchmarks/corpus_cards20_check.py (another hand, nothing in common).

    .venv/bin/python benchmarks/quality_cards20.py [--corpus dev|check|both] [--docs 36]
                                                   [--negatives 8] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_cards20_check import CheckCards20  # noqa: E402
from benchmarks.corpus_cards20_dev import DevCards20  # noqa: E402
from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402

CORPORA = {"dev": ("development (corpus_cards20_dev)", DevCards20),
           "check": ("check (corpus_cards20_check)", CheckCards20)}

if __name__ == "__main__":
    report(CORPORA, dev_check_arguments(36), "an organisation's own lines; order numbers and IMEIs")
