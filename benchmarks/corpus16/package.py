"""The shape every corpus package since corpus 16 shares: a plan of document kinds built with
one seed, and its documents written as files beside their truth. Each writer keeps its own
kinds and plan; only this frame is common."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path

import benchmarks.corpus15 as corpus15
from benchmarks.corpus16.model import Doc, Item, maybe

Plan = Sequence[tuple[Callable, int]]  # (a kind of document, how many at scale 1.0)


def built(plan: Plan, seed: int, scale: float) -> list[Doc]:
    """Every document of a plan; the same bytes for the same seed and scale (a kind's own Random)."""
    docs = []
    for index, (kind, count) in enumerate(plan):
        rng = random.Random(seed * 1000 + index)
        for n in range(max(1, round(count * scale))):
            made = kind(rng, n)
            docs += made if isinstance(made, list) else [made]
    return docs


def with_domicile_as_address(docs: list[Doc]) -> list[Doc]:
    """A 本籍 is written like an address: reporting it as one is neither right nor wrong."""
    for doc in docs:
        doc.items += [Item(i.path, maybe("ADDRESS", i.mark.text), i.location) for i in doc.items
                      if i.mark.category == "本籍" and not i.mark.negative]
    return docs


def named_records(docs: list[Doc], seed: int, scale: float, name: str) -> list[dict]:
    """The shared truth records (meta, file, item) of corpus 15's model, under the corpus's name."""
    records = corpus15.truth_records(docs, seed, scale)
    records[0]["corpus"] = name
    return records


def written(out: Path, docs: list[Doc], records: list[dict], maildir_siblings: bool = True) -> tuple[Path, Path]:
    """The documents as files under out/docs and their truth as out/truth.jsonl. Corpora 16-21
    were written without a Maildir's new/ and tmp/ (pass False: the same files as they scored)."""
    out = Path(out)
    tree = out / "docs"
    for doc in docs:
        target = tree / doc.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(doc.data)
        if maildir_siblings and target.parent.name == "cur":  # a Maildir: its cur/ beside new/ and tmp/
            for sibling in ("new", "tmp"):
                (target.parent.parent / sibling).mkdir(exist_ok=True)
    truth = out / "truth.jsonl"
    truth.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return tree, truth
