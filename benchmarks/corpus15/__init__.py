"""Corpus 15: a held-out evaluation set written apart from daicho's rules and the
earlier corpora (issue 12), by organisations none of them used — a municipal
sports centre, a para-sports club, a golf course's caddies, a 日本舞踊 school, a 囲碁
club, a 言語聴覚 clinic, a 美容外科, a レセプト billing office, a 産後ケア centre, a
訪問理美容 round, a 社員食堂 contractor, a cleaning company, a 手話通訳 dispatch, a
fish market's buyers, a 通信制高校, a coworking space, a 公務員 exam school, a
gallery, a campground, a 造園 company, a pharmacy's delivery round.

    write(out, seed, scale) -> (out/docs, out/truth.jsonl)

Truth records: `meta`, one `file` per file (clean or not), one `item` per value or
look-alike (object path, entity type, value as written, place, category, date)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from benchmarks.corpus15 import kinds_a, kinds_b, kinds_c, kinds_d, kinds_e, kinds_f
from benchmarks.corpus15.model import Doc

DEFAULT_SEED = 15013
PLAN = [(kinds_a.sports_centre, 8), (kinds_a.para_sports, 8), (kinds_a.caddie_roster, 8),
        (kinds_a.dance_school, 8), (kinds_a.go_club, 8), (kinds_b.speech_notes, 12),
        (kinds_b.cosmetic_counselling, 12), (kinds_b.receipt_export, 8), (kinds_b.postpartum_form, 4),
        (kinds_b.hair_round, 10), (kinds_c.canteen_payroll, 12), (kinds_c.cleaning_mail, 12),
        (kinds_c.interpreter_dispatch, 8), (kinds_c.fish_buyers, 8), (kinds_c.school_personal, 12),
        (kinds_c.coworking_form, 10), (kinds_d.exam_school_slides, 8), (kinds_d.gallery_artists, 8),
        (kinds_d.campground_bookings, 8), (kinds_d.landscaper_notes, 8), (kinds_d.food_delivery_mail, 8),
        (kinds_d.health_notice, 8), (kinds_d.price_list, 6), (kinds_d.clean, 40),
        (kinds_e.caddie_checkup, 8), (kinds_e.guidance_record, 8), (kinds_e.marathon_volunteers, 6),
        (kinds_e.interpreter_maildir, 4), (kinds_e.practicum_pdf, 6), (kinds_e.allotment_odt, 8),
        (kinds_e.teacher_registry, 8), (kinds_f.club_application, 8), (kinds_f.daily_report, 8)]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document, the same bytes for the same seed and scale."""
    docs = []
    for index, (kind, count) in enumerate(PLAN):
        rng = random.Random(seed * 100 + index)
        for n in range(max(1, round(count * scale))):
            made = kind(rng, n)
            docs += made if isinstance(made, list) else [made]
    return docs


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    records = [{"record": "meta", "corpus": "corpus15", "seed": seed, "scale": scale, "unlabelled_repeats": True}]
    for doc in docs:
        records.append({"record": "file", "path": doc.path, "clean": doc.clean})
    for doc in docs:
        for item in doc.items:
            mark = item.mark
            record = {"record": "item", "path": item.path, "entity_type": mark.entity_type, "value": mark.text,
                      "location": item.location}
            record.update({k: v for k, v in (("category", mark.category), ("date", mark.date), ("kind", mark.kind),
                                             ("negative", mark.negative), ("optional", mark.optional)) if v})
            records.append(record)
    return records


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    out = Path(out)
    tree = out / "docs"
    docs = generate(seed, scale)
    for doc in docs:
        target = tree / doc.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(doc.data)
    truth = out / "truth.jsonl"
    truth.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in truth_records(docs, seed, scale)),
                     encoding="utf-8")
    return tree, truth
