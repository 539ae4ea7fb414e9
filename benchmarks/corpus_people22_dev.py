"""Development corpus for people22's classes (PERSON): staff written by the surname alone in a
staff column (ガイド, 担当スタイリスト), after a desk or a post (担当：○○課 相談窓口 …), after a staff role
in prose (添乗員の…が); a reading in the table's next cell; a passport-order romaji in brackets; a
given name of kanji before くん. Look-alikes: a shop's Latin name greeted (… 様), the family word 里子,
an animal a request's subject brackets, a site's figure of history in a ゆかり column. The rules are
tuned on it; benchmarks/corpus_people22_check.py (other words, no template or list in common)
checks them. Made-up people.

Run: PYTHONPATH=. python benchmarks/corpus_people22_dev.py [--check] [--errors]
"""

from __future__ import annotations

import random
import sys

from corpus_people20_dev import main  # the same scoring: names found, missed, look-alikes found

STAFF = ["城之内", "御手洗", "乙部", "久保寺", "勅使川原", "東海林"]
GUESTS = ["新井 恵太", "宮内 聡美", "大沢 健吾", "三宅 由紀", "森田 和也"]
READINGS = [("乙部 悠真", "オトベ ユウマ"), ("城之内 葵", "ジョウノウチ アオイ"), ("御手洗 千尋", "ミタライ チヒロ")]
PASSPORT = [("趙 明哲", "ZHAO Mingzhe"), ("朴 瑞妍", "PARK Seoyeon"), ("ホアン・ティ・トゥー", "HOANG Thi Thu")]
SHOPS = ["Atelier Komorebi", "Salon Hanamizuki", "Studio Aozora", "Cafe Mitsuba"]
FIGURES = ["新渡戸稲造", "大隈重信", "勝海舟"]
PETS = ["ゴン太", "小太郎", "モモ子"]
DESKS = ["定住促進課 相談窓口", "就職支援センター キャリアアドバイザー", "市民相談室 相談員"]


def _dive_log(rng) -> tuple[str, set, set]:
    rows, people = ["日付\tゲスト\tガイド\t"], set()
    for day in range(1, 5):
        guest, guide = rng.choice(GUESTS), rng.choice(STAFF)
        rows.append(f"日付: 2025/06/{day:02d}\tゲスト: {guest}\tガイド: {guide}\t")
        people |= {guest, guide}
    return "\n".join(rows) + "\n", people, set()


def _desk_sheet(rng) -> tuple[str, set, set]:
    staff, desk = rng.choice(STAFF), rng.choice(DESKS)
    text = f"相談受付票\n受付日：令和7年4月{rng.randint(1, 28)}日　担当：{desk} {staff}\n相談内容：空き家バンクの利用\n"
    return text, {staff}, set()


def _register(rng) -> tuple[str, set, set]:
    kanji, kana = rng.choice(READINGS)
    text = f"No\t本人: 講師名\tカナ\nA{rng.randint(10, 99)}\t本人: {kanji}\t{kana}\t090-0000-0000\n"
    return text, {kanji, kana}, set()


def _enrolment(rng) -> tuple[str, set, set]:
    kanji, latin = rng.choice(PASSPORT)
    return f"受講者：{kanji}（{latin}）　所属：経済学部\n", {kanji, latin}, set()


def _shop_mail(rng) -> tuple[str, set, set]:
    shop = rng.choice(SHOPS)
    return f"{shop} 様\nアルバムの納期について伺います。\n新婦：{rng.choice(GUESTS)}\n", set(), {shop}


def _foster_notes(rng) -> tuple[str, set, set]:
    text = (f"・木下さん：里子が中学受験を希望している。\n・預かり中の篤志くん（小3）が発熱したため早退。\n"
            f"当日は添乗員の{rng.choice(STAFF[:3])}が駅まで迎えに行く。\n")
    return text, {"篤志"}, {"里子"}


def _adoption(rng) -> tuple[str, set, set]:
    pet = rng.choice(PETS)
    return f"トライアル希望（{pet}）\n保護犬のトライアルをお願いします。\n", set(), {pet}


def _sites(rng) -> tuple[str, set, set]:
    rows = ["見学先\tゆかり"] + [f"見学先: 旧家 {n}\tゆかり: {figure}" for n, figure in enumerate(FIGURES)]
    return "\n".join(rows) + "\n", set(), set(FIGURES)


def docs(seed: int = 22, count: int = 32) -> list[tuple[str, set, set]]:
    rng = random.Random(seed)
    kinds = [_dive_log, _desk_sheet, _register, _enrolment, _shop_mail, _foster_notes, _adoption, _sites]
    return [kinds[n % len(kinds)](rng) for n in range(count)]


if __name__ == "__main__":
    if "--check" in sys.argv:
        from corpus_people22_check import docs as check_docs  # noqa: E402

        main(check_docs())
    else:
        main(docs())
