"""Precision / recall of SENSITIVE per 要配慮 category on sens18's corpora (issue 12): each
category as organisations no earlier corpus imitated write it (in prose, cells, forms with
tick boxes, English), beside negations and look-alikes of no one. The development corpus
(benchmarks/corpus_sens18_dev.py) and the check corpus, written first by another hand's
organisations and words (benchmarks/corpus_sens18_check.py).

    .venv/bin/python benchmarks/quality_sens18.py [--corpus dev|check|both] [--docs 60] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_sens18_check, corpus_sens18_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_sens18_dev.DevDocuments, "check": corpus_sens18_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 60, run)


if __name__ == "__main__":
    main()
