"""Corpus 14: a held-out evaluation set written apart from daicho's rules and from
every earlier corpus (issue 12): a nursing-exam cram school, an after-school day
service for disabled children, a dental laboratory, a student hall of residence, a
body-donation association, a private lodging host, a car repair garage, a builders'
union with its labour-insurance office and a newspaper delivery agency, in office,
mail, archive and host-export formats, with look-alikes and clean files.

    write(out, seed, scale) -> (tree, truth.jsonl)
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.corpus14.build import generate
from benchmarks.corpus14.model import Document

DEFAULT_SEED = 14013


def truth_records(documents: list[Document], seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[dict]:
    records = [{"record": "meta", "corpus": "14", "seed": seed, "scale": scale, "unlabelled_repeats": True}]
    for doc in documents:
        records.append({"record": "file", "path": doc.path, "clean": doc.clean})
    for doc in documents:
        for item in doc.items:
            mark = item.mark
            record = {"record": "item", "path": item.path, "entity_type": mark.entity_type, "value": mark.text,
                      "location": item.location}
            for key in ("category", "date", "kind"):
                if getattr(mark, key):
                    record[key] = getattr(mark, key)
            if mark.negative:
                record["negative"] = True
            if mark.optional:
                record["optional"] = True
            records.append(record)
    return records


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    tree, truth = Path(out) / "tree", Path(out) / "truth.jsonl"
    documents = generate(seed, scale)
    for doc in documents:
        target = tree / doc.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(doc.data)
    truth.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in truth_records(documents, seed, scale)),
                     encoding="utf-8")
    return tree, truth


__all__ = ["DEFAULT_SEED", "generate", "truth_records", "write"]
