"""Check corpus for people19's classes, in another office's words (no template or list shared with
benchmarks/corpus_people19_dev.py): a welfare committee's 見守り台帳 (援助者, 付き添い者, 誘導者
columns of surnames alone), a visiting nurse's 訪問控え (…様：condition, a swindle's loss, a
device with its internal disability), a support group's 学習者カード (a workplace, then a
mobile; an origin of a land). Run through corpus_people19_dev.py --check."""

from __future__ import annotations

import random

KIN = ["信濃", "相良", "大和田", "光明寺", "林", "柴", "佐伯", "二階堂"]
PEOPLE = [("村井", "朋子"), ("杉本", "隆"), ("河合", "恵美"), ("新井", "大輔"), ("岡", "和子")]
COLUMNS = ["援助者", "付き添い者", "誘導者", "救護者", "世話役"]
ILLS = ["気管支喘息", "変形性膝関節症", "甲状腺機能亢進症", "統合失調症"]
LOSSES = ["特殊詐欺で50万円の被害", "オレオレ詐欺で200万円の被害"]
DEVICES = ["心臓機能障害1級でペースメーカー装着", "ぼうこう機能障害のためストーマ"]
JOBS = ["病院の夜勤", "自動車部品工場", "スーパーの惣菜部"]
ORIGINS = [("ラオス", "モン族"), ("タイ北部", "カレン族"), ("中国", "ミャオ族")]
STUDENTS = ["SILVA JOAO", "TRAN VAN LONG", "RAI SUNITA"]


def ledger(rng: random.Random) -> tuple[str, set]:
    column = rng.choice(COLUMNS)
    rows, truth = [f"番号\tお名前\t{column}\t"], set()
    for number in range(1, 6):
        person, kin = "　".join(rng.choice(PEOPLE)), rng.choice(KIN)
        rows.append(f"番号: {number}\tお名前: {person}\t{column}: {kin}\t")
        truth |= {("PERSON", person), ("PERSON", kin)}
    return "\n".join(rows) + "\n", truth


def visits(rng: random.Random) -> tuple[str, set]:
    picked = [("".join(rng.choice(PEOPLE)), *rng.choice([("病歴", rng.choice(ILLS)), ("犯罪被害", rng.choice(LOSSES)),
                                                        ("障害", rng.choice(DEVICES))])) for _ in range(3)]
    text = "訪問控え\n" + "".join(f"・{person}様：{note}\n　次回は来月第2週。\n" for person, _, note in picked)
    return text, {("PERSON", p) for p, _, _ in picked} | {(f"SENSITIVE/{c}", note) for _, c, note in picked}


def cards(rng: random.Random) -> tuple[str, set]:
    rows, truth = ["学習者カード"], set()
    for _ in range(3):
        student, phone = rng.choice(STUDENTS), f"0{rng.choice('89')}0 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        land, people = rng.choice(ORIGINS)
        rows += [f"{student}さん：{land}の{people}出身。職場は{rng.choice(JOBS)}。連絡は携帯 {phone} へ。"]
        truth |= {("PERSON", student), ("PHONE", phone), ("SENSITIVE/人種・民族", f"{land}の{people}")}
    return "\n".join(rows) + "\n", truth


def docs(seed: int = 20, count: int = 30) -> list[tuple[str, set]]:
    rng = random.Random(seed)
    return [rng.choice([ledger, visits, cards])(rng) for _ in range(count)]
