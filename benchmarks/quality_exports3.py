"""Precision / recall of PERSON, ADDRESS, POSTAL_CODE, PHONE and DATE_OF_BIRTH in
structured exports (issue 12, exports3): JSON, HTML, Markdown tables, romaji and
English headers, split name columns, labels above values, UTF-16, half-width kana
and 和暦 births in kanji numerals. benchmarks/corpus_exports3_dev.py (the rules are
tuned on it) and benchmarks/corpus_exports3_check.py (written apart, never tuned
on), with dates that are not births flagged as look-alikes and false findings per
clean file.

    .venv/bin/python benchmarks/quality_exports3.py [--corpus dev|check|both] [--docs 100]
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
    args = dev_check_arguments(100)
    from benchmarks.corpus_exports3_check import CheckExports
    from benchmarks.corpus_exports3_dev import DevExports

    report({"dev": ("development (corpus_exports3_dev)", DevExports),
            "check": ("check (corpus_exports3_check)", CheckExports)}, args,
           "dates that are not births")


if __name__ == "__main__":
    main()
