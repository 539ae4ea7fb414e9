"""Labelled quality and throughput benchmark of the detectors.

    .venv/bin/python benchmarks/quality.py [--docs 200] [--negatives 48] [--runs 5]
                                           [--seed 2026] [--errors] [--baseline-chars 20000]

Generates the hard corpus of benchmarks/corpus.py (rosters, letters, e-mails,
minutes, case notes, forms, slides, archives, and documents of kinds the detectors
were not tuned on, plus hard negatives) in every format, scans it with daicho's
ObjectScanner, and prints precision / recall / F1 per entity type (matched on
document, type and canonical value; addresses by containment, SENSITIVE by
category and overlapping text), false positives per file with no personal data,
characters per second per core end to end (extraction + detection, median and best of the timed runs), the same
texts through Presidio with the full GiNZA pipeline (NER on all text), and peak
memory. Results and their reading: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.corpus import Corpus, address_key  # noqa: E402

def write_docs(root: Path, docs, truth: dict[str, set], clean: list[str] | None = None) -> None:
    """Write each generated document under root with its truth (and its name in clean:
    a file with no personal data)."""
    for doc in docs:
        (root / doc.name).write_bytes(doc.data)
        truth[doc.name] = doc.truth
        if clean is not None:
            clean.append(doc.name)


def build(root: Path, docs: int, negatives: int, seed: int) -> tuple[dict[str, set], list[str]]:
    corpus = Corpus(seed)
    truth: dict[str, set] = {}
    for doc in corpus.positives(docs) + corpus.heldout(docs // 5):
        (root / doc.name).write_bytes(doc.data)
        truth[doc.name] = doc.truth
    names = []
    for doc in corpus.negatives(negatives) + corpus.heldout_negatives(negatives // 8):
        (root / doc.name).write_bytes(doc.data)
        truth[doc.name] = doc.truth
        names.append(doc.name)
    for doc in corpus.sensitive(docs // 4):
        (root / doc.name).write_bytes(doc.data)
        truth[doc.name] = doc.truth
    return truth, names


def _key(entity: str, value: str) -> tuple[str, str]:
    """A detection as the truth labels it: ADDRESS by its text, every other type
    (SENSITIVE as `category:phrase`) by its canonical value."""
    if entity == "ADDRESS":
        return entity, address_key(value)
    return entity, value


def _partial_mentions(expected: set, got: set) -> set:
    """`山田さん` later in a document that names 山田太郎: the same person, not an
    error; such partial names are neither counted right nor wrong."""
    names = {v for e, v in expected if e == "PERSON"}
    return {(e, v) for e, v in got if e == "PERSON" and v not in names and any(v in n for n in names)}


def _phrase(value: str) -> str:
    return "".join(unicodedata.normalize("NFKC", value).lower().split())


def sensitive_overlaps(truth: str, hit: str) -> bool:
    """`category:phrase` pairs of one document: the same category, and texts that
    overlap (one inside the other, or sharing at least half of the shorter)."""
    truth_category, _, truth_text = truth.partition(":")
    hit_category, _, hit_text = hit.partition(":")
    if truth_category != hit_category:
        return False
    a, b = _phrase(truth_text), _phrase(hit_text)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    common = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
    return common >= max(2, min(len(a), len(b)) / 2)


def _matched(entity: str, expected: set, got: set) -> set[tuple[str, str]]:
    """Pairs (truth, detection). An address is found when a detection contains it
    (with its building) or is contained in it (住所1 of a split address: people of
    one town share that value); 要配慮 information by category and overlapping text;
    every other type by its canonical value."""
    if entity == "SENSITIVE":
        return {(truth, hit) for truth in expected for hit in got if sensitive_overlaps(truth, hit)}
    if entity != "ADDRESS":
        return {(v, v) for v in expected & got}
    return {(truth, hit) for truth in expected for hit in got
            if truth in hit or (hit in truth and len(hit) >= 8)}


def outcomes(truth: dict[str, set], found: dict[str, set]):
    """(document, entity, matched pairs, missed values, false values) for every
    document and entity type, in order."""
    for name, expected in sorted(truth.items()):
        got = found.get(name, set())
        got = got - _partial_mentions(expected, got)
        labelled = {v for e, v in expected if e == "*"}  # a document labelled for these types only
        for entity in sorted({e for e, _ in expected | got} - {"*"}):
            if labelled and entity not in labelled:
                continue
            exp = {v for e, v in expected if e == entity}
            hit = {v for e, v in got if e == entity}
            matched = _matched(entity, exp, hit)
            yield name, entity, matched, exp - {e for e, _ in matched}, hit - {h for _, h in matched}


def score(truth: dict[str, set], found: dict[str, set]) -> dict[str, Counter]:
    table: dict[str, Counter] = {}
    for _, entity, matched, missed, false in outcomes(truth, found):
        row = table.setdefault(entity, Counter())
        row["tp"] += len({t for t, _ in matched})  # truths found (one may overlap several hits)
        row["fp"] += len(false)
        row["fn"] += len(missed)
    return table


def measure(scanner, root: Path, docs: int, negatives: int, seed: int) -> tuple[dict[str, Counter], float]:
    """The corpus built under root, scanned once and scored: (counts per entity type,
    false positives per negative file). benchmarks/detection_report.py reports it."""
    truth, negative_names = build(root, docs, negatives, seed)
    found = found_in(scan(scanner, root))
    return score(truth, found), false_alarms_per_file(truth, found, negative_names)


def sensitive_by_category(truth: dict[str, set], found: dict[str, set]) -> dict[str, Counter]:
    """SENSITIVE scored per 要配慮 category (tp: truths found, fp: hits matching none)."""
    table: dict[str, Counter] = {}
    for _, entity, matched, missed, false in outcomes(truth, found):
        if entity != "SENSITIVE":
            continue
        for kind, values in (("tp", {t for t, _ in matched}), ("fn", missed), ("fp", false)):
            for value in values:
                table.setdefault(value.partition(":")[0], Counter())[kind] += 1
    return table


def print_table(table: dict[str, Counter], title: str) -> None:
    print(f"| {title} | precision | recall | F1 | tp | fp | fn |\n|---|---|---|---|---|---|---|")
    for entity, c in sorted(table.items()):
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"| {entity} | {p:.3f} | {r:.3f} | {f1:.3f} | {c['tp']} | {c['fp']} | {c['fn']} |")


def scan(scanner, root: Path) -> dict:
    """The scanner's records of every file under root: the work that is timed."""
    from scanner.crawl import crawl

    return {entry.uri: scanner.scan_entry(entry) for entry in crawl(root)}


def found_in(records: dict) -> dict[str, set]:
    """What the records report for each file, keyed as the truth is (not timed)."""
    return {uri: {_key(f.entity_type, f.value) for o in record.walk() for f in o.findings}
            for uri, record in records.items()}


def false_alarms_per_file(truth: dict[str, set], found: dict[str, set], negatives: list[str]) -> float:
    return sum(len(found.get(n, set()) - truth[n]) for n in negatives) / max(1, len(negatives))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--negatives", type=int, default=48)
    parser.add_argument("--runs", type=int, default=5, help="timed runs (median and best reported)")
    parser.add_argument("--errors", action="store_true", help="print each miss and false alarm (synthetic values)")
    parser.add_argument("--baseline-chars", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=2026, help="another seed: other people and values")
    args = parser.parse_args()
    from scanner.crawl import crawl
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        truth, negatives = build(root, args.docs, args.negatives, seed=args.seed)
        detector = build_detector()  # as `daicho scan` builds it
        nlp = detector.analyzer.nlp_engine.nlp
        scanner = ObjectScanner(detector)
        chars = 0
        texts = []
        timings = []
        for _ in range(args.runs):  # this machine is shared: several runs, median and best
            start = time.process_time()
            records = scan(scanner, root)
            timings.append(time.process_time() - start)
        found = found_in(records)
        cpu, best = sorted(timings)[len(timings) // 2], min(timings)
        for entry in crawl(root):  # characters of content as extracted (not timed)
            units = extracted_units(entry.uri, Path(entry.path).read_bytes(), entry.is_mail)
            texts += [u.text for u in units]
            # cells count by their own text, not the header labels composed before them
            chars += sum(sum(s.end - s.start for s in u.spans) if u.spans else len(u.text) for u in units)
        baseline = baseline_rate(nlp, texts, args.baseline_chars)
    table = score(truth, found)
    if args.errors:
        print_errors(truth, found)
    fp_negative = false_alarms_per_file(truth, found, negatives)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"documents: {len(truth)} labelled (csv, tsv, xlsx, docx, pptx, txt, eml, pdf, zip) + {len(negatives)} hard negatives\n")
    print_table(table, "entity")
    print()
    print_table(sensitive_by_category(truth, found), "SENSITIVE category")
    print(f"\nfalse positives per file with no personal data: {fp_negative:.3f}")
    print(f"throughput, extraction + detection, one core: {chars / cpu:,.0f} chars/s median of {args.runs} runs, "
          f"{chars / best:,.0f} best ({chars:,} chars; CPU per run {', '.join(f'{t:.2f}' for t in timings)} s)")
    print(f"Presidio + full GiNZA pipeline (NER on all text), one core: {baseline:,.0f} chars/s")
    print(f"peak memory (RSS) of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


def extracted_units(name: str, data: bytes, is_mail: bool = False) -> list:
    """Text units of a file and of its archive members and attachments."""
    from scanner.extract import extract
    from scanner.extract.budget import Budget

    extraction = extract(name, data, Budget(), is_mail)
    units = list(extraction.units)
    for child in extraction.children:
        units += extracted_units(child.name, child.data)
    return units


def print_errors(truth: dict[str, set], found: dict[str, set]) -> None:
    for name, entity, _, missed, false in outcomes(truth, found):
        for value in sorted(missed):
            print(f"MISS  {name} {entity} {value}")
        for value in sorted(false):
            print(f"FALSE {name} {entity} {value}")


def baseline_rate(nlp, texts: list[str], budget: int) -> float:
    """Presidio's own spaCy engine over ja_ginza: every text through the full
    pipeline (tok2vec + parser + NER), with the same recognizers."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from detectors import build_registry

    engine = SpacyNlpEngine(models=[{"lang_code": "ja", "model_name": "ja_ginza"}])
    engine.nlp = {"ja": nlp}  # the pipeline already loaded
    from detectors.context import JapaneseContextEnhancer

    analyzer = AnalyzerEngine(registry=build_registry(), nlp_engine=engine, supported_languages=["ja"],
                              context_aware_enhancer=JapaneseContextEnhancer())
    sample, total = [], 0
    for text in texts:
        if total >= budget:
            break
        sample.append(text[:5000])
        total += len(sample[-1])
    start = time.process_time()
    for text in sample:
        analyzer.analyze(text, language="ja")
    return total / (time.process_time() - start)


if __name__ == "__main__":
    main()
