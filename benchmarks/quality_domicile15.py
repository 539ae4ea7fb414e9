"""Precision / recall of SENSITIVE/本籍 on domicile15's corpora (issue 12): a person's 本籍 as a
matrix of places (a roster's column, a JSON, XML or YAML key, a form's label above or beside
its value, a card's `label：value`, a 戸籍 transcription, a 婚姻届 or 住民票 copy, a note, a
mail and its attachment) × label spellings × value shapes; look-alikes: a company's 本店所在地,
a product's 原産地, a branch's or a factory's 所在地, players' 出身地, members' 勤務地, a guide to
本籍 certificates. The development corpus (benchmarks/corpus_domicile15_dev.py) and the check
corpus of another writer's habits (benchmarks/corpus_domicile15_check.py), never tuned on.

    .venv/bin/python benchmarks/quality_domicile15.py [--corpus dev|check|both] [--docs 96] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does (findings on look-alike files per kind).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_domicile15_check, corpus_domicile15_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_domicile15_dev.DevDocuments, "check": corpus_domicile15_check.CheckDocuments}

if __name__ == "__main__":
    cli(MAKERS, 96, run)
