"""Corpus 21: a held-out evaluation set written apart from daicho's rules and from the
earlier corpora, by organisations none of them used — a public bath (銭湯), a university
career centre, a rescue-cat café, a city hospital's patient-safety office, a company
newsletter's editorial desk, a beekeepers' association, a mountain guide, a home-tutor
dispatch centre, an independent social worker's office (成年後見), a care-equipment rental
firm, a wedding photographer, a city's relocation desk, a mental-health and welfare
centre, a foster parents' support group, an academic society's secretariat, a translation
agency, a restaurant chain's personnel department, a land-survey office, a tea-ceremony
class, a community choir, a prosthetics workshop, a diving shop, a riding club, a food
bank and a home-renovation firm.

    write(out, seed, scale) -> (out/docs, out/truth.jsonl)

Truth records: `meta`, one `file` per file (clean or not), one `item` per value or
look-alike (object path, entity type, value as written, place, category, date, kind),
kept by the writers as they place each mark (benchmarks.corpus16.model's Lines, Grid)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus16.model import Doc
from benchmarks.corpus16.package import built, named_records, with_domicile_as_address, written
from benchmarks.corpus21 import kinds_a as a
from benchmarks.corpus21 import kinds_b as b
from benchmarks.corpus21 import kinds_c as c
from benchmarks.corpus21 import kinds_d as d
from benchmarks.corpus21 import kinds_e as e
from benchmarks.corpus21 import kinds_f as f
from benchmarks.corpus21 import kinds_g as g
from benchmarks.corpus21 import kinds_h as h
from benchmarks.corpus21 import kinds_i as i

DEFAULT_SEED = 21013
PLAN = [(a.sento_members, 2), (a.sento_diary, 7), (a.career_consult, 11), (a.career_applicants, 2), (a.neko_mail, 11),
        (a.neko_volunteers, 2), (b.anzen_report, 9), (b.anzen_monthly, 2), (b.shanaiho_article, 7),
        (b.shanaiho_birthdays, 3), (b.yoho_members, 2), (b.yoho_bulletin, 5), (c.guide_roster, 3), (c.guide_report, 6),
        (c.tutor_registry, 2), (c.tutor_mail, 7), (c.csw_case, 10), (c.csw_export, 2), (d.rental_contract, 7),
        (d.rental_host, 2), (d.photo_mbox, 3), (d.iju_record, 9), (d.iju_list, 2),
        (e.seishin_consult, 10), (e.seishin_stats, 2), (e.sato_form, 5), (e.sato_minutes, 7), (e.gakkai_members, 2),
        (e.gakkai_mail, 6), (f.honyaku_registry, 2), (f.honyaku_mail, 6), (f.dining_payroll, 2),
        (f.dining_checkup, 2), (f.dining_interview, 8), (f.survey_staff, 2), (f.survey_month, 2),
        (g.sado_roster, 2), (g.sado_letter, 5), (g.choir_members, 2), (g.choir_mail, 6), (g.gishi_orders, 2),
        (g.gishi_note, 7), (g.dive_medical, 6), (g.dive_log, 2), (h.horse_members, 2), (h.horse_letter, 7),
        (h.food_recipients, 2), (h.food_note, 8), (h.reform_contract, 5), (h.reform_orders, 2), (h.receipts, 4),
        (i.career_es, 7), (i.union_mail, 4), (i.photo_sheet, 7), (i.iju_tour, 2), (i.choir_programme, 2), (i.anzen_mail, 3),
        (h.clean, 43)]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document; the same bytes for the same seed and scale."""
    return with_domicile_as_address(built(PLAN, seed, scale))


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    return named_records(docs, seed, scale, "corpus21")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    docs = generate(seed, scale)
    return written(out, docs, truth_records(docs, seed, scale), maildir_siblings=False)
