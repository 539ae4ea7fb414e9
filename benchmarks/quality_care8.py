"""Precision / recall of SENSITIVE per 要配慮 category on care8's corpora (issue 12): 障害 and
病歴 told as the information is said — a body part that cannot, an activity hard or helped, a
means of access needed, a disability service used, a delay of development, a questionnaire's
answer, a pregnancy, a disease as a leave's reason, a form naming the person's family and
reading beside them; look-alikes: rules, facility guides, blank questionnaires, notices,
newsletters, leaflets. The development corpus the rules were tuned on
(benchmarks/corpus_care8_dev.py) and the check corpus of another writer's habits
(benchmarks/corpus_care8_check.py).

    .venv/bin/python benchmarks/quality_care8.py [--corpus dev|check|both] [--docs 90] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does (findings on look-alike and
clean files per kind of file).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_care8_check, corpus_care8_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_care8_dev.DevDocuments, "check": corpus_care8_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 90, run)


if __name__ == "__main__":
    main()
