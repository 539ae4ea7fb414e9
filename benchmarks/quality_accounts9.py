"""Precision / recall of BANK_ACCOUNT, BASIC_PENSION_NUMBER and EMPLOYMENT_INSURANCE_NUMBER
as other hands write them (issue 12, accounts9): every file format daicho reads × the ways
a record writes the value (a column of its own with 銀行/支店/種目 in others, a header
lost, a merged header, codes split in cells, a label above, prose, English or romaji
keys, a mail's sentence, an attachment). benchmarks/corpus_accounts9_dev.py (a payroll
office's 給与振込 exports, tuned on) and benchmarks/corpus_accounts9_check.py (an 入社手続
form set by another hand, nothing in common, never tuned on), with the numbers of the
same shapes under other labels and the organisation's own account reported (look-alikes
flagged) and false findings per clean file.

    .venv/bin/python benchmarks/quality_accounts9.py [--corpus dev|check|both] [--docs 60]
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
    args = dev_check_arguments(60)
    from benchmarks.corpus_accounts9_check import CheckAccounts9
    from benchmarks.corpus_accounts9_dev import DevAccounts9

    report({"dev": ("development (corpus_accounts9_dev)", DevAccounts9),
            "check": ("check (corpus_accounts9_check)", CheckAccounts9)}, args,
           "other numbers of the same shapes, the organisation's own account")


if __name__ == "__main__":
    main()
