"""Precision / recall of ADDRESS, PHONE and POSTAL_CODE on the two corpora of issue
12's sites12 work: benchmarks/corpus_sites12_dev.py (a farm-work dispatcher's records;
the rules are tuned on it) and benchmarks/corpus_sites12_check.py (another trade,
other labels, keys and layouts; no list in common), with a site's, a farm's or a
facility's own contacts reported (look-alikes flagged) and false findings per clean file.

    .venv/bin/python benchmarks/quality_sites12.py [--corpus dev|check|both] [--docs 60]
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
    args = dev_check_arguments(60)
    from benchmarks.corpus_sites12_check import CheckSites12
    from benchmarks.corpus_sites12_dev import DevSites12

    report({"dev": ("development (corpus_sites12_dev)", DevSites12),
            "check": ("check (corpus_sites12_check)", CheckSites12)}, args, "a site's, farm's or facility's contacts")


if __name__ == "__main__":
    main()
