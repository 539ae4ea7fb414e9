"""Corpus 18: a held-out evaluation set written apart from daicho's rules and from the
earlier corpora, by organisations none of them used — a meal-delivery service, a post
office's counter, a 行政書士 office, a pet sitter, a bicycle shop's 防犯登録 export, a
city hall's window, a volunteer fire company, 民生委員, a volunteer centre, an
electronics store's repair desk, an optician, a hearing-aid shop, a drugstore's points
club, a councillor's office, a research-ethics committee, a clinical-trial site, prison
chaplaincy volunteers, a 社会福祉協議会's loan desk, a farm inn, a fitness club, a
swimming school's parents, an international association's desk, a locksmith, a
job-placement agency, a co-op's home delivery, a children's cafeteria and an estate
clearance firm.

    write(out, seed, scale) -> (out/docs, out/truth.jsonl)

Truth records: `meta`, one `file` per file (clean or not), one `item` per value or
look-alike (object path, entity type, value as written, place, category, date, kind),
kept by the writers as they place each mark (benchmarks.corpus16.model's Lines, Grid)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus16.model import Doc
from benchmarks.corpus16.package import built, named_records, written
from benchmarks.corpus18 import kinds_a, kinds_b, kinds_c, kinds_d

DEFAULT_SEED = 18013
PLAN = [(kinds_a.meal_delivery, 6), (kinds_a.meal_delivery_note, 8), (kinds_a.post_office, 5),
        (kinds_a.post_office_diary, 6), (kinds_a.admin_scrivener, 12), (kinds_a.pet_sitter, 8),
        (kinds_a.bicycle_export, 4), (kinds_a.city_window, 8), (kinds_a.city_page, 6), (kinds_a.fire_brigade, 5),
        (kinds_a.welfare_visitor, 8), (kinds_a.volunteer_centre, 5),
        (kinds_b.repair_desk, 12), (kinds_b.optician, 8), (kinds_b.hearing_aid, 8), (kinds_b.drugstore_points, 4),
        (kinds_b.councillor, 8), (kinds_b.ethics_review, 6), (kinds_b.trial_site, 5), (kinds_b.chaplaincy, 8),
        (kinds_b.welfare_loan, 6),
        (kinds_c.farm_inn, 6), (kinds_c.fitness_club, 5), (kinds_c.trainer_mail, 8), (kinds_c.swim_parents, 14), (kinds_c.exchange_desk, 10),
        (kinds_c.locksmith, 6), (kinds_c.placement, 14), (kinds_c.coop_delivery, 5), (kinds_c.kids_cafeteria, 8),
        (kinds_c.estate_clearance, 8),
        (kinds_d.notice, 20), (kinds_d.catalogue, 12), (kinds_d.clean, 42)]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document; the same bytes for the same seed and scale."""
    return built(PLAN, seed, scale)


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    return named_records(docs, seed, scale, "corpus18")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    docs = generate(seed, scale)
    return written(out, docs, truth_records(docs, seed, scale), maildir_siblings=False)
