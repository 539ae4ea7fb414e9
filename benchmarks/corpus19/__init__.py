"""Corpus 19: a held-out evaluation set written apart from daicho's rules and from the
earlier corpora, by organisations none of them used — a children's hall, a community
centre's courses, a chamber of commerce, a butsudan shop, a shipyard's safety-and-health
office, a hospital kiosk, a community support centre (地域包括), a university rugby
team's medical sheet, a Japanese volunteer class, a bento shop's delivery, a parking
lot's contract desk, an airline's lost-and-found, a neighbourhood disaster drill, a
marrow-donor coordinator, a health centre's contact tracing, an animal-adoption group,
an apparel shop's members, a mutual-aid 共済, a boys' baseball team, a cemetery office,
a cooperating employer (協力雇用主), a labour bank (労働金庫), a church, a family-tree
researcher and a consumer centre.

    write(out, seed, scale) -> (out/docs, out/truth.jsonl)

Truth records: `meta`, one `file` per file (clean or not), one `item` per value or
look-alike (object path, entity type, value as written, place, category, date, kind),
kept by the writers as they place each mark (benchmarks.corpus16.model's Lines, Grid)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus16.model import Doc
from benchmarks.corpus16.package import built, named_records, written
from benchmarks.corpus19 import kinds_a, kinds_b, kinds_c, kinds_d, kinds_e, kinds_f

DEFAULT_SEED = 19013
PLAN = [(kinds_a.children_hall, 6), (kinds_a.children_hall_diary, 7), (kinds_a.community_courses, 8),
        (kinds_a.community_leaflet, 5), (kinds_a.chamber_members, 4), (kinds_a.chamber_application, 5),
        (kinds_a.butsudan_ledger, 4), (kinds_a.butsudan_letter, 6), (kinds_a.shipyard_checkup, 4),
        (kinds_b.shipyard_minutes, 6), (kinds_b.shipyard_doctor_mail, 6), (kinds_b.kiosk_shifts, 4),
        (kinds_b.kiosk_contract, 5), (kinds_b.support_centre, 9), (kinds_b.support_notes, 6),
        (kinds_b.team_medical, 3), (kinds_b.team_tour, 4), (kinds_b.japanese_class, 4), (kinds_b.japanese_class_xml, 4),
        (kinds_c.bento_export, 3), (kinds_c.bento_order, 9), (kinds_c.parking_contract, 7), (kinds_c.parking_list, 3),
        (kinds_c.lost_and_found, 8), (kinds_c.drill_roster, 4), (kinds_c.drill_review, 4), (kinds_c.marrow_mails, 5),
        (kinds_c.contact_tracing, 5),
        (kinds_d.adoption_list, 4), (kinds_d.adoption_mail, 6), (kinds_d.apparel_members, 5),
        (kinds_d.kyosai_claims, 4),
        (kinds_d.kyosai_letter, 6), (kinds_d.baseball_roster, 4), (kinds_d.baseball_contacts, 6),
        (kinds_d.cemetery_ledger, 3), (kinds_d.cemetery_succession, 5), (kinds_d.employer_interview, 7),
        (kinds_e.labour_bank, 3), (kinds_e.church_members, 3), (kinds_e.church_prayer, 5), (kinds_e.family_tree, 6),
        (kinds_e.consumer_centre, 5), (kinds_e.notice, 14), (kinds_e.catalogue, 7),
        (kinds_f.kiosk_register, 3), (kinds_f.employer_mail, 7), (kinds_f.teacher_notes, 5), (kinds_f.drill_nurse, 5),
        (kinds_f.employer_intake, 3),
        (kinds_f.course_survey, 8),
        (kinds_e.clean, 42)]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document; the same bytes for the same seed and scale."""
    return built(PLAN, seed, scale)


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    return named_records(docs, seed, scale, "corpus19")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    docs = generate(seed, scale)
    return written(out, docs, truth_records(docs, seed, scale), maildir_siblings=False)
