"""A think-tank's survey panel: the members' profile export (beliefs, faith, union
and origin asked as survey items) and their free answers, as JSON and a workbook."""

from __future__ import annotations

import random

from benchmarks.corpus10.common import other_date, phrase
from benchmarks.corpus10.model import Doc
from benchmarks.corpus10.persons import person
from benchmarks.corpus10.render_office import xlsx
from benchmarks.corpus10.render_text import json_doc

TOPICS = ("働き方", "地域の防災", "物価と家計", "子育て支援", "公共交通")


def profiles(rng: random.Random, n: int) -> Doc:
    keys = ["panel_id", "氏名", "生年月日", "メール", "政治・社会活動", "信仰", "組合", "登録日"]
    rows = []
    for k in range(rng.randint(14, 20)):
        p = person(rng, 1950, 2004, foreign=0.1)
        rows.append([f"P{n}{k:05d}", p.name(0), p.born(3), p.email(),
                     phrase(rng, "信条") if rng.random() < 0.7 else "回答しない",
                     phrase(rng, "宗教") if rng.random() < 0.5 else "特になし",
                     phrase(rng, "労働組合") if rng.random() < 0.4 else "非加入", other_date(rng, "joined_date")])
    return json_doc(f"調査パネル/プロファイル_{n}.json", keys, rows, "panel_profiles")


def answers(rng: random.Random, n: int) -> Doc:
    rows = [["回答者", "属性", "自由回答（テーマ：" + rng.choice(TOPICS) + "）"]]
    for _ in range(rng.randint(12, 18)):
        p = person(rng, 1950, 2004)
        said = rng.choice((["私は", phrase(rng, "人種・民族"), "なので、職場での扱いに不安がある。"],
                           ["", phrase(rng, "信条"), "として、行政にはもっと情報公開を求めたい。"],
                           ["", phrase(rng, "労働組合"), "をしており、賃上げの動きには期待している。"]))
        rows.append([p.name(3), f"{rng.choice(('会社員', '自営業', '学生', '無職'))}", said])
    return xlsx(f"調査パネル/自由回答_{n}.xlsx", [("回答", rows, 1, [])], "free_answers")


def documents(rng: random.Random, scale: float) -> list[Doc]:
    count = lambda base: max(1, round(base * scale))  # noqa: E731
    return [profiles(rng, i) for i in range(count(2))] + [answers(rng, i) for i in range(count(2))]
