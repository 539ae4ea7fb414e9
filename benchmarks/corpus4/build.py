"""Build the fourth corpus: a share of office files in TREE and its truth beside it.

    .venv/bin/python -m benchmarks.corpus4 OUT [--seed 20261204] [--scale 1.0]

writes OUT/tree/… (about 300 files at scale 1) and OUT/truth.jsonl (records `meta`,
`file` and `item`, as corpus 2 writes them, so benchmarks/scoring reads it). It is the
held-out evaluation set from 2026-12-03 (corpus 3 became a development set): never run
a detector on it while writing a rule, never tune on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from benchmarks.corpus2 import build as corpus2_build
from benchmarks.corpus2.truth import Doc
from benchmarks.corpus4 import kinds_care, kinds_clean, kinds_groups, kinds_homes, kinds_more, kinds_office, kinds_pay
from benchmarks.corpus4.clerk import Clerk

DEFAULT_SEED = 20261204

# (maker, files at scale 1)
PLAN: list[tuple[Callable[[Clerk, int], Doc], int]] = [
    (kinds_pay.nenmatsu_list, 10), (kinds_pay.gensen_form, 10), (kinds_pay.shikaku_draft, 10),
    (kinds_pay.scholarship, 10),
    (kinds_homes.rental_application, 12), (kinds_homes.condo_roster, 8), (kinds_homes.pta_roster, 8),
    (kinds_homes.alumni_roster, 6), (kinds_homes.insurance_agency, 8), (kinds_homes.pta_handover, 6),
    (kinds_care.nursing_notes, 12), (kinds_care.care_plan, 10), (kinds_care.referral_letter, 10),
    (kinds_care.salon_karte, 8), (kinds_care.bodywork_karte, 8),
    (kinds_office.complaint_log, 12), (kinds_office.applicants, 8), (kinds_office.entry_log, 8),
    (kinds_office.training_roster, 8), (kinds_office.volunteer_card, 10), (kinds_office.accident_deck, 8),
    (kinds_office.form_mail, 8),
    (kinds_groups.trainees, 6), (kinds_groups.transfer_mail, 8), (kinds_groups.supporters_accounts, 6),
    (kinds_groups.religious_accounts, 6), (kinds_groups.union_accounts, 6), (kinds_groups.case_memo, 8),
    (kinds_groups.students_abroad, 6),
    (kinds_more.salary_accounts, 8), (kinds_more.club_payments, 6), (kinds_more.address_change, 10),
    (kinds_more.year_end_zip, 4),
    (kinds_clean.property_flyer, 7), (kinds_clean.course_schedule, 7), (kinds_clean.insurance_leaflet, 6),
    (kinds_clean.condo_news, 6), (kinds_clean.product_ledger, 6), (kinds_clean.entry_rules, 5),
    (kinds_clean.shop_list, 5),
]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document of the corpus, in a fixed order for one seed and scale."""
    return corpus2_build.planned(Clerk(seed), PLAN, scale)


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    """Corpus 2's records, under this corpus's own meta record."""
    return corpus2_build.truth_records(docs, seed, scale,
                                       source="benchmarks/corpus4 (generated; made-up people and values)",
                                       role="held-out evaluation set (from 2026-12-03, after corpus 3)")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    """The tree and the truth file under `out`; returns their paths."""
    docs = generate(seed, scale)
    return corpus2_build.write_tree(out, docs, truth_records(docs, seed, scale))


def main(argv: list[str] | None = None) -> None:
    corpus2_build.command(write, DEFAULT_SEED, "Write the fourth (held-out evaluation) corpus and its truth.", argv)
