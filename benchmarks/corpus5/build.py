"""Build the fifth corpus: a share of office files in TREE and its truth beside it.

    .venv/bin/python -m benchmarks.corpus5 OUT [--seed 20261205] [--scale 1.0]

writes OUT/tree/… (about 300 files at scale 1) and OUT/truth.jsonl (records `meta`,
`file` and `item`, as corpus 2 writes them, so benchmarks/scoring reads it). It is the
held-out evaluation set after corpus 4: never run a detector on it while writing a
rule, never tune on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from benchmarks.corpus2 import build as corpus2_build
from benchmarks.corpus2.truth import Doc
from benchmarks.corpus5 import (kinds_bundle, kinds_clean, kinds_clinic, kinds_money, kinds_rites, kinds_school,
                                kinds_town, kinds_work)
from benchmarks.corpus5.offices import Clerk

DEFAULT_SEED = 20261205

# (maker, files at scale 1)
PLAN: list[tuple[Callable[[Clerk, int], Doc], int]] = [
    (kinds_school.hoken_log, 10), (kinds_school.nursery_card, 10), (kinds_school.juku_karte, 9),
    (kinds_school.sports_roster, 8), (kinds_school.absence_mails, 6),
    (kinds_clinic.ward_list, 10), (kinds_clinic.pharmacy_note, 10), (kinds_clinic.dental_form, 10),
    (kinds_clinic.booking_list, 8),
    (kinds_money.arrears_list, 8), (kinds_money.dunning_memo, 9), (kinds_money.claim_form, 10),
    (kinds_money.moving_quote, 9),
    (kinds_work.haken_ledger, 10), (kinds_work.discipline, 9), (kinds_work.whistle_xml, 8), (kinds_work.harassment, 9),
    (kinds_work.union_consult, 8),
    (kinds_town.resident_consult, 9), (kinds_town.welfare_intake, 10), (kinds_town.campaign_volunteers, 8),
    (kinds_town.temple_event, 8), (kinds_town.church_event, 8), (kinds_town.pilgrimage_roster, 8),
    (kinds_rites.funeral_book, 9), (kinds_rites.wedding_guests, 9), (kinds_rites.shop_members, 10),
    (kinds_rites.business_cards, 9),
    (kinds_bundle.handover_zip, 4), (kinds_bundle.pc_backup, 4),
    (kinds_clean.health_letter, 7), (kinds_clean.pharmacy_notice, 6), (kinds_clean.funeral_prices, 6),
    (kinds_clean.juku_timetable, 6), (kinds_clean.mover_profile, 6), (kinds_clean.news_digest, 6),
    (kinds_clean.product_catalogue, 5),
]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document of the corpus, in a fixed order for one seed and scale."""
    return corpus2_build.planned(Clerk(seed), PLAN, scale)


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    """Corpus 2's records, under this corpus's own meta record."""
    return corpus2_build.truth_records(docs, seed, scale,
                                       source="benchmarks/corpus5 (generated; made-up people and values)",
                                       role="held-out evaluation set (after corpus 4)")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    """The tree and the truth file under `out`; returns their paths."""
    docs = generate(seed, scale)
    return corpus2_build.write_tree(out, docs, truth_records(docs, seed, scale))


def main(argv: list[str] | None = None) -> None:
    corpus2_build.command(write, DEFAULT_SEED, "Write the fifth (held-out evaluation) corpus and its truth.", argv)
