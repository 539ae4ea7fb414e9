"""Development corpus of practicum16 (issue 12): a school's or a nursing college's list of students
sent on placement, printed to PDF in the three layouts pdfminer gives a table (a row joined by
spaces, a paragraph a cell, a box a column): each student's mobile after the school or ward they
go to, their antibody, antigen or tuberculosis test result written with its item; look-alikes: a
list of partner facilities with their own numbers (some named like people: はるか保育園), a notice
of the rule on antibodies, results that are no finding (陽性 for an immunity, 済).

No template, title, header or word list is shared with benchmarks/corpus_practicum16_check.py.
Synthetic people and numbers only.

    PYTHONPATH=. .venv/bin/python benchmarks/corpus_practicum16_dev.py [--errors]
"""

from __future__ import annotations

import random
import sys
from functools import partial

from benchmarks.practicum16_score import score, table_pdf

SURNAMES = ["岩崎", "野村", "堀内", "菅原", "大塚", "久保田", "西川", "福田", "宮本", "荒木"]
GIVEN = ["美穂", "拓也", "沙織", "直樹", "恵美", "翔太", "由美子", "大樹", "香奈", "雄一"]
SCHOOLS = ["市立桜ヶ丘小学校", "県立北高等学校", "はるか保育園", "ゆうき幼稚園", "みなみ台中学校", "たいよう保育園"]
WARDS = ["中央病院 3階東病棟", "みどり総合病院 小児科", "訪問看護ステーションあおば", "特別養護老人ホーム千歳"]
# (cell, a finding?)
ANTIBODIES = [("麻疹抗体 陰性", True), ("風疹抗体価 低値", True), ("水痘抗体 基準値未満", True), ("ムンプス抗体 要接種", True),
              ("麻疹抗体 陽性", False), ("済", False), ("済", False), ("異常なし", False)]
INFECTIONS = [("HBs抗体 陰性", True), ("HBs抗原 陽性", True), ("クォンティフェロン 陽性", True), ("HBs抗原 陰性", False),
              ("T-SPOT 陰性", False), ("提出済", False)]
# two result columns, each cell a bare result under its antibody's header (read from the row's end)
BARE = [("陰性", True), ("低値", True), ("済", False), ("済", False), ("陽性", False)]
LAYOUTS = {"joined": ([40, 90, 150, 290, 370, 470], 22), "cells": ([40, 110, 220, 400, 530, 650], 22),
           "boxes": ([40, 110, 220, 400, 530, 650], 11)}


def _mobile(rng: random.Random) -> str:
    head, a, b = rng.choice(["090", "080", "070"]), rng.randint(1000, 9999), rng.randint(1000, 9999)
    return rng.choice([f"{head}-{a}-{b}", f"{head}({a}){b}", f"{head}{a}{b}"])


def _roster(rng, title, header, places, results, layout, prefix):
    truth, rows = set(), [header]
    for n in range(rng.randint(4, 7)):
        name, phone = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}", _mobile(rng)
        result, finding = rng.choice(results)
        rows.append([f"{prefix}{n + 1:03d}", name, rng.choice(places), phone, result])
        truth |= {("PERSON", name), ("PHONE", phone)} | ({("SENSITIVE", result)} if finding else set())
    columns, step = LAYOUTS[layout]
    return partial(table_pdf, title=title, rows=rows, columns=columns, step=step), truth


def _two_columns(rng):
    """A nursery practicum list: 麻疹抗体 | 風疹抗体, a bare result in each, its rows printed as lines of text."""
    truth, rows = set(), [["番号", "氏名", "実習園", "携帯", "麻疹抗体", "風疹抗体"]]
    for n in range(rng.randint(4, 7)):
        name, phone = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}", _mobile(rng)
        results = [rng.choice(BARE), rng.choice(BARE)]
        rows.append([f"H{n + 1:02d}", name, rng.choice(SCHOOLS), phone] + [r for r, _ in results])
        truth |= {("PERSON", name), ("PHONE", phone)} | {("SENSITIVE", r) for r, finding in results if finding}
    lines = [["  ".join(row)] for row in rows]  # each row one string, its cells parted by spaces (a report writer's text)
    return partial(table_pdf, title="保育実習 抗体検査一覧", rows=lines, columns=[40], step=18), truth


def _partners(rng, layout):
    """Look-alike: the partner facilities' own numbers, no student named."""
    rows = [["施設名", "所在地", "電話"]]
    for place in rng.sample(SCHOOLS, 4):
        rows.append([place, "県内", rng.choice([f"0{rng.randint(11, 99)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                                              _mobile(rng)])])
    columns, step = LAYOUTS[layout]
    return partial(table_pdf, title="実習協力施設一覧", rows=rows, columns=columns[:3], step=step), set()


def _notice(rng, layout):
    notes = ["麻疹・風疹の抗体価が基準に満たない方は、実習開始までに予防接種を受けてください。",
             "HBs抗体が陰性の学生は、ワクチン接種の計画を実習指導室へ提出すること。"]
    return partial(table_pdf, title="実習前の健康管理について", rows=[], columns=[40], step=20, notes=notes), set()


def documents(seed: int = 2026) -> dict:
    rng, docs = random.Random(seed), {}
    for i, layout in enumerate(list(LAYOUTS) * 3):
        docs[f"kyoiku_{i:02d}_{layout}.pdf"] = _roster(rng, "教育実習 配属校一覧", ["学籍番号", "氏名", "実習校", "携帯", "抗体検査結果"],
                                                       SCHOOLS, ANTIBODIES, layout, "S")
        docs[f"kango_{i:02d}_{layout}.pdf"] = _roster(rng, "臨地実習 配置表", ["No", "学生氏名", "実習施設", "連絡先", "感染症検査"],
                                                      WARDS, INFECTIONS, layout, "N")
        if layout == "joined":
            docs[f"hoiku_{i:02d}.pdf"] = _two_columns(rng)
        if i % 3 == 0:
            docs[f"neg_partners_{i:02d}.pdf"] = _partners(rng, layout)
            docs[f"neg_notice_{i:02d}.pdf"] = _notice(rng, layout)
    return docs


if __name__ == "__main__":
    score(documents(), "--errors" in sys.argv)
