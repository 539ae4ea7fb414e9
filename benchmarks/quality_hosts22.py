"""Precision / recall of DATE_OF_BIRTH, PHONE and HEALTH_INSURANCE_NUMBER in headerless host
records (padded by characters, parted by one blank) and of births bare after a subject's
name (issue 12, hosts22): benchmarks/corpus_hosts22_dev.py (tuned on) and
benchmarks/corpus_hosts22_check.py (another hand, nothing in common, never tuned on), with
false findings per clean file.

    .venv/bin/python benchmarks/quality_hosts22.py [--corpus dev|check|both] [--docs 40]
                                                   [--negatives 20] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_hosts22_check import CheckHosts22
    from benchmarks.corpus_hosts22_dev import DevHosts22

    dev_check_main(40, {"dev": ("development (corpus_hosts22_dev)", DevHosts22),
                        "check": ("check (corpus_hosts22_check)", CheckHosts22)}, ("DATE_OF_BIRTH", "PHONE", "HEALTH_INSURANCE_NUMBER"))


if __name__ == "__main__":
    main()
