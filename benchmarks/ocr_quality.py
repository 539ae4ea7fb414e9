"""OCR quality on generated scans: synthetic 履歴書 pages (as image-only PDFs) and
My Number card-like images (PNG), rendered with Noto Sans CJK at 200 and 300
dpi, skewed, speckled and blurred (samples/scans.py), read by daicho's scanner
(Tesseract jpn + the detectors, as `daicho scan` does).

    python benchmarks/ocr_quality.py [--people 10] [--seed 7]

For each planted item (name, address, birth date, phone numbers, My Number) it
reports:
- text recall: the value appears in the OCR text (spaces and hyphens ignored);
- finding recall: a finding of the right type holds that value;
and the pages read per second (wall clock, on a shared machine: indicative).
Nothing is written but the temporary scans.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detectors import Detector, build_analyzer, load_ja_nlp  # noqa: E402
from samples.scans import card_image, degraded, resume_page, write_scanned_pdf  # noqa: E402
from samples.synth import Person, make_people  # noqa: E402
from scanner.extract import Limits, extract  # noqa: E402
from scanner.extract.budget import Budget  # noqa: E402
from scanner.objects import ObjectScanner  # noqa: E402

_LOOSE = re.compile(r"[\s\-‐ー－・.]")


def loose(text: str) -> str:
    return _LOOSE.sub("", text)


def planted(person: Person, kind: str) -> dict[str, tuple[str, str]]:
    """item -> (entity type, value as the detectors canonicalise it)."""
    items = {"name": ("PERSON", loose(person.name)), "address": ("ADDRESS", loose(person.address)),
             "birth date": ("DATE_OF_BIRTH", person.birth.isoformat())}
    if kind == "résumé":
        items |= {"phone": ("PHONE", "+81" + loose(person.phone)[1:]),
                  "mobile": ("PHONE", "+81" + loose(person.mobile)[1:])}
    else:
        items |= {"My Number": ("MY_NUMBER", person.my_number)}
    return items


def _text_has(text: str, entity: str, value: str, person: Person) -> bool:
    shown = {"PHONE": value.replace("+81", "0"), "DATE_OF_BIRTH": f"{person.birth:%Y年%m月%d日}"}.get(entity, value)
    return loose(shown) in loose(text)


def _found(findings, entity: str, value: str) -> bool:
    for finding in findings:
        if finding.entity_type != entity:
            continue
        got, value = loose(finding.value), loose(value)
        if got == value or (entity == "ADDRESS" and len(got) >= 6 and (got in value or value in got)):
            return True
    return False


def _scan(path: Path, scanner: ObjectScanner, limits: Limits) -> tuple[str, list, float, int]:
    data = path.read_bytes()
    started = time.perf_counter()
    record = scanner.scan_bytes(path.name, data)
    seconds = time.perf_counter() - started
    text = "\n".join(u.text for u in extract(path.name, data, Budget(limits)).units)  # for text recall only
    return text, record.findings, seconds, record.ocr_pages


def run(people: int, seed: int) -> None:
    scanner, limits = ObjectScanner(Detector(build_analyzer(load_ja_nlp()))), Limits()
    rng = random.Random(seed)
    text_hits, finding_hits, totals = Counter(), Counter(), Counter()
    seconds, pages = 0.0, 0
    with tempfile.TemporaryDirectory() as work:
        for number, person in enumerate(make_people(people, seed)):
            for dpi in (200, 300):
                resume = Path(work) / f"resume_{number}_{dpi}.pdf"
                write_scanned_pdf(resume, [degraded(resume_page(person, dpi), rng, dpi=dpi)], dpi=dpi)
                card = Path(work) / f"card_{number}_{dpi}.png"
                degraded(card_image(person, dpi), rng, dpi=dpi).save(card, dpi=(dpi, dpi))
                for kind, path in (("résumé", resume), ("card", card)):
                    text, findings, took, read = _scan(path, scanner, limits)
                    seconds, pages = seconds + took, pages + read
                    for item, (entity, value) in planted(person, kind).items():
                        key = (kind, dpi, item)
                        totals[key] += 1
                        text_hits[key] += _text_has(text, entity, value, person)
                        finding_hits[key] += _found(findings, entity, value)
    _print(totals, text_hits, finding_hits, seconds, pages)


def _print(totals: Counter, text_hits: Counter, finding_hits: Counter, seconds: float, pages: int) -> None:
    print("| scan | dpi | item | in OCR text | found (finding) |")
    print("|---|---|---|---|---|")
    for key in sorted(totals, key=lambda k: (k[0], k[1], k[2])):
        kind, dpi, item = key
        n = totals[key]
        print(f"| {kind} | {dpi} | {item} | {text_hits[key]}/{n} | {finding_hits[key]}/{n} |")
    all_text, all_found, n = sum(text_hits.values()), sum(finding_hits.values()), sum(totals.values())
    print(f"\nall items: in OCR text {all_text}/{n} ({all_text / n:.0%}), found {all_found}/{n} ({all_found / n:.0%})")
    print(f"{pages} pages in {seconds:.1f} s: {pages / seconds:.2f} pages/s (scan incl. detection, one process)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    run(args.people, args.seed)


if __name__ == "__main__":
    main()
