"""Corpus 24: a held-out evaluation set written apart from daicho's rules and from the earlier
corpora, by twenty-six organisations none of them used — a 神輿 preservation society, a
地域おこし協力隊 office, a theatre's ticket desk, a fishing-port market's buyers' register, an
合気道 dojo, a mobile 鍼灸 service, a working adults' graduate school, a 介護福祉士 exam course,
a local brewery's club, a fire-equipment inspection firm, a poultry farm's egg round, a health
mahjong class, a food-truck vendors' registry, a mothers' volleyball club, a university alumni
office, a self-storage desk, a seed mail-order house, a beach hut's summer staff, a ski patrol,
a local-history society, a host-family placement office, an abstinence society (断酒会), a
corporate cycling team, a fortune-telling salon, a fertility-treatment patients' group and an
election office's polling-station staff.

    write(out, seed, scale) -> (out/docs, out/truth.jsonl)

Truth records: `meta`, one `file` per file (clean or not), one `item` per value or look-alike
(object path, entity type, value as written, place, category, date, kind), kept by the writers
as they place each mark (benchmarks.corpus16.model's Lines, Grid)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus16.model import Doc
from benchmarks.corpus16.package import built, named_records, with_domicile_as_address, written
from benchmarks.corpus24 import clean as k
from benchmarks.corpus24 import orgs_a as a
from benchmarks.corpus24 import orgs_b as b
from benchmarks.corpus24 import orgs_c as c
from benchmarks.corpus24 import orgs_d as d

DEFAULT_SEED = 24013
PLAN = [(a.mikoshi_roster, 3), (a.mikoshi_notice, 9), (a.kyoryoku_application, 9), (a.kyoryoku_payroll, 3),
        (a.theatre_orders, 4), (a.theatre_mail, 10), (a.port_export, 3), (a.port_application, 7), (a.aikido_form, 9), (a.aikido_members, 3),
        (a.shinkyu_record, 8), (a.shinkyu_route, 4), (b.grad_applicants, 3), (b.grad_interview, 9),
        (b.kaigo_students, 3), (b.kaigo_maildir, 7), (b.brew_mbox, 4), (b.brew_members, 3), (b.fire_schedule, 5),
        (b.fire_report, 8), (b.eggs_subscribers, 3), (b.eggs_notes, 6), (b.mahjong_roster, 2), (b.mahjong_letter, 8),
        (c.truck_vendors, 3), (c.truck_mail, 9), (c.volley_roster, 2), (c.volley_minutes, 6), (c.alumni_roster, 4),
        (c.alumni_letter, 8), (c.storage_contract, 8), (c.storage_ledger, 3), (c.seeds_orders, 5),
        (c.beach_staff, 2), (c.beach_archive, 3), (d.ski_accident, 8), (d.ski_patrollers, 2), (d.history_bulletin, 6),
        (d.history_members, 2), (d.homestay_family, 8), (d.danshu_list, 7), (d.cycle_riders, 3),
        (d.fortune_karte, 9), (d.fertility_minutes, 8), (d.polling_staff, 3), (d.polling_pledge, 9), (k.clean, 44)]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document; the same bytes for the same seed and scale."""
    return with_domicile_as_address(built(PLAN, seed, scale))


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    return named_records(docs, seed, scale, "corpus24")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    docs = generate(seed, scale)
    return written(out, docs, truth_records(docs, seed, scale))
