"""What checkup15's two corpora (benchmarks/corpus_checkup15_dev.py and _check.py) do alike: a
person's document and a look-alike in turn, and a truth of 健康診断結果 phrases. They hold no
template, label or word: each corpus brings its own."""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import ONLY
from benchmarks.sens7_writers import Parts

RESULT = "健康診断結果"
Maker = Callable[[int], Doc]


class TurnTaking:
    """A corpus whose people's documents (`people`) and look-alikes (`alike`) take turns."""

    def __init__(self, corpus: Corpus, prefix: str, surnames: list[str], given: list[str], space: str) -> None:
        self.c = corpus
        self.w = Parts(corpus, prefix, surnames, given, space)

    def people(self) -> list[Maker]:
        raise NotImplementedError

    def alike(self) -> list[Maker]:
        raise NotImplementedError

    def positives(self, count: int) -> list[Doc]:
        """A person's result and a look-alike in turn (a precision matrix is half the point)."""
        makers = [m for pair in zip(self.people() * 2, self.alike() * 3) for m in pair]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        return []

    @staticmethod
    def truth(phrases: list[str]) -> set:
        return {("SENSITIVE", f"{RESULT}:{phrase}") for phrase in phrases} | {ONLY}
