"""Corpus 28: a held-out evaluation set written apart from daicho's rules and from the earlier
corpora, by twenty-five organisations none of them used — a house painter's crew (塗装店), an eye
clinic (眼科クリニック), a babysitter agency (ベビーシッター派遣), a neighbourhood crime patrol
(防犯パトロール隊), a dementia group home (認知症グループホーム), a beauty college (美容専門学校), a
university dormitory (学生寮), a registered support body for 特定技能 workers (登録支援機関), a
light-cargo delivery firm (軽貨物), a forklift training centre (技能講習センター), a kyudo club (弓道会),
a community wind band (市民吹奏楽団), a free school (フリースクール), a plumber (水道設備), a securities
branch (証券会社支店), a children's programming school, a dog-grooming salon (トリミングサロン), a silver
human-resources centre (シルバー人材センター), a home-visit clinic (在宅医療クリニック), a psychosomatic
clinic (心療内科), an independent-league baseball team (独立リーグ球団), an old people's club (老人クラブ),
a precision-parts maker's general affairs desk (総務課), a propane dealer (LPガス販売店) and a newspaper
delivery office (新聞販売所).

    write(out, seed, scale) -> (out/docs, out/truth.jsonl)

Truth records: `meta`, one `file` per file (clean or not), one `item` per value or look-alike
(object path, entity type, value as written, place, category, date, kind), kept by the writers
as they place each mark (benchmarks.corpus16.model's Lines and Grid; render_text, render_office
and render_mail give each format's places: lines, cells, tables, mail bodies, archive members)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus16.model import Doc
from benchmarks.corpus16.package import built, named_records, with_domicile_as_address, written
from benchmarks.corpus28 import clean as k
from benchmarks.corpus28 import orgs_a as a
from benchmarks.corpus28 import orgs_b as b
from benchmarks.corpus28 import orgs_c as c
from benchmarks.corpus28 import orgs_d as d
from benchmarks.corpus28 import orgs_e as e

DEFAULT_SEED = 28013
PLAN = [(a.toso_roster, 1), (a.toso_entry, 14), (a.ganka_monshin, 18), (a.ganka_ope, 2), (a.sitter_staff, 1),
        (a.sitter_mail, 14), (a.patrol_roster, 2), (a.patrol_report, 6), (a.gh_facesheet, 11), (a.gh_hiyari, 6),
        (b.biyo_students, 1), (b.biyo_mendan, 7), (b.ryo_residents, 1), (b.ryo_incident, 6), (b.tokutei_list, 2),
        (b.tokutei_mendan, 8), (b.tokutei_mail, 3),
        (b.kk_drivers, 1), (b.kk_accident, 9), (b.fl_applications, 1), (b.fl_completed, 2),
        (c.kyudo_members, 2), (c.kyudo_shinsa, 3), (c.band_roster, 1), (c.band_mbox, 3), (c.free_application, 10),
        (c.free_mendan, 8), (c.suido_customers, 2), (c.suido_staff, 1), (c.shoken_accounts, 1), (c.shoken_mail, 14),
        (d.code_students, 1), (d.code_parent_mail, 10), (d.trim_karte, 2), (d.trim_booking, 9), (d.silver_members, 1),
        (d.silver_accident, 6), (d.silver_work, 2), (d.zaitaku_patients, 1), (d.zaitaku_visit, 13),
        (d.shinryo_intake, 10), (d.shinryo_letter, 8), (e.bb_roster, 2), (e.bb_medical, 1), (e.rojin_members, 2),
        (e.rojin_minutes, 5), (e.sm_keicho, 2), (e.sm_shataku, 2), (e.sm_fuyou, 3), (e.lp_customers, 1),
        (e.lp_transfer, 2), (e.sb_scholar, 10), (e.sb_subscribers, 1), (k.clean, 44)]


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document; the same bytes for the same seed and scale."""
    return with_domicile_as_address(built(PLAN, seed, scale))


def truth_records(docs: list[Doc], seed: int, scale: float) -> list[dict]:
    return named_records(docs, seed, scale, "corpus28")


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    docs = generate(seed, scale)
    return written(out, docs, truth_records(docs, seed, scale))
