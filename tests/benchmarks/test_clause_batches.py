"""benchmarks/clause_batches.py: parse calls counted by their sentences, on a stand-in pipeline."""

from __future__ import annotations

from collections import Counter

from benchmarks.clause_batches import ParseCounter, histogram


class _Pipeline:
    def pipe(self, docs, **options):
        return (doc.upper() for doc in docs)


def test_each_call_with_sentences_is_counted_by_its_size_and_empty_calls_are_not():
    pipeline = _Pipeline()
    counter = ParseCounter(pipeline)
    assert pipeline.pipe(iter(["ab", "cd"]), disable=["ner"]) == ["AB", "CD"]
    pipeline.pipe(iter([]))
    pipeline.pipe(["ef"])
    assert counter.calls == Counter({2: 1, 1: 1}) and counter.parsed == 3


def test_a_timed_function_answers_as_before_and_its_time_is_added():
    counter = ParseCounter(_Pipeline())
    assert counter.timed(lambda a, b=0: a + b)(2, b=3) == 5
    assert counter.reader_seconds >= 0


def test_the_histogram_lists_sizes_in_order():
    assert histogram(Counter({3: 1, 1: 4})) == "1×4, 3×1"
    assert histogram(Counter()) == "none"
