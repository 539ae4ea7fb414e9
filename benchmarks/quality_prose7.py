"""Precision / recall of PERSON where only what a sentence says tells a person from a
thing named like one (issue 12, prose7), on the two corpora:
benchmarks/corpus_prose7_dev.py (the rules are tuned on it) and
benchmarks/corpus_prose7_check.py (another author's words, no template or list in
common), with the share of the things reported as people (look-alikes flagged) and
false findings per clean file.

    .venv/bin/python benchmarks/quality_prose7.py [--corpus dev|check|both] [--docs 120]
                                                 [--negatives 30] [--seed 2026] [--errors]
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
    from benchmarks.corpus_prose7_check import CheckProse7
    from benchmarks.corpus_prose7_dev import DevProse7

    report({"dev": ("development (corpus_prose7_dev)", DevProse7),
            "check": ("check (corpus_prose7_check)", CheckProse7)}, args, "things named like people")


if __name__ == "__main__":
    main()
