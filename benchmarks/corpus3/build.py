"""Build the third corpus: a share of office files in TREE and its truth beside it.

    .venv/bin/python -m benchmarks.corpus3 OUT [--seed 20261203] [--scale 1.0]

writes OUT/tree/… (about 300 files at scale 1) and OUT/truth.jsonl (records `meta`,
`file` and `item`, as corpus 2 writes them, so benchmarks/scoring reads it). It was the
held-out evaluation set on 2026-12-03 (scored three times); since then it is a
development set and benchmarks/corpus4 is what detection is reported on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from benchmarks.corpus2 import build as corpus2_build
from benchmarks.corpus2.truth import Doc
from benchmarks.corpus3 import (kinds_bundle, kinds_care, kinds_clean, kinds_customer, kinds_hr, kinds_more,
                                kinds_prose, kinds_web)
from benchmarks.corpus3.desk import Desk

DEFAULT_SEED = 20261203

# (maker, files at scale 1)
PLAN: list[tuple[Callable[[Desk, int], Doc], int]] = [
    (kinds_prose.minutes, 8), (kinds_prose.talk_minutes, 6), (kinds_prose.daily_report, 10), (kinds_prose.near_miss, 10),
    (kinds_prose.leave_letter, 10), (kinds_prose.referral, 8),
    (kinds_hr.appraisal, 6), (kinds_hr.doctor_note, 10), (kinds_hr.ringi, 8), (kinds_hr.odd_roster, 8),
    (kinds_hr.number_ledger, 8), (kinds_hr.foreign_staff, 8),
    (kinds_care.consultation, 10), (kinds_care.care_ledger, 8), (kinds_care.guidance, 10), (kinds_care.memorial, 8),
    (kinds_care.guarantee, 8),
    (kinds_customer.survey, 6), (kinds_customer.inquiry, 10), (kinds_customer.invoice, 10),
    (kinds_customer.member_form, 12), (kinds_customer.romaji_export, 10),
    (kinds_more.hiring_memo, 6), (kinds_more.residents_memo, 8), (kinds_more.checkoff, 5),
    (kinds_more.guest_export, 5), (kinds_more.driver_register, 5), (kinds_more.emergency_card, 6),
    (kinds_more.shift_roster, 5), (kinds_more.checkup_list, 5),
    (kinds_web.form_json, 5), (kinds_web.wiki_page, 5), (kinds_web.booking_page, 5),
    (kinds_bundle.transfer_mail, 8), (kinds_bundle.inbox, 6), (kinds_bundle.labour_zip, 6),
    (kinds_clean.health_column, 7), (kinds_clean.temple_notice, 6), (kinds_clean.catalogue, 6),
    (kinds_clean.company_invoice, 6), (kinds_clean.delivery_schedule, 6), (kinds_clean.branch_list, 5),
    (kinds_clean.post_minutes, 6),
]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document of the corpus, in a fixed order for one seed and scale."""
    return corpus2_build.planned(Desk(seed), PLAN, scale)


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    """Corpus 2's records, under this corpus's own meta record."""
    return corpus2_build.truth_records(docs, seed, scale, source="benchmarks/corpus3 (generated; made-up people and values)",
                                       role="held-out evaluation set (from 2026-12-03)")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    """The tree and the truth file under `out`; returns their paths."""
    docs = generate(seed, scale)
    return corpus2_build.write_tree(out, docs, truth_records(docs, seed, scale))


def main(argv: list[str] | None = None) -> None:
    corpus2_build.command(write, DEFAULT_SEED, "Write the third (held-out evaluation) corpus and its truth.", argv)
