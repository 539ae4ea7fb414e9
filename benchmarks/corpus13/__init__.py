"""Corpus 13: a held-out evaluation set written apart from daicho's rules and its
earlier corpora — the shares of organisations none of them wrote for (an after-school
club, a day service for disabled children, a harbour's stevedore gangs, a marrow donor
coordinator, a fertility clinic, a share house, a cemetery office, an estate
clearance firm, a care-equipment rental, an animal shelter, a night junior high
school, a meal delivery round), each in its own words, forms and formats, and
clean files with no personal data. `write(out, seed, scale)` gives (tree, truth)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from benchmarks.corpus13 import clean
from benchmarks.corpus13.common import organisation
from benchmarks.corpus13.kinds import KINDS
from benchmarks.corpus13.marks import Document

DEFAULT_SEED = 13013
FILES, CLEAN_FILES = 300, 42


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Document]:
    """The corpus's documents for a seed: the same bytes and truth every time."""
    rng = random.Random(seed)
    total, quiet = round(FILES * scale), max(1, round(CLEAN_FILES * scale))
    per_kind, extra = divmod(total - quiet, len(KINDS))
    documents = []
    for number, kind in enumerate(KINDS):
        org = organisation(rng, *kind.ORG)
        for index in range(per_kind + (number < extra)):
            documents.append(kind.MAKERS[index % len(kind.MAKERS)](rng, index, org))
    return documents + clean.documents(rng, quiet)


def truth_records(documents: list[Document], seed: int, scale: float) -> list[dict]:
    records = [{"record": "meta", "corpus": "13", "seed": seed, "scale": scale, "unlabelled_repeats": True}]
    for doc in documents:
        records.append({"record": "file", "path": doc.path, "clean": doc.clean})
    for doc in documents:
        for item in doc.items:
            mark = item.mark
            record = {"record": "item", "path": item.path, "entity_type": mark.entity_type, "value": mark.text,
                      "location": item.location, "category": mark.category, "date": mark.date}
            record.update({k: v for k, v in (("negative", mark.negative), ("optional", mark.optional),
                                              ("kind", mark.kind)) if v})
            records.append(record)
    return records


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    """The tree under out/tree and its truth in out/truth.jsonl."""
    tree, documents = Path(out) / "tree", generate(seed, scale)
    for doc in documents:
        target = tree / doc.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(doc.data)
    truth = Path(out) / "truth.jsonl"
    truth.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in truth_records(documents, seed, scale)),
                     encoding="utf-8")
    return tree, truth
