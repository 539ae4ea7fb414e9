"""Precision / recall of MY_NUMBER on the two corpora of issue 12's slips17 work:
benchmarks/corpus_slips17_dev.py (the rules are tuned on it) and
benchmarks/corpus_slips17_check.py (another writer: no template or word list in common),
with look-alikes flagged (the keys of headerless manifests, guest registers and entry
lists passing the check) and false findings per clean file.

    .venv/bin/python benchmarks/quality_slips17.py [--corpus dev|check|both] [--docs 64]
                                              [--negatives 8] [--seed 2026] [--errors]
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
    from benchmarks.corpus_slips17_check import CheckSlips17
    from benchmarks.corpus_slips17_dev import DevSlips17

    report({"dev": ("development (corpus_slips17_dev)", DevSlips17),
            "check": ("check (corpus_slips17_check)", CheckSlips17)}, args,
           "keys of manifests, guest registers and entry lists passing the My Number check")


if __name__ == "__main__":
    main()
