"""Corpus 9: a held-out evaluation set written in other hands (issue 12).

About 300 files of organisations no earlier corpus used — a dialysis clinic's
transport desk, a 就労移行支援 office, a DV 相談 shelter, a clinical-trial site, a
健保組合, a 消防団, an airline's crew office, a shipping crew agency, a ski school,
a 日本語学校, a PTA, a 漁協's host export, a 森林組合's payroll transfer, a 婚活
event company, an alumni association, an election desk, a labour complaint desk,
a pet-sitter, a 協力雇用主, a house-cleaning company holding keys, a wedding hall and a
blood donation centre —
with labelled values, look-alikes and clean files, written without reading any
detector or earlier corpus.

    tree, truth = benchmarks.corpus9.write(out, seed=DEFAULT_SEED, scale=1.0)
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.corpus9 import care, clean, crews, donation, members, wedding
from benchmarks.corpus9.base import Writer
from benchmarks.corpus9.model import Doc

DEFAULT_SEED = 9009

# (writer, files at scale 1.0)
WRITERS = [
    (care.dialysis_transport, 18), (care.employment_support, 16), (care.shelter, 14), (care.clinical_trial, 10),
    (care.health_insurance_society, 15), (care.health_newsletter, 4),
    (crews.fire_brigade, 18), (crews.airline_crew, 14), (crews.shipping_crew, 10), (crews.ski_school, 12),
    (crews.language_school, 12),
    (members.pta, 15), (members.fishing_coop, 8), (members.forest_payroll, 10), (members.marriage_events, 14),
    (members.alumni, 10), (members.election_desk, 8), (members.complaint_desk, 14), (members.pet_sitter, 14),
    (members.cooperating_employer, 12), (members.cleaning_keys, 8),
    (wedding.wedding_hall, 8), (donation.donation_centre, 9),
    (clean.clean_files, 42),
]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every file of the corpus, the same bytes for a seed; each writer has its
    own random source so that one writer's changes leave the others alone."""
    docs = []
    for n, (writer, files) in enumerate(WRITERS):
        docs += writer(Writer(seed * 100 + n), max(1, round(files * scale)))
    return docs


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    records = [{"record": "meta", "corpus": "corpus9", "seed": seed, "scale": scale, "unlabelled_repeats": True}]
    for doc in docs:
        records.append({"record": "file", "path": doc.path, "clean": doc.clean})
        for item in doc.items:
            m = item.mark
            record = {"record": "item", "path": item.path, "entity_type": m.entity_type, "value": m.text,
                      "location": item.location}
            for key in ("category", "date", "kind"):
                if getattr(m, key):
                    record[key] = getattr(m, key)
            if m.negative:
                record["negative"] = True
            if m.optional:
                record["optional"] = True
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
        if target.parent.name == "cur":  # a Maildir has its new/ and tmp/ beside cur/
            for folder in ("new", "tmp"):
                (target.parent.parent / folder).mkdir(exist_ok=True)
    truth = Path(out) / "truth.jsonl"
    truth.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in truth_records(docs, seed, scale)),
                     encoding="utf-8")
    return tree, truth
