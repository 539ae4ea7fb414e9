"""Precision / recall of PERSON in prose where made-up foreign people are named in
katakana the dictionary does not know, beside things bearing such names and common
katakana words in the same places (issue 12, wikirecall), on the two corpora:
benchmarks/corpus_wikirecall_dev.py (the rules are tuned on it) and
benchmarks/corpus_wikirecall_check.py (another author's words, no template or list in
common), with the share of those things reported as people (look-alikes flagged) and
false findings per clean file.

    .venv/bin/python benchmarks/quality_wikirecall.py [--corpus dev|check|both] [--docs 120]
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
    from benchmarks.corpus_wikirecall_check import CheckSaid
    from benchmarks.corpus_wikirecall_dev import DevSaid

    report({"dev": ("development (corpus_wikirecall_dev)", DevSaid),
            "check": ("check (corpus_wikirecall_check)", CheckSaid)}, args,
           "things named like people")


if __name__ == "__main__":
    main()
