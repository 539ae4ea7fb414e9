"""Corpus 20: a held-out evaluation set written apart from daicho's rules and from the
earlier corpora, by organisations none of them used — a photo studio, an after-school club
(学童保育), a volunteer tourist-guide association, a small factory's health office, a cinema's
membership desk, a bonsai society, an occupational physician's office (産業医), a university
hospital's residency office, an art class, a car-rental desk, a junk-collection firm, a kimono
rental shop, a sheltered-work office (就労継続支援B型), a funeral home's advance consultations,
a city hospital's volunteer desk, an aircraft-maintenance crew's medical office, a hotel's
staff dormitory, a farming company, a waste plant's tour bookings, an English conversation
school, a child-welfare volunteer register, a forestry cooperative's crew, a study-abroad
agent, a piano tuner and a shogi club.

    write(out, seed, scale) -> (out/docs, out/truth.jsonl)

Truth records: `meta`, one `file` per file (clean or not), one `item` per value or
look-alike (object path, entity type, value as written, place, category, date, kind),
kept by the writers as they place each mark (benchmarks.corpus16.model's Lines, Grid)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus16.model import Doc
from benchmarks.corpus16.package import built, named_records, written
from benchmarks.corpus20 import kinds_a as a
from benchmarks.corpus20 import kinds_b as b
from benchmarks.corpus20 import kinds_c as c
from benchmarks.corpus20 import kinds_d as d
from benchmarks.corpus20 import kinds_e as e
from benchmarks.corpus20 import kinds_f as f
from benchmarks.corpus20 import kinds_g as g

DEFAULT_SEED = 20013
PLAN = [(a.studio_ledger, 3), (a.studio_mail, 8), (a.gakudo_enrol, 9), (a.gakudo_contacts, 3), (a.gakudo_diary, 8),
        (a.guide_registry, 2), (a.guide_report, 8), (a.factory_checkup, 3), (a.factory_memo, 6),
        (b.cinema_members, 2), (b.cinema_newsletter, 4), (b.bonsai_members, 3), (b.bonsai_bulletin, 5),
        (b.bonsai_slides, 3), (b.sangyoi_interview, 8), (b.sangyoi_mail, 4), (b.residency_roster, 2),
        (b.residency_mbox, 4), (b.atelier_letter, 6), (b.atelier_students, 3),
        (c.rental_host, 3), (c.rental_agreement, 8), (c.junk_jobs, 3), (c.junk_maildir, 8), (c.kimono_sheet, 2),
        (c.kimono_mail, 6), (c.shuro_records, 2), (c.shuro_notes, 7), (c.funeral_consult, 8), (c.funeral_json, 3),
        (d.volunteer_list, 3), (d.volunteer_mail, 6), (d.hangar_medical, 2), (d.hangar_memo, 5), (d.dorm_register, 3),
        (d.dorm_notes, 7), (d.farm_staff, 2), (d.farm_payroll, 2), (d.plant_bookings, 3), (d.plant_guide, 6),
        (e.eikaiwa_students, 2), (e.eikaiwa_mbox, 3), (e.kodomo_register, 10), (e.forest_crew, 2),
        (e.forest_accident, 6), (e.abroad_applicants, 2), (e.abroad_mail, 7), (e.tuner_visits, 4),
        (e.shogi_results, 4), (e.shogi_members, 2),
        (f.guide_xml, 2), (f.studio_month_zip, 2), (f.invoice, 10), (f.gift_cards, 3),
        (g.factory_suppliers, 3), (g.plant_receipts, 2), (g.shuro_meeting, 7), (g.forest_minutes, 4),
        (g.factory_dependents, 7), (f.clean, 42)]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document; the same bytes for the same seed and scale."""
    return built(PLAN, seed, scale)


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    return named_records(docs, seed, scale, "corpus20")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    docs = generate(seed, scale)
    return written(out, docs, truth_records(docs, seed, scale), maildir_siblings=False)
