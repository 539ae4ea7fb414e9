"""Corpus 25: a held-out evaluation set written apart from daicho's rules and from the earlier
corpora, by twenty-five organisations none of them used — a 植木市 stallholders' committee, a
仏像修復 workshop, a 競艇 fan club, a 人形浄瑠璃 troupe, an overseas volunteer NGO, a drone school,
a 鍛冶 workshop, a 清酒 wholesaler's delivery routes, a 錦鯉 show, a 和太鼓 preservation society,
an archaeological dig's volunteers, a film-extras registry, an oyster farm's seasonal crew, a
railway track-maintenance contractor's health desk, a town's 空き家バンク, a self-publishing house,
a 刀剣 collectors' society, an aquarium's annual passes, a watch-repair counter, an e-sports team,
a 畳店, a stargazing club, an 漆 workshop's trainees, a farm-machinery rental and a bowling league.

    write(out, seed, scale) -> (out/docs, out/truth.jsonl)

Truth records: `meta`, one `file` per file (clean or not), one `item` per value or look-alike
(object path, entity type, value as written, place, category, date, kind), kept by the writers
as they place each mark (benchmarks.corpus16.model's Lines and Grid)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus16.model import Doc
from benchmarks.corpus16.package import built, named_records, with_domicile_as_address, written
from benchmarks.corpus25 import clean as k
from benchmarks.corpus25 import orgs_a as a
from benchmarks.corpus25 import orgs_b as b
from benchmarks.corpus25 import orgs_c as c
from benchmarks.corpus25 import orgs_d as d

DEFAULT_SEED = 25013
PLAN = [(a.ueki_book, 4), (a.ueki_notice, 7), (a.butsuzo_request, 16), (a.kyotei_roster, 3), (a.kyotei_mbox, 6),
        (a.joruri_programme, 4), (a.joruri_members, 5), (a.ngo_application, 16), (a.drone_students, 3),
        (a.drone_certificate, 19), (b.kaji_pledge, 13), (b.seishu_export, 3), (b.koi_entries, 4), (b.taiko_page, 6),
        (b.dig_register, 3), (b.extras_book, 3), (b.extras_mail, 16), (c.kaki_card, 5), (c.hosen_results, 9),
        (c.akiya_application, 15), (c.jihi_mail, 18), (c.token_bundle, 3), (c.aqua_passes, 3), (d.tokei_ticket, 16),
        (d.esports_profile, 12), (d.tatami_orders, 4), (d.tenmon_mbox, 8), (d.urushi_trainees, 8), (d.nouki_book, 4),
        (d.bowling_mail, 12), (k.clean, 44)]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document; the same bytes for the same seed and scale."""
    return with_domicile_as_address(built(PLAN, seed, scale))


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    return named_records(docs, seed, scale, "corpus25")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    docs = generate(seed, scale)
    return written(out, docs, truth_records(docs, seed, scale))
