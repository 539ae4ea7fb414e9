"""Corpus 16: a held-out evaluation set written apart from daicho's rules and from the
earlier corpora, by organisations none of them used — a sake brewery, a ferry
operator, a funeral mutual-aid society, a taxi company, a neighbourhood association, a
保育ママ network, a recording studio, an orchestra, a fishery co-operative, a shrine's
supporters' society, a driving school, a hospice volunteer group, a temp agency, a
家事代行 service, a 整骨院, a 税理士 office, a pawnshop, a marriage agency, a security
company, a victims' support centre, a union local, a 行政書士's visa desk, a health
insurance society, a ryokan, a 社労士 office and a 保護司会.

    write(out, seed, scale) -> (out/docs, out/truth.jsonl)

Truth records: `meta`, one `file` per file (clean or not), one `item` per value or
look-alike (object path, entity type, value as written, place, category, date, kind)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus16 import kinds_a, kinds_b, kinds_c
from benchmarks.corpus16.model import Doc
from benchmarks.corpus16.package import built, named_records, written

DEFAULT_SEED = 16013
PLAN = [(kinds_a.brewery, 10), (kinds_a.ferry, 10), (kinds_a.funeral_member, 10), (kinds_a.taxi, 8),
        (kinds_a.neighbourhood, 8), (kinds_a.childminder, 12), (kinds_a.studio, 8), (kinds_a.orchestra, 8),
        (kinds_a.rehearsal_diary, 8),
        (kinds_a.fishery, 8), (kinds_a.shrine, 8), (kinds_b.driving_school, 8), (kinds_b.hospice, 8),
        (kinds_b.temp_agency, 6), (kinds_b.temp_interview, 10),
        (kinds_b.housekeeping, 10), (kinds_b.bonesetter, 12), (kinds_b.tax_office, 10),
        (kinds_b.pawnshop, 8), (kinds_b.marriage, 8), (kinds_b.security, 10), (kinds_b.victim_support, 10),
        (kinds_c.union_local, 8), (kinds_c.visa_desk, 10), (kinds_c.health_society, 8), (kinds_c.ryokan, 8),
        (kinds_c.labour_consultant, 8), (kinds_c.probation, 10), (kinds_c.price_list, 8), (kinds_c.notices, 6),
        (kinds_c.clean, 40)]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document; the same bytes for the same seed and scale."""
    return built(PLAN, seed, scale)


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    return named_records(docs, seed, scale, "corpus16")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    docs = generate(seed, scale)
    return written(out, docs, truth_records(docs, seed, scale), maildir_siblings=False)
