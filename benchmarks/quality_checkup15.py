"""Precision / recall of SENSITIVE per 要配慮 category on checkup15's corpora (issue 12): the
recall matrix of a person's check-up result (a form's item rows with the value's unit, findings
under item labels above, English and romaji keys of JSON and XML exports, a stress check's
judgement, a follow-up table's finding beside its judgement word) and the precision matrix of
health notices (a result said of a kind of people, a by-law, a legend of grades in a sentence,
attendance, reference ranges). The development corpus (benchmarks/corpus_checkup15_dev.py) and
the check corpus of another writer's habits (benchmarks/corpus_checkup15_check.py).

    .venv/bin/python benchmarks/quality_checkup15.py [--corpus dev|check|both] [--docs 48] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does; look-alikes are among the
positives' documents (one in two), so --docs sets both.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_checkup15_check, corpus_checkup15_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_checkup15_dev.DevDocuments, "check": corpus_checkup15_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 48, run)


if __name__ == "__main__":
    main()
