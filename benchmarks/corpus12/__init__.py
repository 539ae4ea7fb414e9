"""Corpus 12: a held-out evaluation set written in other hands (issue 12).

About 300 files of organisations no earlier corpus used — an optician, a 助産院, a
司法書士 office, a 行政書士 visa office, a company dormitory, a 釣り船 operator with a
mountaineering club, a marathon entry desk, an 在宅医療 clinic's night calls, a 職業訓練校 office, a
精神科デイケア — each written with its own words, forms and habits, plus clean files.
Every template, word list, name and address list here was written for this corpus
without reading the detectors or any earlier corpus.

    write(out, seed, scale) -> (tree, truth_path)

The truth (records meta / file / item, benchmarks/scoring/records.py) gives each
value's object and location; look-alikes are `negative` with a `kind`; a 本籍 read
as an address and a normal check-up value are `optional`; later partial mentions of
a name are not labelled (`unlabelled_repeats`)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from benchmarks.corpus12 import (clean, daycare, dormitory, marathon, midwife, nightcall, optician, outdoor, scrivener,
                                 training, visa)
from benchmarks.corpus12.model import Doc
from benchmarks.corpus12.pen import Pen

DEFAULT_SEED = 12012
KINDS = [(optician, 35), (midwife, 34), (scrivener, 36), (visa, 35), (dormitory, 35), (outdoor, 28), (nightcall, 30),
         (daycare, 25), (training, 18), (marathon, 15), (clean, 16)]  # (writer, files at scale 1.0)


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    docs: list[Doc] = []
    for number, (module, files) in enumerate(KINDS):
        pen = Pen(random.Random(seed * 100 + number))
        docs += module.documents(pen, max(1, round(files * scale)))
    return docs


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    records = [{"record": "meta", "corpus": 12, "seed": seed, "scale": scale, "unlabelled_repeats": True}]
    for doc in docs:
        records.append({"record": "file", "path": doc.path, "clean": doc.clean})
        for item in doc.items:
            mark = item.mark
            record = {"record": "item", "path": item.path, "entity_type": mark.entity_type, "value": mark.text,
                      "location": item.location}
            record.update({k: v for k, v in (("category", mark.category), ("date", mark.date), ("kind", mark.kind))
                           if v})
            record.update({k: True for k in ("negative", "optional") if getattr(mark, k)})
            records.append(record)
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
