"""Precision / recall of PHONE, ADDRESS, POSTAL_CODE and EMAIL on the two corpora of
issue 12's own6 work: benchmarks/corpus_own6_dev.py (the rules are tuned on it) and
benchmarks/corpus_own6_check.py (other kinds, labels and keys, no list in common),
with an organisation's own values flagged (look-alikes, by type and kind of
document) and false findings per clean file (of the scored types, and of every type).

    .venv/bin/python benchmarks/quality_own6.py [--corpus dev|check|both] [--docs 90]
                                                [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_own5 import run  # noqa: E402

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE", "EMAIL")


def main() -> None:
    from benchmarks.corpus_own6_check import CheckOwn6
    from benchmarks.corpus_own6_dev import DevOwn6

    run({"dev": ("development (corpus_own6_dev)", DevOwn6), "check": ("check (corpus_own6_check)", CheckOwn6)}, 90,
        SCORED)


if __name__ == "__main__":
    main()
