"""How the 要配慮 clause reader's parses fall per object (perf28): whether parsing an
object's sentences in one batch, across its units, would cost less than one call per unit.

    .venv/bin/python benchmarks/clause_batches.py FOLDER [FOLDER ...]

GiNZA's parse of one short sentence costs about twice its share of a batch (the
tok2vec's eight 768×768 matrix products pay a fixed cost per call), so batching pays
only where one object has sentences to parse in several units. Scans every file of
the folders in this process and prints, per folder: files, CPU seconds of the scan,
of the clause reader (tokenizing for its gate and parsing) and of the parse alone;
the parse calls by sentences each (a unit's batch) and the files by sentences each (a
file with the objects inside it: what one batch per file would be, at most per object). Nothing of the texts is printed.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


class ParseCounter:
    """Wraps the pipeline's `pipe` and the clause reader's entry: calls, sentences, CPU."""

    def __init__(self, nlp) -> None:
        self.calls: Counter[int] = Counter()  # sentences per parse call -> calls
        self.parsed = 0
        self.parse_seconds = self.reader_seconds = 0.0
        self._pipe = nlp.pipe
        nlp.pipe = self.pipe  # the instance's attribute: only this pipeline is counted

    def pipe(self, docs, **options):
        docs = list(docs)
        started = time.process_time()
        parsed = list(self._pipe(docs, **options))
        self.parse_seconds += time.process_time() - started
        if docs:
            self.calls[len(docs)] += 1
            self.parsed += len(docs)
        return parsed

    def timed(self, function):
        def wrapper(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.reader_seconds += time.process_time() - started
        return wrapper


def histogram(counts: Counter[int]) -> str:
    return ", ".join(f"{size}×{count}" for size, count in sorted(counts.items())) or "none"


def main() -> None:
    import detectors.jp.sensitive.clauses as clauses
    from scanner.app.lazy_detector import build_detector
    from scanner.crawl import crawl
    from scanner.objects import ObjectScanner

    detector = build_detector()
    counter = ParseCounter(detector.analyzer.nlp_engine.nlp)
    clauses.told_by_sentences = counter.timed(clauses.told_by_sentences)
    scanner = ObjectScanner(detector)
    for folder in sys.argv[1:]:
        counter.calls.clear()
        counter.parse_seconds = counter.reader_seconds = 0.0
        objects: Counter[int] = Counter()
        files, started = 0, time.process_time()
        for entry in crawl(Path(folder)):
            before = counter.parsed
            scanner.scan_entry(entry)
            files += 1
            if counter.parsed > before:
                objects[counter.parsed - before] += 1
        seconds = time.process_time() - started
        print(f"{folder}: {files} files, scan {seconds:.2f} CPU s, clause reader {counter.reader_seconds:.2f} s "
              f"({100 * counter.reader_seconds / seconds:.1f}%), parse {counter.parse_seconds:.2f} s; "
              f"parse calls by sentences: {histogram(counter.calls)}; files by sentences: {histogram(objects)}")


if __name__ == "__main__":
    main()
