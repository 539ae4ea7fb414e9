"""Precision / recall of BASIC_PENSION_NUMBER, EMPLOYMENT_INSURANCE_NUMBER,
RESIDENCE_CARD and PASSPORT on the two corpora of issue 12's numbers14 work:
benchmarks/corpus_numbers14_dev.py (the rules are tuned on it) and
benchmarks/corpus_numbers14_check.py (another writer: no template or word list in
common), with look-alikes flagged (an employer's 事業所番号, 労働保険番号, a pension
office's phone, example numbers) and false findings per clean file.

    .venv/bin/python benchmarks/quality_numbers14.py [--corpus dev|check|both] [--docs 96]
                                                [--negatives 20] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402


def main() -> None:
    args = dev_check_arguments(96)
    from benchmarks.corpus_numbers14_check import CheckNumbers14
    from benchmarks.corpus_numbers14_dev import DevNumbers14

    report({"dev": ("development (corpus_numbers14_dev)", DevNumbers14),
            "check": ("check (corpus_numbers14_check)", CheckNumbers14)}, args,
           "an employer's own numbers, phones and example numbers")


if __name__ == "__main__":
    main()
