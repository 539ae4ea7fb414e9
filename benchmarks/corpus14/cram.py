"""A cram school for the national nursing exam: its roster, tutors' notes, mock-exam
results, enrolment forms and open-day slides."""

from __future__ import annotations

import random

from benchmarks.corpus14 import numbers, office, plain
from benchmarks.corpus14.births import other_date
from benchmarks.corpus14.kit import account, org_phone, own_footer, relative, who
from benchmarks.corpus14.model import Lines, Mark, Table, fake
from benchmarks.corpus14.sensitive import notice, phrase

SCHOOL = "メディカルブリッジ看護アカデミー"
COURSES = ("本科（昼）", "本科（夜）", "既卒者直前", "通信＋スクーリング")
FORMER = ("市立看護専門学校", "県立保健医療大学", "准看護学校", "看護短期大学")


def roster_xlsx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows = []
    for k in range(rng.randint(10, 14)):
        w = who(rng, 1985, 2005, 0.08)
        rows.append([f"MB{26}{k + 101:04d}", w.name(), w.name("kana"), w.born(rng.choice(("slash", "era", "west"))),
                     w.postal(), w.address(), w.phone(mobile_phone=True), w.email(), rng.choice(FORMER),
                     rng.choice(COURSES), other_date(rng, "enrolled_on", "slash")])
    table = Table(["受講番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "携帯電話", "メール", "出身校", "コース",
                   "入学日"],
                  rows, title="受講生")
    return f"看護国試予備校/名簿/2026年度受講生名簿_{n:02d}.xlsx", *office.xlsx([table], {"受講生": f"{SCHOOL} 受講生名簿"})


def tutor_notes_txt(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    lines = Lines().add(f"【個別面談メモ】担当チューター記入　第{n}週").add("")
    for _ in range(rng.randint(5, 8)):
        w = who(rng, 1980, 2004, 0.1)
        meeting, follow = other_date(rng, "meeting_date"), other_date(rng, "next_meeting")
        lines.add("■{}　面談日 {}", w.name("tight"), meeting)
        lines.add("既卒2回目。必修問題の正答率が伸びない。本人より{}との申告あり。", phrase(rng, "病歴"))
        if rng.random() < 0.5:
            lines.add("模試当日は別室受験を希望（{}）。", phrase(rng, rng.choice(("障害", "病歴"))))
        lines.add("次回は{}に実施予定。保護者（{}）にも電話 {} で連絡済み。", follow,
                  relative(rng, w, 1955, 1975).name("tight"), w.phone(rng.choice(("dash", "bare"))))
        lines.add("")
    lines.add("※{}。全体連絡は教務 {} まで。", notice(rng), org_phone("03"))
    own_footer(rng, lines, SCHOOL, "mb-kango.ac.jp")
    return f"看護国試予備校/面談/面談メモ_第{n:02d}週.txt", *plain.txt(lines, rng.choice(("utf-8", "cp932")), "\r\n")


def mock_results_csv(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows = []
    for k in range(rng.randint(10, 15)):
        w = who(rng, 1985, 2005, 0.1)
        scores = [str(rng.randint(20, 50)), str(rng.randint(60, 160)), str(rng.randint(25, 50))]
        rows.append([f"{k + 1}", w.name(rng.choice(("full", "tight"))), *scores, rng.choice("ABCDE")])
    table = Table(["No", "氏名", "必修(50)", "一般(160)", "状況設定(60)", "判定"], rows)
    return f"看護国試予備校/模試/第{n}回全国模試_結果.csv", *plain.csv(table, encoding="cp932")


def enrolment_docx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    w, parent = who(rng, 1990, 2005, 0.1), who(rng, 1955, 1975, 0)
    bank, branch, number = account(rng)
    lines = Lines().add(f"{SCHOOL}　入学申込書").add("受付日：{}", other_date(rng, "application_date"))
    lines.add("ふりがな　{}", w.name("kana")).add("氏　　名　{}", w.name())
    lines.add("生年月日　{}　（満{}歳）", w.born("era"), 2026 - w.p.birth.year)
    lines.add("現住所　〒{}　{}", w.postal(), w.address()).add("携帯 {}　E-mail {}", w.phone(mobile_phone=True), w.email())
    lines.add("緊急連絡先　氏名 {}　続柄 母　電話 {}", parent.name(), parent.phone())
    lines.add("健康上の配慮事項　{}", phrase(rng, rng.choice(("病歴", "障害"))))
    lines.add("授業料引落口座　{} {} 普通 {}　名義 {}", bank, branch, number, w.name("kana"))
    if rng.random() < 0.5:
        card = numbers.card(rng)
        lines.add("教材費カード払い　{}（有効期限 {:02d}/{}）", Mark("CREDIT_CARD", numbers.grouped_card(card)),
                  rng.randint(1, 12), rng.randint(27, 31))
    lines.add("当校記入欄　受付番号 {}　教務課 {}", order_number(rng), org_phone("03"))
    own_footer(rng, lines, SCHOOL, "mb-kango.ac.jp")
    return f"看護国試予備校/申込書/入学申込書_{n:03d}.docx", *office.docx_file(lines)


def order_number(rng: random.Random) -> Mark:
    return fake("MY_NUMBER", numbers.passing_my_number_check(rng), "receipt_number")


def voices_pptx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    slides = [Lines().add("合格体験記 2026").add("オープンキャンパスのご案内 電話 {}", org_phone("03"))]
    for _ in range(rng.randint(3, 5)):
        w = who(rng, 1990, 2004, 0.1)
        slides.append(Lines().add("第115回 合格").add("{}さん（{}出身）", w.name("tight"), rng.choice(FORMER))
                      .add("「夜間コースで働きながら合格できました」").add("{}", notice(rng)))
    return f"看護国試予備校/広報/合格体験記_{n:02d}.pptx", *office.pptx_file(slides)


WRITERS = ((roster_xlsx, 8), (tutor_notes_txt, 9), (mock_results_csv, 6), (enrolment_docx, 10), (voices_pptx, 4))
