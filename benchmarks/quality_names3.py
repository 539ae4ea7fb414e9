"""Precision / recall of PERSON in office prose and mail (issue 12, names3): minutes
written speaker by speaker, daily reports with callbacks, ringi, appraisals, incident
reports, enquiry mails with quoted questions, foreign workers' names in katakana and
romaji, Chinese and Korean names with readings, on two corpora:
benchmarks/corpus_names3_dev.py (the rules are tuned on it) and
benchmarks/corpus_names3_check.py (another author's words, no template or list in
common), with the share of shops, products and roles reported as people (look-alikes
flagged) and false findings per clean file.

    .venv/bin/python benchmarks/quality_names3.py [--corpus dev|check|both] [--docs 120]
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
    from benchmarks.corpus_names3_check import CheckNames
    from benchmarks.corpus_names3_dev import DevNames

    report({"dev": ("development (corpus_names3_dev)", DevNames),
            "check": ("check (corpus_names3_check)", CheckNames)}, args,
           "shops, products and roles read as names")


if __name__ == "__main__":
    main()
