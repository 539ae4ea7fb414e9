"""Recall and precision of 信条 and 宗教 (and the rest of the belief group) on
benchmarks/corpus_beliefs24_dev.py and benchmarks/corpus_beliefs24_check.py (issue 12,
beliefs24), scanned in process; scored as benchmarks/quality_beliefs22.py scores its own.

    .venv/bin/python benchmarks/quality_beliefs24.py [--docs 40] [--negatives 12] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    from benchmarks.corpus_beliefs24_check import CheckBeliefs24
    from benchmarks.corpus_beliefs24_dev import DevBeliefs24
    from benchmarks.quality_beliefs22 import parsed_args, report

    report((("dev", DevBeliefs24), ("check", CheckBeliefs24)), parsed_args())


if __name__ == "__main__":
    main()
