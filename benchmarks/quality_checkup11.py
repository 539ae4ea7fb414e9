"""Precision / recall of SENSITIVE per 要配慮 category on checkup11's corpora (issue 12): a
person's check-up result, condition or disability beside what only resembles one — a legend
of grades one entry a line, a criterion's judgement, counts of people per judgement and rates
per item, a form letter to a placeholder, printed choices, denied findings, a service's
clients (障害者の就労支援), aids as goods, a screening schedule, specialty clinics. The
development corpus (benchmarks/corpus_checkup11_dev.py) and the check corpus of another
writer's habits (benchmarks/corpus_checkup11_check.py).

    .venv/bin/python benchmarks/quality_checkup11.py [--corpus dev|check|both] [--docs 64] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_checkup11_check, corpus_checkup11_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_checkup11_dev.DevDocuments, "check": corpus_checkup11_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 64, run)


if __name__ == "__main__":
    main()
