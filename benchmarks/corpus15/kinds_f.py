"""Corpus 15's odd layouts and plain talk: a 囲碁 club's application form whose
labels run down the page (縦書き flattened) or follow their values, and a cleaning
crew's 作業日報 that names people in passing, by surname or in full, without 様."""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus15 import formats, ids, marks
from benchmarks.corpus15.model import Doc, Mark, Text, value
from benchmarks.corpus15.people import anyone, person


def _spaced(day: date) -> str:
    return f"{day.year} 年 {day.month} 月 {day.day} 日"


def club_application(rng: random.Random, n: int) -> Doc:
    """入会申込書 (docx): a label's characters one a line, values before their labels."""
    p, sponsor = anyone(rng, (1940, 2000)), person(rng, (1940, 1970))
    text = Text().add("囲碁同好会　入会申込書")
    text.add("", ids.not_birth(date(2026, rng.randint(1, 11), rng.randint(1, 28)), 1, "application_date"), "申込")
    text.add("氏").add("名").add(marks.name(p, True))
    text.add("生").add("年").add("月").add("日")
    text.add(value("DATE_OF_BIRTH", _spaced(p.birth), date=p.birth.isoformat()))
    text.add(marks.address(p), "（現住所）")
    text.add(marks.phone(p.phone, rng), "（自宅）　", marks.phone(p.mobile, rng), "（携帯）")
    text.add("棋力 ", rng.choice(["初段", "三級", "二段", "五級"]), "　紹介者 ", marks.name(sponsor), "（会員）")
    if rng.random() < 0.5:
        text.add("対局時の配慮 ", marks.condition(rng, rng.choice(["障害", "病歴"])))
    return formats.docx(f"go_club/nyukai_{n:02d}.docx", text)


CHORES = ["3階の床洗浄", "窓ガラス清掃", "ワックスがけ", "トイレ清掃", "エントランスのマット交換", "厨房の排気フード"]


def daily_report(rng: random.Random, n: int) -> Doc:
    """作業日報 of a cleaning crew (txt, CP932): people said in passing."""
    crew = [person(rng, (1960, 2003)) for _ in range(4)]
    text = Text().add(f"作業日報　{2026}年11月{n + 1}日　現場：{rng.choice(['市民会館', '東病院別館', '第三庁舎'])}")
    lead, second, third, fourth = crew
    text.add("班長の", marks.name(lead), "ほか3名で", rng.choice(CHORES), "を実施。")
    text.add(value("PERSON", second.surname), "と", value("PERSON", third.surname), "は", rng.choice(CHORES),
             "。", value("PERSON", fourth.surname), "は午後から合流。")
    visit = Mark("SENSITIVE", "通院のため", category="病歴", optional=True)  # a hint, not a diagnosis
    text.add("明日は", marks.name(second), "が休み（", visit, "）。代わりに",
             marks.name(anyone(rng, (1970, 2000))), "が入る。")
    if rng.random() < 0.5:
        text.add("申し送り：", value("PERSON", third.surname), "は", marks.condition(rng, "病歴"), "。重い物は持たせない。")
    text.add("鍵返却 17:40　報告者 ", value("PERSON", lead.surname))
    return formats.txt(f"cleaning/日報_{n:02d}.txt", text, "cp932")
