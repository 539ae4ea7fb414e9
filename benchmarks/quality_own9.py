"""Precision / recall of ADDRESS, PHONE, POSTAL_CODE and EMAIL on the two corpora of issue
12's own9 work: benchmarks/corpus_own9_dev.py (the rules are tuned on it) and
benchmarks/corpus_own9_check.py (another writer's habits; no list in common), with an
organisation's or a partner's own contacts reported (look-alikes flagged) and false
findings per clean file.

    .venv/bin/python benchmarks/quality_own9.py [--corpus dev|check|both] [--docs 120]
                                                    [--negatives 72] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402


def main() -> None:
    args = dev_check_arguments(120)
    from benchmarks.corpus_own9_check import CheckOwn9
    from benchmarks.corpus_own9_dev import DevOwn9

    report({"dev": ("development (corpus_own9_dev)", DevOwn9),
            "check": ("check (corpus_own9_check)", CheckOwn9)}, args, "an organisation's or a partner's own contacts")


if __name__ == "__main__":
    main()
