"""Files with no one in them: price lists, timetables, notices, programmes — the writers' own
letterheads, dates, codes and places that look like names, and nothing personal."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines, decoy
from benchmarks.corpus23 import common as c
from benchmarks.corpus23 import ids, render as r, render_more as m
from benchmarks.corpus23 import orgs_a, orgs_b, orgs_c, orgs_d
from benchmarks.corpus23.vocab import BOATS, HORSES, PLACES_LIKE_PEOPLE, VENUES

ORGS = [orgs_a.HIDAMARI, orgs_a.KOTOBA, orgs_a.KITSUKE, orgs_a.KEIRIN, orgs_a.KOMINKA, orgs_b.FM, orgs_b.MC,
        orgs_b.RYOYU, orgs_b.KEIBEN, orgs_b.IKOU, orgs_b.GAISHO, orgs_c.HOSOU, orgs_c.HANABI, orgs_c.KYUSHA,
        orgs_c.SUMO, orgs_c.RELO, orgs_c.KYUMEI, orgs_c.BOULDER, orgs_d.YAKATA, orgs_d.HAIKU, orgs_d.MINYO,
        orgs_d.PATENT, orgs_d.SALON, orgs_d.KENDO, orgs_d.BUS]


def _notice(rng, o) -> Lines:
    lines = Lines()
    c.letterhead(lines, o, rng)
    lines.put("", "お知らせ")
    lines.put("次回の開催日は ", ids.other_date(rng), "、申込締切は ", ids.other_date(rng), " です。")
    station = decoy("PERSON", rng.choice(PLACES_LIKE_PEOPLE), "place_named_like_person")
    lines.put("会場：", rng.choice(VENUES), "（", station, "駅より徒歩5分）")
    lines.put(c.notice(rng))
    return lines


def _price_list(rng) -> Grid:
    grid = Grid("品名", "商品コード", "価格", "発売日")
    for k in range(rng.randint(8, 14)):
        grid.add(f"品目{k + 1}", c.c_product(rng, None), f"{rng.randint(5, 90) * 100}円", c.c_date(rng, None))
    return grid


def _timetable(rng) -> Grid:
    grid = Grid("便", "発車", "経由", "予約番号")
    for k in range(rng.randint(8, 12)):
        grid.add(f"{k + 1}便", f"{rng.randint(6, 22)}:{rng.choice(['00', '15', '30', '45'])}",
                 decoy("PERSON", rng.choice(PLACES_LIKE_PEOPLE), "place_named_like_person"), c.c_order(rng, None))
    return grid


def clean(rng, n):
    o = ORGS[n % len(ORGS)]
    base = f"{o.email.split('@')[1].split('.')[0]}/info_{n + 1}"
    shape = n % 9
    if shape == 0:
        d = r.text_doc(base + ".txt", _notice(rng, o), "cp932" if n % 2 else "utf-8")
    elif shape == 1:
        d = r.html_doc(base + ".html", "お知らせ", _notice(rng, o))
    elif shape == 2:
        d = r.csv_doc(base + ".csv", _price_list(rng), "utf-8")
    elif shape == 3:
        d = r.xlsx_doc(base + ".xlsx", [("価格", "価格表", _price_list(rng)), ("時刻", "時刻表", _timetable(rng))])
    elif shape == 4:
        d = m.pdf_doc(base + ".pdf", _notice(rng, o))
    elif shape == 5:
        d = r.docx_doc(base + ".docx", _notice(rng, o), _timetable(rng))
    elif shape == 6:
        lines = _notice(rng, o).put("出走予定：", decoy("PERSON", rng.choice(HORSES), "horse_named_like_person"), "、",
                                    "遊覧船 ", decoy("PERSON", rng.choice(BOATS), "boat_named_like_person"))
        d = m.pptx_doc(base + ".pptx", [("ご案内", lines)])
    elif shape == 7:
        d = m.eml_doc(base + ".eml", c.sender(o, "事務局"), "list@kaiin.example.jp", "お知らせ", _notice(rng, o), c.when(rng))
    else:
        d = r.json_doc(base + ".json", "items", _price_list(rng))
    d.clean = True
    return d
