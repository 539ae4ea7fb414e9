"""Check set of shipyard19 (issue 12), written apart from the dev set: a haulier's 乗務員 check-up
list joined by commas, a builder's safety-patrol log, a shop's part-timer roster with readings in
hiragana, a hospital's request in a mail, an office's lunch-order list of posts (no one). Values
to be found and values that must not be, per document (see corpus_shipyard19_dev.py).

No template, label, item or word list is shared with benchmarks/corpus_shipyard19_dev.py.
Synthetic people only; kana readings are the dictionary's."""

from __future__ import annotations

import random

CREW = [("小野寺", "航", "おのでら", "わたる"), ("柳田", "栞", "やなぎだ", "しおり"), ("城戸", "健吾", "きど", "けんご"),
        ("野々村", "結衣", "ののむら", "ゆい"), ("南雲", "拓真", "なぐも", "たくま")]
READINGS = [("血圧 172/104mmHg", "要治療"), ("HbA1c 8.4", "要医療"), ("便潜血 陽性", "要精密検査"),
            ("聴力 1000Hz 40dB 低下", "要経過観察")]
FINDINGS = ["眼底 動脈硬化性変化 要観察", "胸部X線で結節影あり要精査", "心電図：心房細動 要医療"]
POSTS = ["所長", "安全管理者", "主任", "産業医", "現場代理人"]
TOLD = [("バセドウ病で通院中", "夜勤の免除をお願いできますか"), ("腰椎椎間板ヘルニアで治療中", "ご検討いただけますでしょうか")]


def _crew_list(rng):
    rows, want, avoid = ["乗務員コード,乗務員,健診結果,医師判定"], [], []
    for n, person in enumerate(rng.sample(CREW, 3)):
        reading, grade = rng.choice(READINGS)
        rows.append(f"K{n + 10},{person[0]} {person[1]},{reading},{grade}")
        want += [("PERSON", f"{person[0]} {person[1]}"), ("健康診断結果", reading)]
        avoid.append(("健康診断結果", grade))
    return "\n".join(rows).replace(",", "\t") + "\n", want, avoid  # a CSV's rows as the extractor gives them


def _patrol(rng):
    crew, posts, finding = rng.sample(CREW, 3), rng.sample(POSTS, 2), rng.choice(FINDINGS)
    lines = ["安全パトロール日誌", f"参加者：{crew[0][0]}{posts[0]}、{crew[1][0]}{posts[1]}、安全衛生推進者",
             f"指摘：重機オペレーターの{crew[2][0]} {crew[2][1]}さん、{finding}との報告あり、配置替え検討。"]
    want = [("PERSON", crew[0][0]), ("PERSON", crew[1][0]), ("PERSON", f"{crew[2][0]} {crew[2][1]}"), ("健康診断結果", finding)]
    return "\n".join(lines) + "\n", want, [("PERSON", "安全衛生推進者")]


def _roster(rng):
    crew = rng.sample(CREW, 2)
    lines = ["アルバイト名簿（早番）"] + [f"{c[0]}{c[1]}（{c[2]} {c[3]}）　レジ" for c in crew] + ["店長：空欄（パート）"]
    want = [("PERSON", c[0] + c[1]) for c in crew] + [("PERSON", f"{c[2]} {c[3]}") for c in crew]
    return "\n".join(lines) + "\n", want, [("PERSON", "パート")]


def _request(rng):
    person, (told, ask) = rng.choice(CREW), rng.choice(TOLD)
    text = f"人事課 御中\n\n看護部の{person[0]}{person[1]}さんは{told}のため、{ask}。\nよろしくお願いいたします。\n"
    return text, [("PERSON", person[0] + person[1]), ("病歴", told)], []


def _orders(rng):
    text = "弁当注文\n所長 唐揚げ\n安全管理者 幕の内\n産業医 のり弁\n出席：総務部長、経理課長\n"
    return text, [], [("PERSON", "所長"), ("PERSON", "総務部長")]


def documents(count: int = 40, seed: int = 1907) -> list[tuple[str, str, list, list]]:
    rng = random.Random(seed)
    kinds = [_crew_list, _patrol, _roster, _request, _orders]
    return [(f"chk{i:03d}_{kinds[i % 5].__name__[1:]}", *kinds[i % 5](rng)) for i in range(count)]
