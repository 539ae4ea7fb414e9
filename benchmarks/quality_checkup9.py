"""Precision / recall of SENSITIVE per 要配慮 category on care9's corpora (issue 12):
健康診断結果 laid out as other writers lay it out — a row per person with a value a column,
one person's item rows, host exports of a row per item, a follow-up record, a letter, a
doctor's opinion, a nurse's mail; look-alikes: reference ranges, machine and water
inspections, counts of findings, articles, blank forms. The development corpus
(benchmarks/corpus_checkup9_dev.py) and the check corpus of another writer's habits
(benchmarks/corpus_checkup9_check.py).

    .venv/bin/python benchmarks/quality_checkup9.py [--corpus dev|check|both] [--docs 60] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_checkup9_check, corpus_checkup9_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_checkup9_dev.DevDocuments, "check": corpus_checkup9_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 60, run)


if __name__ == "__main__":
    main()
