"""Corpus 17: a held-out evaluation set written apart from daicho's rules and from the
earlier corpora, by organisations none of them used — an animal hospital, a removals
firm, a calligraphy school, a library, a theatre troupe, a 信用金庫 branch, a hotel
banquet desk, an insurance agency, a farmers' co-op shop, a property manager, a
blood-donation volunteer group, a care taxi, a music shop's lesson desk, a
mountaineering club, a temple, a second-hand bookshop, a haulier's health and safety
desk, a shopping-street association, a condominium owners' association, a
technical-intern supervising body, a law office, a supporters' club, a printing
company's personnel desk, a 司法書士 office and a wedding hall.

    write(out, seed, scale) -> (out/docs, out/truth.jsonl)

Truth records: `meta`, one `file` per file (clean or not), one `item` per value or
look-alike (object path, entity type, value as written, place, category, date, kind)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus16.model import Doc
from benchmarks.corpus16.package import built, named_records, written
from benchmarks.corpus17 import kinds_a, kinds_b, kinds_c

DEFAULT_SEED = 17013
PLAN = [(kinds_a.animal_hospital, 5), (kinds_a.animal_hospital_note, 8), (kinds_a.removals, 10),
        (kinds_a.calligraphy, 6), (kinds_a.calligraphy_form, 8), (kinds_a.library_users, 3), (kinds_a.library_host, 3),
        (kinds_a.theatre_cast, 8), (kinds_a.theatre_mbox, 4), (kinds_a.credit_union, 5), (kinds_a.credit_union_pdf, 6),
        (kinds_a.banquet, 8), (kinds_a.banquet_english, 4), (kinds_a.banquet_page, 6),
        (kinds_a.insurance_agency, 6), (kinds_a.insurance_json, 6),
        (kinds_a.farm_stand, 4), (kinds_a.farm_stand_note, 6),
        (kinds_b.property_manager, 8), (kinds_b.property_xml, 5), (kinds_b.blood_drive, 4), (kinds_b.care_taxi, 4),
        (kinds_b.care_taxi_rtf, 8), (kinds_b.music_lessons, 6), (kinds_b.music_recital, 6), (kinds_b.alpine_club, 7),
        (kinds_b.alpine_report, 5),
        (kinds_b.temple, 4), (kinds_b.bookshop, 6), (kinds_b.haulier_health, 6), (kinds_b.haulier_memo, 6),
        (kinds_c.shopping_street, 5), (kinds_c.condo_association, 6), (kinds_c.condo_minutes, 5),
        (kinds_c.intern_body, 6), (kinds_c.law_office, 8),
        (kinds_c.law_office_mail, 8), (kinds_c.supporters, 6), (kinds_c.print_company_hr, 5), (kinds_c.scrivener, 8),
        (kinds_c.wedding_hall, 6), (kinds_c.price_list, 12), (kinds_c.notices, 11), (kinds_c.clean, 42)]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document; the same bytes for the same seed and scale."""
    return built(PLAN, seed, scale)


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    return named_records(docs, seed, scale, "corpus17")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    docs = generate(seed, scale)
    return written(out, docs, truth_records(docs, seed, scale), maildir_siblings=False)
