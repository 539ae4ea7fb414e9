"""Corpus 23: a held-out evaluation set written apart from daicho's rules and from the earlier
corpora, by twenty-five organisations none of them used — a day service for disabled children
(放課後等デイサービス), a medical interpreters' dispatch, a kimono-dressing class, a keirin riders'
association, an old-house restoration NPO, a community FM listener desk, a wedding MC agency,
a hunters' association, a criminal-defence NPO, a job-transition support office (就労移行支援),
a bookshop's outside sales (外商), a distance university's study centre, a fireworks maker,
a racing stable, a sumo stable, an overseas-posting relocation service, a first-aid course
provider, a bouldering gym, a roofed pleasure-boat operator (屋形船), a haiku circle, a folk-song
class, a patent attorneys' office, a hair salon, a kendo federation's grading and a highway-bus
operator.

    write(out, seed, scale) -> (out/docs, out/truth.jsonl)

Truth records: `meta`, one `file` per file (clean or not), one `item` per value or look-alike
(object path, entity type, value as written, place, category, date, kind), kept by the writers
as they place each mark (benchmarks.corpus16.model's Lines, Grid)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus16.model import Doc
from benchmarks.corpus16.package import built, named_records, with_domicile_as_address, written
from benchmarks.corpus23 import clean as k
from benchmarks.corpus23 import orgs_a as a
from benchmarks.corpus23 import orgs_b as b
from benchmarks.corpus23 import orgs_c as c
from benchmarks.corpus23 import orgs_d as d

DEFAULT_SEED = 23013
PLAN = [(a.hidamari_roster, 3), (a.hidamari_notebook, 9), (a.kotoba_request, 10), (a.kotoba_roster, 3),
        (a.kitsuke_form, 10), (a.kitsuke_students, 3), (a.keirin_members, 3), (a.keirin_medical, 5),
        (a.kominka_volunteers, 3), (a.kominka_minutes, 7), (b.fm_letters, 6), (b.fm_winners, 3), (b.mc_booking, 10),
        (b.mc_roster, 2), (b.ryoyu_register, 3), (b.ryoyu_incident, 8), (b.keiben_intake, 12), (b.ikou_records, 8),
        (b.ikou_export, 3), (b.gaisho_orders, 4), (b.gaisho_statement, 7), (c.hosou_students, 3), (c.hosou_form, 9),
        (c.hanabi_slides, 4), (c.hanabi_bundle, 3), (c.kyusha_staff, 3), (c.kyusha_notes, 7), (c.sumo_rikishi, 3),
        (c.sumo_mail, 8), (c.relo_family, 3), (c.relo_mail, 9), (c.kyumei_attendees, 3), (c.kyumei_certificate, 5),
        (c.boulder_waiver, 9), (c.boulder_members, 3), (d.yakata_mbox, 4), (d.yakata_manifest, 4),
        (d.haiku_members, 3), (d.haiku_newsletter, 6), (d.minyo_students, 3), (d.minyo_programme, 3),
        (d.patent_declaration, 8), (d.salon_karte, 3), (d.salon_mail, 9), (d.kendo_applicants, 3),
        (d.kendo_results, 6), (d.bus_manifest, 3), (d.bus_lost, 6), (k.clean, 44)]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document; the same bytes for the same seed and scale."""
    return with_domicile_as_address(built(PLAN, seed, scale))


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    return named_records(docs, seed, scale, "corpus23")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    docs = generate(seed, scale)
    return written(out, docs, truth_records(docs, seed, scale))
