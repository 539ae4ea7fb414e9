"""How the names5 and names6 corpora (benchmarks/corpus_names5_dev.py, _check.py and
the names6 pair) put their pieces into documents: each document kind in turn,
look-alikes added to half of the text files, clean files of look-alikes only. Holds no template, word or name: each
corpus brings its own kinds (`kinds()`, `look_alike_kinds()`)."""

from __future__ import annotations

import random

from benchmarks.corpus import Doc

SCORED = {("*", "PERSON")}


class Names5Documents:
    prefix = "n5"

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, items):
        return self.rng.choice(items)

    def kinds(self) -> list:
        """Methods giving (text, suffix, truth) of one document with people."""
        raise NotImplementedError

    def look_alike_kinds(self) -> list:
        """Methods giving (text, truth) of names that are no person's."""
        raise NotImplementedError

    def look_alikes(self) -> tuple[str, set]:
        text, truth = "", set()
        for kind in self.rng.sample(self.look_alike_kinds(), 2):
            more, also = kind()
            text, truth = text + more + "\n", truth | also
        return text, truth

    def positives(self, count: int) -> list[Doc]:
        kinds = self.kinds()
        docs = []
        for i in range(count):
            text, suffix, truth = kinds[i % len(kinds)]()
            if suffix == ".txt" and self.rng.random() < 0.5:
                more, also = self.look_alikes()
                text, truth = text + "\n" + more, truth | also
            docs.append(Doc(f"{self.prefix}{i:03d}{suffix}", text.encode("utf-8"), truth | SCORED))
        return docs

    def negatives(self, count: int) -> list[Doc]:
        return [Doc(f"{self.prefix}_clean{i:03d}.txt", self.look_alikes()[0].encode("utf-8")) for i in range(count)]
