"""Precision / recall of SENSITIVE per 要配慮 category on care16's corpora (issue 12): what makes
a condition a disability or an illness by the words it is said in — a para-sport's name beside
a disability column holding a treatment, a treatment's supplies delivered to a client, a
condition left after a disease or an operation, a disease's tendency — beside look-alikes of
no one (a programme of para-sports, a supplier's notice). The development corpus
(benchmarks/corpus_care16_dev.py) and the check corpus of another writer's placements and
words (benchmarks/corpus_care16_check.py).

    .venv/bin/python benchmarks/quality_care16.py [--corpus dev|check|both] [--docs 40] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_care16_check, corpus_care16_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_care16_dev.DevDocuments, "check": corpus_care16_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 40, run)


if __name__ == "__main__":
    main()
