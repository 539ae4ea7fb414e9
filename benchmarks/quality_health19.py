"""Precision / recall of SENSITIVE on health19's corpora (issue 12): 病歴 as a health centre, a
donor coordinator, a meal service and an adoption group write it (symptoms, a result's line
going on with the person's history, allergens under remarks, a household's illness) and their
look-alikes. The development corpus (benchmarks/corpus_health19_dev.py) and the check corpus of
another writer's habits (benchmarks/corpus_health19_check.py), never tuned on.

    .venv/bin/python benchmarks/quality_health19.py [--corpus dev|check|both] [--docs 36] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_health19_check, corpus_health19_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_health19_dev.DevDocuments, "check": corpus_health19_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 36, run)


if __name__ == "__main__":
    main()
