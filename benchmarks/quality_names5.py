"""Precision / recall of PERSON for names5 (issue 12): names in 旧字体 and rare kanji,
hiragana, foreign names in katakana and passport romaji, Chinese and Korean names
with readings, names split over 姓 / 名 / セイ / メイ cells, staff by surname, beside
products, shops, mascots, companies and facilities that are no person, on two corpora:
benchmarks/corpus_names5_dev.py (the rules are tuned on it) and
benchmarks/corpus_names5_check.py (other words, names and layouts), with the share
of look-alikes flagged and false findings per clean file.

    .venv/bin/python benchmarks/quality_names5.py [--corpus dev|check|both] [--docs 120]
                                                  [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import quality_contacts  # noqa: E402
from benchmarks.quality import _key  # noqa: E402
from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402


def overlapping_look_alikes(truth: dict[str, set], found: dict[str, set], errors: bool = False) -> tuple[int, int]:
    """(look-alikes a PERSON finding overlaps, all of them): a finding holding the
    look-alike, or whose first or last two characters are in it (まもる of まもるくん,
    由美営業時間 of スナック 由美), counts, not only the same value."""
    flagged = total = 0
    for name, expected in sorted(truth.items()):
        people = {v for e, v in expected if e == "PERSON"}
        hits = {v for e, v in found.get(name, set()) if e == "PERSON"} - people  # さくらいなな is no 美容室 さくら
        for entity, value in sorted(v for v in expected if v[0] == "~PERSON"):
            value = _key("PERSON", value)[1]
            total += 1
            if any(value in hit or hit[:2] in value or hit[-2:] in value for hit in hits):
                flagged += 1
                if errors:
                    print(f"LOOK-ALIKE  {name} PERSON {value}")
    return flagged, total


def main() -> None:
    args = dev_check_arguments(120)
    quality_contacts.look_alikes_flagged = overlapping_look_alikes
    from benchmarks.corpus_names5_check import CheckNames5
    from benchmarks.corpus_names5_dev import DevNames5

    report({"dev": ("development (corpus_names5_dev)", DevNames5),
            "check": ("check (corpus_names5_check)", CheckNames5)}, args,
           "products, shops, mascots, companies and facilities read as names")


if __name__ == "__main__":
    main()
