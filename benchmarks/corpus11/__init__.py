"""Corpus 11: a held-out evaluation set written apart from the rules and from every
earlier corpus (issue 12): about 300 files of organisations no earlier corpus used —
a 児童相談所-style case file, 里親 support, a B型 workshop, a 介護タクシー, a 保健所's
tracing desk, a karaoke chain's staff ledger, a freelance platform, a seasonal farm-work
dispatcher, a factory's 産業医 office, a 回復期リハ ward, an orthodontist, a 鍼灸整骨院, a
transplant coordinator, a music school, a motorcycle club, a detective agency, a kimono
rental shop, a 葬祭互助会, a 公営住宅 office, a local radio station, a university
admissions office, prison-visiting volunteers, a 寺子屋-style tutoring group, a cooperative
housing board, an ambulance records office and a home-schooling network — in every office, mail and export
format, with look-alikes and clean files. `write(out, seed, scale)` gives (tree, truth)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from benchmarks.corpus11 import clean, kinds_care, kinds_clinic, kinds_more, kinds_town, kinds_voices, kinds_work
from benchmarks.corpus11.bundles import bundle
from benchmarks.corpus11.model import Document, Item, Mark

DEFAULT_SEED = 11011
KINDS = (
    (kinds_care.case_file, 10), (kinds_care.foster_registration, 8), (kinds_care.workshop_roster, 9),
    (kinds_care.care_taxi_log, 8), (kinds_care.tracing_sheet, 8), (kinds_care.health_notice, 8),
    (kinds_work.staff_ledger, 9), (kinds_work.freelance_export, 8), (kinds_work.farm_dispatch, 8),
    (kinds_work.farm_csv, 8), (kinds_work.checkup_followup, 9), (kinds_work.occupational_interview, 10),
    (kinds_clinic.handover, 10), (kinds_clinic.ward_patients, 8), (kinds_clinic.ortho_ledger, 8),
    (kinds_clinic.ortho_contract, 8), (kinds_clinic.treatment_record, 8), (kinds_clinic.transplant_notes, 6),
    (kinds_town.music_mail, 7), (kinds_town.moto_members, 8), (kinds_town.moto_touring, 6),
    (kinds_town.detective_report, 8), (kinds_town.detective_intake, 8), (kinds_town.kimono_reservations, 8),
    (kinds_town.gojokai_host, 7), (kinds_town.tenant_household, 8),
    (kinds_voices.listener_mbox, 7), (kinds_voices.applicants, 6), (kinds_voices.web_applications, 6),
    (kinds_voices.visiting_log, 8),
    (kinds_more.tutoring_card, 8), (kinds_more.board_minutes, 8), (kinds_more.ambulance_sheet, 8),
    (kinds_more.homeschool_mail, 8),
    (clean.price_list, 8), (clean.timetable, 8), (clean.office_notice, 10), (clean.manual, 8),
)
BUNDLES = 6


def _count(base: int, scale: float) -> int:
    return max(1, round(base * scale))


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Document]:
    """Every document, the same bytes and truth for a seed."""
    documents = []
    for writer, base in KINDS:
        for i in range(_count(base, scale)):
            documents.append(with_optional(writer(random.Random(f"{seed}:{writer.__name__}:{i}"), i)))
    for i in range(_count(BUNDLES, scale)):
        documents.append(bundle(random.Random(f"{seed}:bundle:{i}"), i))
    return documents


def with_optional(document: Document) -> Document:
    """A 本籍 value may also be reported as an address: neither right nor wrong."""
    extra = [Item(i.path, i.location, Mark("ADDRESS", i.mark.text, optional=True))
             for i in document.items if i.mark.category == "本籍"]
    document.items.extend(extra)
    return document


def truth_records(documents: list[Document], seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[dict]:
    records = [{"record": "meta", "corpus": "corpus11", "seed": seed, "scale": scale, "unlabelled_repeats": True}]
    for d in documents:
        records.append({"record": "file", "path": d.path, "clean": d.clean, "kind": d.kind})
        for item in d.items:
            m = item.mark
            record = {"record": "item", "path": item.path, "entity_type": m.entity_type, "value": m.text,
                      "location": item.location}
            record.update({k: v for k, v in (("category", m.category), ("date", m.date), ("kind", m.kind)) if v})
            record.update({k: True for k in ("negative", "optional") if getattr(m, k)})
            records.append(record)
    return records


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    """The corpus under out/tree and its truth in out/truth.jsonl."""
    out = Path(out)
    tree = out / "tree"
    documents = generate(seed, scale)
    for d in documents:
        target = tree / d.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(d.data)
    truth = out / "truth.jsonl"
    truth.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in truth_records(documents, seed, scale)),
                     encoding="utf-8")
    return tree, truth
