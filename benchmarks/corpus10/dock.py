"""A 人間ドック centre: the results export (CSV, one examinee a row, values with
their judgement), result letters (PDF), the web booking export (JSON) and the
問診票 (Word) with past illnesses."""

from __future__ import annotations

import random

from benchmarks.corpus10 import ids
from benchmarks.corpus10.common import office, order_number, other_date, phrase
from benchmarks.corpus10.model import Doc, Mark
from benchmarks.corpus10.persons import person
from benchmarks.corpus10.render_office import docx
from benchmarks.corpus10.render_text import csv_doc, json_doc, pdf

NORMAL = ("血圧 118/74mmHg A", "HbA1c 5.3% A", "LDLコレステロール 102mg/dL A", "ALT 18U/L A", "尿酸 5.1mg/dL A")
COURSES = ("日帰りドック", "1泊2日ドック", "脳ドック", "レディースドック", "肺ドック")


def normal(rng: random.Random) -> Mark:
    """A value within range: neither a finding to make nor one to avoid."""
    return Mark(rng.choice(NORMAL), "SENSITIVE", category="健康診断結果", optional=True)


def results(rng: random.Random, n: int) -> Doc:
    rows = [["受診者ID", "氏名", "生年月日", "保険者番号", "コース", "所見1", "所見2", "総合判定", "受診日"]]
    for k in range(rng.randint(20, 30)):
        p = person(rng, 1950, 1995)
        first = phrase(rng, "健康診断結果") if rng.random() < 0.8 else normal(rng)
        rows.append([f"D{n:02d}{k:04d}", p.name(rng.choice((0, 3))), p.born(rng.choice((2, 7, 8))),
                     p.number("HEALTH_INSURANCE_NUMBER", ids.insurer), rng.choice(COURSES), first, normal(rng),
                     rng.choice(("A", "B", "C", "D1", "D2")), other_date(rng, "exam_date")])
    tab = rng.random() < 0.5
    return csv_doc(f"健診センター/結果/ドック結果_{n:02d}.{'tsv' if tab else 'csv'}", rows, "checkup_results",
                   delimiter="\t" if tab else ",")


def letter(rng: random.Random, n: int) -> Doc:
    centre = office(rng, "総合健診センター", "kenshin-example.jp")
    p = person(rng, 1950, 1995)
    lines = ["人間ドック結果のお知らせ", "", ["〒", p.postal(0)], [p.address()], [p.name(0), " 様"], "",
             ["生年月日　", p.born(1)], ["受診日　", other_date(rng, "exam_date")], "",
             "【主な所見】", [phrase(rng, "健康診断結果")], [phrase(rng, "健康診断結果")], "",
             "【医師のコメント】", "生活習慣の改善とともに、早めに医療機関を受診してください。", "", *centre.footer()]
    return pdf(f"健診センター/結果通知/結果通知_{n:03d}.pdf", lines, "result_letter")


def bookings(rng: random.Random, n: int) -> Doc:
    keys = ["予約番号", "氏名", "フリガナ", "生年月日", "電話番号", "メール", "受診予定日", "コース"]
    rows = []
    for _ in range(rng.randint(20, 30)):
        p = person(rng, 1955, 2000)
        rows.append([order_number(rng), p.name(0), p.kana(), p.born(3), p.phone(2), p.email(),
                     other_date(rng, "booking_date"), rng.choice(COURSES)])
    return json_doc(f"健診センター/予約/web予約_{n:02d}.json", keys, rows, "booking_export")


def questionnaire(rng: random.Random, n: int) -> Doc:
    p = person(rng, 1950, 1995)
    blocks = [("p", "問診票（人間ドック）"), ("p", ["お名前　", p.name(0)]), ("p", ["生年月日　", p.born(0)]),
              ("p", ["ご連絡先　", p.phone()]), ("p", "これまでにかかった病気"),
              ("t", [["病名", "時期", "治療状況"], [phrase(rng, "病歴"), "5年前", "通院中"],
                     [phrase(rng, "病歴"), "10年前", "完治"]]),
              ("p", ["障害の有無　", phrase(rng, "障害")] if rng.random() < 0.3 else "障害の有無　なし"),
              ("p", "喫煙　なし　飲酒　機会飲酒")]
    return docx(f"健診センター/問診票/問診票_{n:03d}.docx", blocks, "questionnaire")


def documents(rng: random.Random, scale: float) -> list[Doc]:
    count = lambda base: max(1, round(base * scale))  # noqa: E731
    return ([results(rng, i) for i in range(count(5))] + [letter(rng, i) for i in range(count(12))] +
            [bookings(rng, i) for i in range(count(4))] + [questionnaire(rng, i) for i in range(count(12))])
