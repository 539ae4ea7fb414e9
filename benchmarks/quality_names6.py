"""Precision / recall of PERSON for names6 (issue 12): foreign residents' names with
middle names, married names with the former surname in brackets, half-width katakana
and hiragana, mail display names, split name columns, JSON / XML keys and vCards, a
guardian beside a child, guest lists, a teacher's or nurse's sentence, Chinese,
Korean and Vietnamese names — beside shops, clinics, ships, horses, typhoons,
mascots, streets and companies named like people, on two corpora:
benchmarks/corpus_names6_dev.py (the rules are tuned on it) and
benchmarks/corpus_names6_check.py (other words, names and layouts), with the share
of look-alikes flagged and false findings per clean file.

    .venv/bin/python benchmarks/quality_names6.py [--corpus dev|check|both] [--docs 110]
                                                  [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import quality_contacts  # noqa: E402
from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402
from benchmarks.quality_names5 import overlapping_look_alikes  # noqa: E402


def main() -> None:
    args = dev_check_arguments(110)
    quality_contacts.look_alikes_flagged = overlapping_look_alikes
    from benchmarks.corpus_names6_check import CheckNames6
    from benchmarks.corpus_names6_dev import DevNames6

    report({"dev": ("development (corpus_names6_dev)", DevNames6),
            "check": ("check (corpus_names6_check)", CheckNames6)}, args,
           "shops, clinics, ships, horses, typhoons, mascots, streets and companies read as names")


if __name__ == "__main__":
    main()
