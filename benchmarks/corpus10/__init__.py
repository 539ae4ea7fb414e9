"""Corpus 10: a held-out evaluation set written apart from the rules and from every
earlier corpus (issue 12). About 300 files of organisations no earlier corpus used
— a 商工会議所, a sports federation, a 緩和ケア ward, a 技能実習 監理団体, a 人間ドック
centre, a sake brewery's seasonal workers and dormitory, a 成年後見 office, a
更生支援 NGO, a hearing-aid shop, a photo studio, a small publisher, a 民生委員
council — each in its writers' own forms and habits, with look-alikes and clean
files. Deterministic by seed.

    write(out, seed, scale) -> (tree, truth.jsonl)
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from benchmarks.corpus10 import brewery, chamber, clean, community, dock, guardian, hospice, kanri, kousei, panel, shops, sports
from benchmarks.corpus10.model import Doc

DEFAULT_SEED = 10010
ORGANISATIONS = (chamber, hospice, kanri, dock, brewery, guardian, kousei, sports, shops, panel, community, clean)


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document, each organisation drawing from its own random stream."""
    docs: list[Doc] = []
    for number, organisation in enumerate(ORGANISATIONS):
        docs += organisation.documents(random.Random(seed * 100 + number), scale)
    return docs


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    records = [{"record": "meta", "corpus": "corpus10", "seed": seed, "scale": scale, "unlabelled_repeats": True}]
    for doc in docs:
        records.append({"record": "file", "path": doc.path, "clean": doc.clean, "kind": doc.kind})
        for item in doc.items:
            mark = item.mark
            record = {"record": "item", "path": item.path, "entity_type": mark.entity_type, "value": mark.text,
                      "location": item.location}
            extra = {"category": mark.category, "date": mark.date, "kind": mark.kind,
                     "negative": mark.negative or None, "optional": mark.optional or None}
            records.append(record | {k: v for k, v in extra.items() if v is not None})
    return records


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    """The corpus under out/tree and its truth in out/truth.jsonl."""
    tree = Path(out) / "tree"
    docs = generate(seed, scale)
    for doc in docs:
        target = tree / doc.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(doc.data)
    truth = Path(out) / "truth.jsonl"
    truth.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in truth_records(docs, seed, scale)),
                     encoding="utf-8")
    return tree, truth
