"""Check corpus for people20's classes (PERSON), written apart from corpus_people20_dev.py (no
template, label or word list in common): a tour desk's English mail, a clinic's interpreter
log, a staff export in XML with English keys, a car-hire memo with fields on one line, a
kindergarten's note signed by a post. Look-alikes: a hotel, an airline, a ward, a course in
capitals or title case. Made-up people.

Run: PYTHONPATH=. python benchmarks/corpus_people20_dev.py --check [--errors]
"""

from __future__ import annotations

import random

GUESTS = ["GURUNG ANITA", "SANTOS MARIBEL", "PUTRI AYU LESTARI", "NGUYEN MINH KHOA", "LIM JIHO", "RANA DIPESH"]
MIXED = [("WAKABAYASHI", "Kotone"), ("HAMASAKI", "Daichi"), ("KUROSAWA", "Nanami"), ("INAGAKI", "Sota")]
TITLED = ["Maribel Santos", "Anita Gurung", "Ayu Putri", "Dipesh Rana"]
HOTELS = ["GRAND BAY HOTEL", "SKY HARBOR INN", "PACIFIC AIRWAYS"]
FAMILIES = ["若林", "浜崎", "黒沢", "稲垣", "長谷川", "松浦"]
HIRAGANA = ["ゆうな", "こはる", "いろは", "つむぎ", "めぐみ"]
HEADS = ["園長", "館長", "室長", "センター長", "管理者"]


def _tour_mail(rng) -> tuple[str, set, set]:
    surname, given = rng.choice(MIXED)
    guide = rng.choice(GUESTS)
    hotel = rng.choice(HOTELS)
    text = (f"Hello {surname} {given},\n\nYour pickup at {hotel} is confirmed.\n"
            f"Your guide for the day: {guide}\nKind regards\nみなと観光デスク\n")
    return text, {f"{surname} {given}", guide}, {hotel}


def _interpreter_log(rng) -> tuple[str, set, set]:
    patient = rng.choice(GUESTS)
    interpreter = rng.choice(TITLED)
    text = (f"通訳記録　記入者 {rng.choice(FAMILIES)}　2025/{rng.randint(1, 12)}/{rng.randint(1, 28)}\n"
            f"{patient}様の旅券を受付で確認。\n通訳は{interpreter}先生が担当。\nEAST WING 3階で待機。\n")
    return text, {patient, interpreter}, {"EAST WING"}


def _staff_xml(rng) -> tuple[str, set, set]:
    rows, people = ["<staff>"], set()
    for n in range(3):
        name = f"{rng.choice(FAMILIES)} {rng.choice(HIRAGANA)}"
        rows += [f'  <shift no="{n + 1}">', f"    <driver>{name}</driver>", "    <route>空港線</route>", "  </shift>"]
        people.add(name)
    return "\n".join(rows + ["</staff>"]) + "\n", people, set()


def _hire_memo(rng) -> tuple[str, set, set]:
    second = rng.choice(TITLED)
    text = (f"レンタル契約メモ\n借受人：{rng.choice(FAMILIES)} 太一\n"
            f"追加運転者：{second}　国際免許：あり\n車両：Toyota Corolla　色：白\n")
    return text, {second}, {"Toyota Corolla"}


def _kindergarten_note(rng) -> tuple[str, set, set]:
    child = f"{rng.choice(FAMILIES)} {rng.choice(HIRAGANA)}"
    head, signer = rng.choice(HEADS), rng.choice(FAMILIES)
    text = f"すみれ園 おたより\n{child}さんの水筒を預かっています。\n明日は遠足です。\n{head} {signer}\n"
    return text, {child, signer}, set()


def docs(seed: int = 2020, count: int = 30) -> list[tuple[str, set, set]]:
    rng = random.Random(seed)
    kinds = [_tour_mail, _interpreter_log, _staff_xml, _hire_memo, _kindergarten_note]
    return [kinds[n % len(kinds)](rng) for n in range(count)]
