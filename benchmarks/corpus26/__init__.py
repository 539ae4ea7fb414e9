"""Corpus 26: a held-out evaluation set written apart from daicho's rules and from the earlier
corpora, by twenty-five organisations none of them used — a dairy relief-milker co-op (酪農ヘルパー),
a car-repair garage's 車検 desk, a city allotment office (市民農園), a traffic-safety association,
a dental laboratory, a noodle factory's health desk, a lifesaving club, an abacus school (珠算),
a satoyama conservation NPO, a guide-helper office (同行援護), a seal-engraving shop (印章店),
a Japanese-language school, a dermatology clinic, a gateball club, a local museum's friends and
docents, a city's coming-of-age committee (二十歳のつどい), a filling station, a cookery college,
a kindergarten, a dialysis clinic, a night-outreach NPO (夜回り), a fruit-sorting shed (選果場),
a city tax-payment desk (納税相談), an amateur radio club and a rakugo circle.

    write(out, seed, scale) -> (out/docs, out/truth.jsonl)

Truth records: `meta`, one `file` per file (clean or not), one `item` per value or look-alike
(object path, entity type, value as written, place, category, date, kind), kept by the writers
as they place each mark (benchmarks.corpus16.model's Lines and Grid, this package's Blocks and Mail)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus16.model import Doc
from benchmarks.corpus16.package import built, named_records, with_domicile_as_address, written
from benchmarks.corpus26 import clean as k
from benchmarks.corpus26 import orgs_a as a
from benchmarks.corpus26 import orgs_b as b
from benchmarks.corpus26 import orgs_c as c
from benchmarks.corpus26 import orgs_d as d
from benchmarks.corpus26 import orgs_e as e

DEFAULT_SEED = 26013
PLAN = [(a.rakuno_roster, 2), (a.rakuno_daily, 9), (a.seibi_ledger, 2), (a.seibi_estimate, 9),
        (a.noen_application, 11), (a.noen_plots, 2), (a.kotsu_course, 3), (a.kotsu_consult, 7), (a.giko_orders, 5),
        (a.giko_delivery_mail, 6), (b.seimen_checkups, 2), (b.seimen_interview, 7), (b.seimen_host, 2),
        (b.lifesave_members, 2), (b.lifesave_rescue, 7), (b.soroban_students, 2), (b.soroban_debit, 2),
        (b.soroban_notes, 3), (b.satoyama_volunteers, 3), (b.satoyama_diary, 8), (b.guide_users, 2),
        (b.guide_record, 9), (c.hanko_order, 10), (c.hanko_ledger, 2), (c.nihongo_students, 2),
        (c.nihongo_certificate, 7), (c.nihongo_counselling, 7), (c.hifuka_questionnaire, 12), (c.hifuka_bookings, 2),
        (c.gateball_members, 2), (c.gateball_teams, 3), (c.gateball_mail, 2), (c.museum_docents, 2),
        (c.museum_script, 4), (d.seijin_list, 3), (d.seijin_mail, 6), (d.gs_cards, 4), (d.gs_staff, 2),
        (d.chori_application, 10), (d.chori_stool, 2), (d.yochien_roster, 2), (d.yochien_notebook, 7),
        (d.toseki_patients, 3), (d.toseki_transport, 3), (e.yomawari_case, 10), (e.yomawari_mail, 5),
        (e.senka_crew, 2), (e.senka_transfer, 2), (e.nozei_consult, 9), (e.nozei_pledge, 6), (e.musen_roster, 2),
        (e.musen_minutes, 3), (e.rakugo_members, 1), (e.rakugo_programme, 3), (e.rakugo_newsletter, 4),
        (k.clean, 44)]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document; the same bytes for the same seed and scale."""
    return with_domicile_as_address(built(PLAN, seed, scale))


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    return named_records(docs, seed, scale, "corpus26")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    docs = generate(seed, scale)
    return written(out, docs, truth_records(docs, seed, scale))
