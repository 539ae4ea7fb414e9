"""Precision / recall of SENSITIVE per 要配慮 category on beliefs14's corpora (issue 12): 宗教, 信条,
人種・民族 and 犯罪歴 as a matrix of places (a roster's column, an English or romaji key, an XML
element, a label above its value, a `label：value` line, a family table, a note, a mail) × ways of
saying it; look-alikes: a temple's, a shrine's or a church's own pages, a school's founding faith,
a union's office, rally and agreements, an employer's notice, a column or news on sentences. The
development corpus (benchmarks/corpus_beliefs14_dev.py) and the check corpus of another writer's
habits (benchmarks/corpus_beliefs14_check.py), never tuned on.

    .venv/bin/python benchmarks/quality_beliefs14.py [--corpus dev|check|both] [--docs 96] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does (findings on look-alike files per kind).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_beliefs14_check, corpus_beliefs14_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_beliefs14_dev.DevDocuments, "check": corpus_beliefs14_check.CheckDocuments}

if __name__ == "__main__":
    cli(MAKERS, 96, run)
