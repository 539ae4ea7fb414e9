"""Files with no one's data in them: price lists, schedules, catalogues, health notices and
letterheads (their look-alikes labelled), in the formats the organisations write."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus25 import render as r
from benchmarks.corpus25 import render_more as m
from benchmarks.corpus25.common import (corporate, model_number, named_thing, not_birth, notice, order_number, policy,
                                        serial, slip)
from benchmarks.corpus25.orgs_a import BUTSU, DRONE, JORURI, UEKI
from benchmarks.corpus25.orgs_b import KOI, SEISHU, TAIKO
from benchmarks.corpus25.orgs_c import AKIYA, AQUA, KAKI
from benchmarks.corpus25.orgs_d import NOUKI, TATAMI, TOKEI

ORGS = [UEKI, BUTSU, DRONE, JORURI, KOI, SEISHU, TAIKO, AKIYA, AQUA, KAKI, NOUKI, TATAMI, TOKEI]
THINGS = ["cultivar_named_like_person", "historical_figure", "stage_role_name", "koi_named_like_person",
          "boat_named_like_person", "place_named_like_person"]


def notice_lines(rng) -> Lines:
    org = rng.choice(ORGS)
    lines = Lines().put(*org.head(rng)).gap().put("お知らせ")
    lines.put("次回の開催は ", not_birth(rng), " です。会場は ", named_thing(rng, "place_named_like_person"), " 公民館。")
    lines.put(notice(rng)).put(policy(rng))
    lines.put("展示予定：", named_thing(rng, rng.choice(THINGS)), "、", named_thing(rng, rng.choice(THINGS)))
    lines.put("法人番号 ", corporate(rng))
    return lines


def price_grid(rng) -> Grid:
    grid = Grid("品番", "品名", "JAN/シリアル", "伝票番号", "納期")
    for _ in range(rng.randrange(3, 7)):
        grid.add(model_number(rng), rng.choice(["替刃", "畳表", "漆刷毛", "ローター", "文字盤", "餌"]), serial(rng),
                 order_number(rng), not_birth(rng, 1))
    grid.add("管理番号", slip(rng), "", "", "")
    return grid


def clean(rng, n):
    kind = n % 11
    name = f"clean/{['案内', '価格表', '予定', '資料'][n % 4]}_{n + 1:02d}"
    if kind in (0, 1):
        doc = r.txt(f"{name}.txt", notice_lines(rng), r.SJIS if kind else r.UTF8)
    elif kind == 2:
        doc = r.csv_doc(f"{name}.csv", price_grid(rng), r.SJIS if n % 2 else r.UTF8)
    elif kind == 3:
        doc = r.xlsx(f"{name}.xlsx", [("価格表", price_grid(rng), "価格表 2026年度"), ("在庫", price_grid(rng), None)])
    elif kind == 4:
        doc = r.docx(f"{name}.docx", notice_lines(rng), price_grid(rng))
    elif kind == 5:
        doc = r.html(f"{name}.html", "お知らせ", notice_lines(rng), price_grid(rng))
    elif kind == 6:
        doc = m.pdf(f"{name}.pdf", notice_lines(rng))
    elif kind == 7:
        doc = r.pptx(f"{name}.pptx", [("ご案内", notice_lines(rng)), ("価格", notice_lines(rng))])
    elif kind == 8:
        doc = m.odt(f"{name}.odt", notice_lines(rng))
    elif kind == 9:
        doc = m.rtf(f"{name}.rtf", notice_lines(rng))
    else:
        doc = m.zipped(f"{name}.zip", [r.txt("readme.txt", notice_lines(rng)), r.csv_doc("list.csv", price_grid(rng))])
    doc.clean = True
    return doc
