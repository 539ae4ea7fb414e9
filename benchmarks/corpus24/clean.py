"""Files with no one in them: price lists, timetables, notices, catalogues, an organisation's
own contacts; what looks personal in them is labelled a look-alike."""

from __future__ import annotations

from benchmarks.corpus16.model import Doc, Grid, Lines
from benchmarks.corpus24 import ids
from benchmarks.corpus24 import render as r
from benchmarks.corpus24 import render_more as m
from benchmarks.corpus24 import vocab as v
from benchmarks.corpus24.orgs_a import AIKIDO, MIKOSHI, PORT, THEATRE
from benchmarks.corpus24.orgs_b import BREW, EGGS, MAHJONG
from benchmarks.corpus24.orgs_c import SEEDS, TRUCK
from benchmarks.corpus24.orgs_d import HISTORY, POLLING, SKI
from benchmarks.corpus24.common import letterhead

ORGS = [AIKIDO, MIKOSHI, PORT, THEATRE, BREW, EGGS, MAHJONG, SEEDS, TRUCK, HISTORY, POLLING, SKI]


def _notice(rng, n) -> Lines:
    t = Lines()
    letterhead(t, ORGS[n % len(ORGS)], full=n % 2 == 0)
    t.gap().put("お知らせ").put(v.health_notice(rng), "。").put(v.faith_event(rng), "。")
    t.put("次回は", ids.other_date(rng, n), "、会場は", v.place_like(rng), "です。")
    t.put("振込先 ", ORGS[n % len(ORGS)].account)
    return t


def _catalogue(rng, n) -> Grid:
    g = Grid("商品名", "JAN", "伝票番号", "入荷日", "ロット")
    for i in range(rng.randrange(8, 14)):
        g.add(v.product_like(rng) if i % 3 == 0 else f"商品{i + 1}", ids.product_code(rng), ids.order_number(rng),
              ids.other_date(rng, i), r_lot(rng))
    return g


def r_lot(rng):
    from benchmarks.corpus16.model import decoy
    return decoy("BASIC_PENSION_NUMBER", ids.pension(rng), "lot_number_pension_shape")


def _tour(rng) -> Lines:
    t = Lines()
    t.put("史跡めぐり 行程表")
    for _ in range(4):
        t.put(v.place_like(rng), "　", v.historical(rng), "ゆかりの地")
    return t


def clean(rng, n) -> Doc:
    kind = n % 11
    if kind == 0:
        doc = r.text_doc(f"clean/お知らせ_{n:02d}.txt", _notice(rng, n), "cp932", "\r\n")
    elif kind == 1:
        doc = r.csv_doc(f"clean/商品一覧_{n:02d}.csv", _catalogue(rng, n))
    elif kind == 2:
        doc = r.xlsx_doc(f"clean/在庫_{n:02d}.xlsx", [("在庫", _catalogue(rng, n), "在庫表"), ("別表", _catalogue(rng, n), None)])
    elif kind == 3:
        doc = r.docx_doc(f"clean/案内_{n:02d}.docx", _notice(rng, n))
    elif kind == 4:
        doc = r.pptx_doc(f"clean/行程_{n:02d}.pptx", [_tour(rng), _notice(rng, n)])
    elif kind == 5:
        doc = r.html_doc(f"clean/price_{n:02d}.html", "料金表", _notice(rng, n), _catalogue(rng, n))
    elif kind == 6:
        doc = m.pdf_doc(f"clean/チラシ_{n:02d}.pdf", [_notice(rng, n), _tour(rng)])
    elif kind == 7:
        org = ORGS[n % len(ORGS)]
        doc = m.eml_doc(f"clean/newsletter_{n:02d}.eml", org.email.text, "members@lists.example.jp", "お知らせ",
                        _notice(rng, n), n)
    elif kind == 8:
        doc = m.rtf_doc(f"clean/規約_{n:02d}.rtf", _notice(rng, n))
    elif kind == 9:
        doc = m.odt_doc(f"clean/行程_{n:02d}.odt", _tour(rng))
    else:
        doc = m.zip_doc(f"clean/catalogue_{n:02d}.zip", [r.csv_doc("list.csv", _catalogue(rng, n), "cp932"),
                                                        r.text_doc("readme.txt", _notice(rng, n))])
    doc.clean = True
    return doc
