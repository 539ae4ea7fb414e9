"""Corpus 27: a held-out evaluation set written apart from daicho's rules and from the earlier
corpora, by twenty-five organisations none of them used — a wagashi maker's part-timers (菓匠),
a workplace softball league (職域ソフトボール連盟), a rental agent for overseas students, an ENT clinic
(耳鼻咽喉科), a private nursing home (介護付有料老人ホーム), an electrician's crew (電気工事店), a nursing
school (看護専門学校), a junior high school's PTA, a Rotary club, a guesthouse, a gold-buying shop
(買取専門店), a mobile-phone shop, a body-donation society (献体の会), a rheumatism patients' society,
a Brazilian school, a sick-child day-care room (病児保育), a junior football club, a prefectural
vocational school (高等技術専門校), a tennis school, a payroll bureau (給与計算代行), a handmade-goods
web shop, a designated-driver service (運転代行), a school-lunch centre (学校給食センター), a shigin
society (吟詠会) and a junior chamber (青年会議所).

    write(out, seed, scale) -> (out/docs, out/truth.jsonl)

Truth records: `meta`, one `file` per file (clean or not), one `item` per value or look-alike
(object path, entity type, value as written, place, category, date, kind), kept by the writers
as they place each mark (benchmarks.corpus16.model's Lines and Grid; this package's render and
render_mail give each format's places: lines, cells, mail headers and bodies, archive members)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus16.model import Doc
from benchmarks.corpus16.package import built, named_records, with_domicile_as_address, written
from benchmarks.corpus27 import clean as k
from benchmarks.corpus27 import orgs_a as a
from benchmarks.corpus27 import orgs_b as b
from benchmarks.corpus27 import orgs_c as c
from benchmarks.corpus27 import orgs_d as d
from benchmarks.corpus27 import orgs_e as e
from benchmarks.corpus27 import orgs_f as f

DEFAULT_SEED = 27013
PLAN = [(a.wagashi_staff, 2), (a.wagashi_stool, 4), (a.softball_players, 3), (a.softball_injury, 10),
        (a.chintai_application, 12), (a.chintai_tenants, 2), (a.jibika_questionnaire, 14), (a.jibika_bookings, 2),
        (a.home_residents, 2), (b.home_accident, 10), (b.home_family_mail, 8), (b.denki_workers, 3),
        (b.denki_history, 9), (b.kango_titers, 3), (b.kango_health, 9), (b.pta_officers, 2), (b.pta_mail, 4),
        (c.rotary_members, 1), (c.rotary_minutes, 5), (c.rotary_talk, 4), (c.guest_register, 3), (c.guest_mails, 2),
        (c.kaitori_ledger, 3), (c.kaitori_memo, 7), (c.keitai_contracts, 4), (c.keitai_consult, 7),
        (c.kentai_register, 2), (d.kentai_bulletin, 3), (d.rheuma_members, 2), (d.rheuma_consult, 9),
        (d.escola_students, 2), (d.escola_meeting, 8), (d.byoji_application, 14), (d.byoji_register, 2),
        (e.soccer_players, 2), (e.soccer_mail, 8), (e.kunren_entrants, 2), (e.kunren_interview, 9),
        (e.tennis_members, 2), (e.tennis_transfer, 10), (e.payroll_dependants, 2), (e.payroll_request, 4),
        (e.payroll_slips, 2), (f.shop_orders, 3), (f.shop_inquiries, 2), (f.daiko_drivers, 1), (f.daiko_rides, 5),
        (f.kyushoku_allergies, 2), (f.kyushoku_cooks, 2), (f.shigin_members, 2), (f.shigin_bulletin, 5),
        (f.jc_members, 1), (f.jc_slides, 3), (f.jc_minutes, 5), (k.clean, 44)]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document; the same bytes for the same seed and scale."""
    return with_domicile_as_address(built(PLAN, seed, scale))


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    return named_records(docs, seed, scale, "corpus27")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    docs = generate(seed, scale)
    return written(out, docs, truth_records(docs, seed, scale))
