"""Check corpus for people22's classes (see benchmarks/corpus_people22_dev.py): other offices'
wording, no template or word list in common with the dev corpus — a ski school's lesson sheet
(担当インストラクター), a hello-work desk's memo (面談：… 就労支援員 …), a salon's customer card with
its reading beside, a seminar's roster with passport-order romaji, a florist greeted in capitals,
a family court's note on an adopted child (養子), a shelter's mail subject, a castle town's walking
map. Made-up people.

Run: PYTHONPATH=. python benchmarks/corpus_people22_dev.py --check [--errors]
"""

from __future__ import annotations

import random

INSTRUCTORS = ["蔀", "勘解由小路", "五百旗頭", "鬼塚", "十河", "相良"]
PUPILS = ["石黒 美咲", "沢口 隆", "堀内 早苗", "今泉 陽斗"]
KANA_PAIRS = [("鬼塚 蓮", "オニヅカ レン"), ("十河 結衣", "ソゴウ ユイ"), ("相良 大和", "サガラ ヤマト")]
LATIN = [("黄 子涵", "HUANG Zihan"), ("李 俊浩", "LEE Junho"), ("グエン・ヴァン・ナム", "NGUYEN Van Nam")]
FLORISTS = ["FLOWER SHOP HANAYA", "BOUTIQUE LUMIERE", "Bakery Komugi"]
ANIMALS = ["チョコ太", "ミケ子", "銀之助"]
HISTORY = ["伊達政宗", "上杉謙信", "真田幸村"]


def _ski_school(rng) -> tuple[str, set, set]:
    rows, people = ["レッスン日\t受講者\t担当インストラクター"], set()
    for day in range(10, 14):
        pupil, teacher = rng.choice(PUPILS), rng.choice(INSTRUCTORS[3:])
        rows.append(f"レッスン日: 1/{day}\t受講者: {pupil}\t担当インストラクター: {teacher}")
        people |= {pupil, teacher}
    return "\n".join(rows) + "\n", people, set()


def _hello_work(rng) -> tuple[str, set, set]:
    staff = rng.choice(INSTRUCTORS[3:])
    return f"就労相談メモ\n面談：若者サポートステーション 就労支援員 {staff}\n希望職種：事務\n", {staff}, set()


def _salon_card(rng) -> tuple[str, set, set]:
    kanji, kana = rng.choice(KANA_PAIRS)
    return f"会員番号\tお客様: 氏名\tヨミ\n{rng.randint(100, 999)}\tお客様: {kanji}\t{kana}\t来店 3回\n", {kanji, kana}, set()


def _seminar(rng) -> tuple[str, set, set]:
    kanji, latin = rng.choice(LATIN)
    return f"参加者：{kanji}（{latin}）　研究科：工学\n", {kanji, latin}, set()


def _florist(rng) -> tuple[str, set, set]:
    shop = rng.choice(FLORISTS)
    return f"{shop} 様\n先日のブーケの件でご連絡いたしました。\n", set(), {shop}


def _court_note(rng) -> tuple[str, set, set]:
    return "面接メモ\n養子は新しい学校に慣れてきたとのこと。養子の通院は月2回。\n", set(), {"養子"}


def _shelter(rng) -> tuple[str, set, set]:
    animal = rng.choice(ANIMALS)
    return f"件名：譲渡申込み（{animal}）\n見学の日程を相談させてください。\n", set(), {animal}


def _walking_map(rng) -> tuple[str, set, set]:
    rows = ["史跡\tゆかりの人物"] + [f"史跡: 城下町 第{n + 1}区\tゆかりの人物: {name}" for n, name in enumerate(HISTORY)]
    return "\n".join(rows) + "\n", set(), set(HISTORY)


def docs(seed: int = 2022, count: int = 32) -> list[tuple[str, set, set]]:
    rng = random.Random(seed)
    kinds = [_ski_school, _hello_work, _salon_card, _seminar, _florist, _court_note, _shelter, _walking_map]
    return [kinds[n % len(kinds)](rng) for n in range(count)]
