"""Corpus 22: a held-out evaluation set written apart from daicho's rules and from the
earlier corpora, by organisations none of them used — a 競技かるた club, a citizens'
ombudsman group, an obstetrics clinic's mothers' class, a university's international
student office, a braille library, a pet cemetery, a city council's public gallery, a
craft shop's classes, a karate dojo, a claims adjuster, a used-car dealer, a ballroom
dance studio, a pottery class, a fishing charter boat, a rent guarantee company, a
notary's office, a detective agency, a pilgrimage tour operator, an offenders'
rehabilitation hostel, a manufacturer's hiring desk, a guide-dog association, a
Vietnamese residents' mutual-aid society, a triathlon race office, a railway fans'
club and a yoga studio.

    write(out, seed, scale) -> (out/docs, out/truth.jsonl)

Truth records: `meta`, one `file` per file (clean or not), one `item` per value or
look-alike (object path, entity type, value as written, place, category, date, kind),
kept by the writers as they place each mark (benchmarks.corpus16.model's Lines, Grid)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus16.model import Doc
from benchmarks.corpus16.package import built, named_records, with_domicile_as_address, written
from benchmarks.corpus22 import kinds_a as a
from benchmarks.corpus22 import kinds_b as b
from benchmarks.corpus22 import kinds_c as c
from benchmarks.corpus22 import kinds_d as d
from benchmarks.corpus22 import kinds_e as e
from benchmarks.corpus22 import kinds_f as f
from benchmarks.corpus22 import kinds_g as g

DEFAULT_SEED = 22013
PLAN = [(a.karuta_roster, 3), (a.karuta_report, 6), (a.ombuds_intake, 10), (a.ombuds_members, 2),
        (a.maternity_class, 3), (a.maternity_leaflet, 5), (a.ryugaku_list, 3), (a.ryugaku_mail, 7),
        (a.tenji_users, 3), (a.tenji_loans, 2), (b.pet_contract, 8), (b.pet_memorial, 3), (b.bocho_register, 4),
        (b.bocho_petitions, 2), (b.shugei_signup, 2), (b.shugei_mail, 7), (b.karate_form, 7), (b.karate_members, 2),
        (b.songai_report, 9), (b.songai_cases, 2), (c.usedcar_order, 7), (c.usedcar_customers, 2), (c.dance_mbox, 3),
        (c.dance_programme, 3), (c.toge_letter, 6), (c.toge_roster, 3), (c.fishing_manifest, 5), (c.fishing_export, 2),
        (c.hosho_application, 7), (c.hosho_memo, 4), (d.notary_draft, 6), (d.notary_booking, 5), (d.tantei_report, 6),
        (d.tantei_inquiry, 5), (d.pilgrim_list, 2), (d.pilgrim_mail, 6), (d.kosei_residents, 3), (d.kosei_diary, 7),
        (d.saiyo_entries, 2), (d.saiyo_interview, 8), (e.guidedog_users, 2), (e.guidedog_report, 6),
        (e.vietnam_members, 2), (e.vietnam_mail, 6), (e.triathlon_bundle, 2), (e.triathlon_notice, 2),
        (e.tetsudo_bulletin, 3), (e.tetsudo_members, 2), (e.yoga_intake, 3), (e.yoga_mail, 7),
        (g.tenji_honorarium, 2), (g.saiyo_onboarding, 2), (g.usedcar_loan, 2), (g.fishing_reservation, 6),
        (g.petgrave_call, 6), (g.karate_mail, 5), (g.bocho_minutes, 4), (g.tetsudo_mbox, 2), (g.ryugaku_interview, 5),
        (g.maternity_call, 5), (f.clean, 43)]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document; the same bytes for the same seed and scale."""
    return with_domicile_as_address(built(PLAN, seed, scale))


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    return named_records(docs, seed, scale, "corpus22")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    docs = generate(seed, scale)
    return written(out, docs, truth_records(docs, seed, scale))
