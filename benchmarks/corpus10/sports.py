"""A sports federation: the athletes' registration export (CSV without a header),
the passport list for an international meet, the medical officer's TUE notes, and
the para-sport classification sheet."""

from __future__ import annotations

import random

from benchmarks.corpus10 import ids
from benchmarks.corpus10.common import other_date, phrase
from benchmarks.corpus10.model import Doc, lookalike
from benchmarks.corpus10.persons import person
from benchmarks.corpus10.render_office import docx, pptx, xlsx
from benchmarks.corpus10.render_text import csv_doc

CLUBS = ("湖北アスリートクラブ", "浜風RC", "みなと陸上教室", "TEAM若鷹", "北嶺スキー倶楽部", "城南AC")
EVENTS = ("100m", "400mH", "走幅跳", "砲丸投", "10000m", "競歩20km", "車いす800m")


def registrations(rng: random.Random, n: int) -> Doc:
    """The registration system's export: no header, the columns known to the federation only."""
    rows = []
    for k in range(rng.randint(20, 30)):
        p = person(rng, 1985, 2012)
        rows.append([f"{2026}{n:02d}{k:04d}", p.name(rng.choice((0, 3))), p.kana(), p.born(3), "F" if p.woman else "M",
                     rng.choice(CLUBS), p.phone(2), p.email(), p.postal(1), p.address()])
    return csv_doc(f"競技連盟/登録/athletes_{n:02d}.csv", rows, "headerless_export")


def passports(rng: random.Random, n: int) -> Doc:
    rows = [["SURNAME GIVEN NAME", "DATE OF BIRTH", "PASSPORT NO.", "DATE OF EXPIRY", "EVENT"]]
    for _ in range(rng.randint(12, 20)):
        p = person(rng, 1990, 2008)
        rows.append([p.name(2), p.born(5), p.number("PASSPORT", ids.passport), other_date(rng, "expiry_date"),
                     rng.choice(EVENTS)])
    return xlsx(f"競技連盟/国際大会/entry_list_{n}.xlsx", [("Entry", rows, 1, [])], "passport_list")


def tue_notes(rng: random.Random, n: int) -> Doc:
    blocks = [("p", "TUE（治療使用特例）申請の確認メモ"), ("p", ["申請日：", other_date(rng, "application_date")])]
    for _ in range(rng.randint(2, 4)):
        p = person(rng, 1992, 2010)
        blocks += [("p", ["選手：", p.name(0), "（", rng.choice(CLUBS), "）"]),
                   ("p", ["診断：", phrase(rng, "病歴"), "。主治医の診断書を添付済み。"])]
    return docx(f"競技連盟/医事/TUE確認_{n:02d}.docx", blocks, "medical_notes")


def classification(rng: random.Random, n: int) -> Doc:
    slides = [("クラス分け結果（パラ陸上）", ["本資料は関係者限り"])]
    for _ in range(rng.randint(3, 5)):
        p = person(rng, 1985, 2008)
        slides.append((f"選手 {rng.choice(EVENTS)}", [["氏名：", p.name(0)], ["生年月日：", p.born(0)],
                                                    ["障害：", phrase(rng, "障害")], "判定クラス：T" + str(rng.randint(11, 64))]))
    slides.append(("次回大会", ["会場：県営陸上競技場", lookalike("PERSON", "ハルト", "mascot_name"), "（大会マスコット）"]))
    return pptx(f"競技連盟/クラス分け/クラス分け_{n}.pptx", slides, "classification_slides")


def documents(rng: random.Random, scale: float) -> list[Doc]:
    count = lambda base: max(1, round(base * scale))  # noqa: E731
    return ([registrations(rng, i) for i in range(count(5))] + [passports(rng, i) for i in range(count(4))] +
            [tue_notes(rng, i) for i in range(count(10))] + [classification(rng, i) for i in range(count(5))])
