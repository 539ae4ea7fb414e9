"""Precision / recall of SENSITIVE per 要配慮 category on health13's corpora (issue 12): a
person's condition where it is said — a clinician's shorthand (#1 DM, h/o OMI), a nurse's, a
parent's or the person's own prose, a disability with its cause or treatment — beside disability
words that describe a place, a system, a course or an employer, and numbered lists of no one.
The development corpus (benchmarks/corpus_health13_dev.py) and the check corpus of another
writer's habits (benchmarks/corpus_health13_check.py).

    .venv/bin/python benchmarks/quality_health13.py [--corpus dev|check|both] [--docs 64] [--seed 2026] [--errors]
    .venv/bin/python benchmarks/quality_health13.py --fresh [--docs 64] [--seed 2026] [--errors]

--fresh scores a third corpus instead (benchmarks/corpus_health13_fresh.py), written after the
rules were frozen and scored once, untouched (the check corpus was read while the rules were
written: see docs/benchmarks.md, health13).

Built, scanned and counted as benchmarks/quality_sens6.py does.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_health13_check, corpus_health13_dev, corpus_health13_fresh  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_health13_dev.DevDocuments, "check": corpus_health13_check.CheckDocuments}


FRESH = {"dev": corpus_health13_fresh.FreshDocuments}  # printed under the name "dev" by the shared table


def cli_with_fresh(makers: dict, fresh: dict, docs: int) -> None:
    """The shared command line, or with --fresh the fresh corpus alone (printed as "dev")."""
    if "--fresh" in sys.argv:
        sys.argv = [arg for arg in sys.argv if arg != "--fresh"] + ["--corpus", "dev"]
        cli(fresh, docs, run)
    else:
        cli(makers, docs, run)


def main() -> None:
    cli_with_fresh(MAKERS, FRESH, 64)


if __name__ == "__main__":
    main()
