"""Build the sixth corpus: a share of office files in TREE and its truth beside it.

    .venv/bin/python -m benchmarks.corpus6 OUT [--seed 20261206] [--scale 1.0]

writes OUT/tree/… (about 300 files at scale 1) and OUT/truth.jsonl (records `meta`,
`file` and `item`, as corpus 2 writes them, so benchmarks/scoring reads it). It is the
next held-out evaluation set, after corpus 5: never run a detector on it while writing
a rule, never tune on it, never read its errors."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from benchmarks.corpus2 import build as corpus2_build
from benchmarks.corpus2.truth import Doc
from benchmarks.corpus6 import (kinds_care, kinds_clean, kinds_more, kinds_office, kinds_people, kinds_shop, kinds_town,
                                kinds_travel)
from benchmarks.corpus6.desk import Desk

DEFAULT_SEED = 20261206

# (maker, files at scale 1)
PLAN: list[tuple[Callable[[Desk, int], Doc], int]] = [
    (kinds_shop.dealer_cards, 10), (kinds_shop.phone_contracts, 9), (kinds_shop.salon_karte, 10),
    (kinds_shop.vet_ledger, 8), (kinds_shop.gym_entry, 10),
    (kinds_travel.tour_roster, 7), (kinds_travel.hotel_register, 8), (kinds_travel.ryokan_card, 8),
    (kinds_care.care_plan, 10), (kinds_care.care_log, 8), (kinds_care.nurse_visit, 10),
    (kinds_office.sharoushi_ledger, 9), (kinds_office.tax_clients, 8), (kinds_office.tax_return, 10),
    (kinds_office.law_consult, 10),
    (kinds_people.trainee_ledger, 9), (kinds_people.scholarship, 9), (kinds_people.applicants, 10),
    (kinds_people.interview_sheet, 8), (kinds_people.shareholders, 8),
    (kinds_town.fire_company, 9), (kinds_town.neighbourhood, 10), (kinds_town.alumni_fees, 9),
    (kinds_town.lease_renewal, 8),
    (kinds_more.marriage_profiles, 8), (kinds_more.probation_notes, 9), (kinds_more.victim_intake, 9),
    (kinds_more.rental_application, 9), (kinds_more.insurance_agency, 8),
    (kinds_more.body_donation, 8),
    (kinds_clean.car_prices, 6), (kinds_clean.hotel_guide, 6), (kinds_clean.gym_rules, 6), (kinds_clean.vet_notice, 6),
    (kinds_clean.tax_fees, 6), (kinds_clean.law_column, 6), (kinds_clean.care_events, 6),
]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document of the corpus, in a fixed order for one seed and scale."""
    return corpus2_build.planned(Desk(seed), PLAN, scale)


# corpus 2's records (docs, seed, scale) under this corpus's own meta record
truth_records = partial(corpus2_build.truth_records, source="benchmarks/corpus6 (generated; made-up people and values)",
                        role="held-out evaluation set (next, after corpus 5)")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    """The tree and the truth file under `out`; returns their paths."""
    docs = generate(seed, scale)
    return corpus2_build.write_tree(out, docs, truth_records(docs, seed, scale))
