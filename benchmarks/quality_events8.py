"""Precision / recall of SENSITIVE per 要配慮 category on events8's corpora (issue 12):
犯罪歴, 犯罪被害, 人種・民族 and 宗教 told as events and origins — an offence's procedure and
penalty, a victim's events, roots and descent, a faith by its practice; look-alikes: notices,
a law's text, trainings, a plot, a funeral hall's menu of denominations, lists of police
stations or embassies. The development corpus the rules were tuned on
(benchmarks/corpus_events8_dev.py) and the check corpus of another writer's templates and
words (benchmarks/corpus_events8_check.py).

    .venv/bin/python benchmarks/quality_events8.py [--corpus dev|check|both] [--docs 90] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does (findings on look-alike and
clean files per kind of file).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_events8_check, corpus_events8_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_events8_dev.DevDocuments, "check": corpus_events8_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 90, run)


if __name__ == "__main__":
    main()
