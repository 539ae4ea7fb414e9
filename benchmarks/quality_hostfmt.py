"""Precision / recall of PERSON, ADDRESS, POSTAL_CODE, DATE_OF_BIRTH and PHONE in exports
without a header (issue 12 classes 4 and 5): fixed-width host exports and header-less
CSV/TSV files of benchmarks/corpus_hostfmt_dev.py (the rules are tuned on it) and
benchmarks/corpus_hostfmt_check.py (another author's habits, no template, word list or
layout in common), with false findings per clean file (sales slips, town-code and
product masters, a supplier master scored for PERSON only).

    .venv/bin/python benchmarks/quality_hostfmt.py [--corpus dev|check|both] [--docs 120]
                                                   [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402

SCORED = ("ADDRESS", "DATE_OF_BIRTH", "PERSON", "PHONE", "POSTAL_CODE")


def main() -> None:
    from benchmarks.corpus_hostfmt_check import CheckHostfmt
    from benchmarks.corpus_hostfmt_dev import DevHostfmt

    dev_check_main(120, {"dev": ("development (corpus_hostfmt_dev)", DevHostfmt),
                         "check": ("check (corpus_hostfmt_check)", CheckHostfmt)}, SCORED)


if __name__ == "__main__":
    main()
