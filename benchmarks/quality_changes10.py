"""Precision / recall of DATE_OF_BIRTH beside the dates of a change in a person's record
(issue 12, dates10): 異動日, 変更年月日, 転居日, 資格取得日/喪失日, 効力発生日, 退職日 in
forms without a colon, bracketed labels, key=value lines, space-separated tables under a
header line, 扶養 change rows and sentences. benchmarks/corpus_changes10_dev.py (tuned on)
and benchmarks/corpus_changes10_check.py (another hand, nothing in common, never tuned
on), with the dates of a change reported as births (look-alikes flagged) and false
findings per clean file.

    .venv/bin/python benchmarks/quality_changes10.py [--corpus dev|check|both] [--docs 70]
                                                     [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402


def main() -> None:
    args = dev_check_arguments(70)
    from benchmarks.corpus_changes10_check import CheckChanges10
    from benchmarks.corpus_changes10_dev import DevChanges10

    report({"dev": ("development (corpus_changes10_dev)", DevChanges10),
            "check": ("check (corpus_changes10_check)", CheckChanges10)}, args, "dates of a change read as births")


if __name__ == "__main__":
    main()
