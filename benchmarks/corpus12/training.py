"""A 職業訓練校 (public vocational school) office: the trainees' roll from ハローワーク
with insurance and pension numbers, the instructors' My Number ledger for fees, the
allowance transfer list, an attendance export headerless from the card reader."""

from __future__ import annotations

from datetime import date, datetime

from benchmarks.corpus12 import ids, render
from benchmarks.corpus12.mail import doc_of, message
from benchmarks.corpus12.model import in_turn, Lines, Table, neg, single, val
from benchmarks.corpus12.pen import Pen

SCHOOL = "kenritsu-kunren"
COURSES = ["CAD製図科", "電気設備科", "介護サービス科", "ITビジネス科", "溶接技術科"]
BANKS = ["静岡中央銀行", "北陸みらい銀行", "ゆうちょ銀行", "岡山あおば信用組合"]


def trainee_roll(pen: Pen, n: int) -> object:
    table = Table(["受講生番号", "氏名", "生年月日", "住所", "携帯", "雇用保険被保険者番号", "基礎年金番号", "配慮事項", "受講指示番号", "修了予定"],
                  above=[f"{pen.pick(COURSES)} 受講生名簿（ハローワーク受講指示）"])
    for n_row in range(n):
        p = pen.person((1965, 2004))
        care = pen.sensitive("障害", ["下肢機能障害4級", "吃音があり電話対応が難しい", "左耳が聴こえず補聴器を使用"]) \
            if n_row % 5 == 0 else ""
        table.add(f"25-{pen.rng.randrange(1000):03d}", pen.name(p), pen.birth(p, pen.pick([0, 2, 1])), pen.address(p),
                  pen.phone(p, True, 0), val("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(pen.rng)),
                  val("BASIC_PENSION_NUMBER", ids.pension(pen.rng)), care, pen.contract_number(),
                  pen.other_date(date(2026, 3, 1)))
    return render.xlsx_file([("名簿", table)])


def instructor_numbers(pen: Pen, n: int) -> object:
    """講師謝金の支払調書用: the instructors' My Numbers, kept apart (and yet on the share)."""
    table = Table(["講師名", "ﾌﾘｶﾞﾅ", "個人番号", "住所", "振込口座", "支払額"])
    for _ in range(n):
        p = pen.person((1950, 1990))
        table.add(pen.name(p), pen.name(p, "kana"), pen.my_number(), pen.address(p),
                  [pen.pick(BANKS), " 普通 ", val("BANK_ACCOUNT", ids.account(pen.rng))], f"{pen.pick([36000, 54000, 72000]):,}円")
    return render.csv_file(table, "utf-8-sig")


def allowance_letter(pen: Pen) -> object:
    p = pen.person((1970, 2003))
    lines = Lines().add("受講手当 振込先届").add("氏名　", pen.name(p)).add("生年月日　", pen.birth(p, 0))
    lines.add("雇用保険被保険者番号　", val("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(pen.rng)))
    lines.add("振込先　", pen.pick(BANKS), "　普通　", val("BANK_ACCOUNT", ids.account(pen.rng)))
    lines.add("クレジットカード（教材費引落）　", val("CREDIT_CARD", ids.spaced(ids.card(pen.rng), (4, 4, 4, 4), "-")))
    lines.add("マイナンバー　", pen.my_number()).add("受付番号　", pen.order_number())
    return render.rtf_file(lines)


def attendance(pen: Pen, n: int) -> object:
    """The card reader's export: no header; card id, name, date, in, out."""
    table = Table(None)
    for _ in range(n):
        p = pen.person((1965, 2004))
        table.add(f"{pen.rng.randrange(10 ** 8):08d}", pen.name(p, "kana"), pen.other_date(date(2025, 10, 1)), "08:52", "16:05")
    return render.csv_file(table, "cp932")


def hellowork_mail(pen: Pen, when: datetime) -> tuple[bytes, list]:
    """ハローワーク's list of the next intake: the numbers' only context is the CSV header."""
    own = pen.own(SCHOOL)
    body = Lines().add("訓練校 訓練課 ご担当者様").blank().add("次期受講予定者の一覧を送付します（パスワードは別送）。")
    body.add("ハローワーク 職業訓練窓口")
    intake = Table(["氏名", "ﾌﾘｶﾞﾅ", "生年月日", "雇用保険被保険者番号", "基礎年金番号", "電話"])
    for _ in range(pen.rng.randint(4, 9)):
        p = pen.person((1965, 2004))
        intake.add(pen.name(p), pen.name(p, "kana"), pen.birth(p, 2), val("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(pen.rng)),
                   val("BASIC_PENSION_NUMBER", ids.pension(pen.rng)), pen.phone(p, pen.rng.random() < 0.5, 1))
    data, placed = render.csv_file(intake, "cp932")
    return message(neg("EMAIL", "kunren-madoguchi@hellowork.example.go.jp", "org_contact"), own["email"], "次期受講予定者一覧", body, when,
                   [("受講予定者.csv", data, placed, "text/csv")])


def course_guide(pen: Pen) -> object:
    own = pen.own(SCHOOL)
    lines = Lines().add("令和8年度 4月生 募集案内")
    for course in COURSES:
        lines.add(f"{course}　定員20名　訓練期間6か月")
    lines.add("選考日 ", neg("DATE_OF_BIRTH", "2026年2月18日", "other_date"),
              "　合格発表 ", neg("DATE_OF_BIRTH", "2026年3月2日", "other_date"))
    lines.add("問合せ ", own["phone"], " ", own["email"]).add(own["address"])
    return render.pdf_file([lines])


def documents(pen: Pen, count: int) -> list:
    return in_turn(count, [
        lambda i: single(f"kunren/名簿/受講生_{i:03d}.xlsx", trainee_roll(pen, pen.rng.randint(8, 15))),
        lambda i: single(f"kunren/経理/講師謝金_{i:03d}.csv", instructor_numbers(pen, pen.rng.randint(6, 12))),
        lambda i: single(f"kunren/手当/振込先届_{i:03d}.rtf", allowance_letter(pen)),
        lambda i: single(f"kunren/出欠/ATT{i:03d}", attendance(pen, pen.rng.randint(10, 20))),
        lambda i: single(f"kunren/募集/案内_{i:03d}.pdf", course_guide(pen), clean=True),
        lambda i: doc_of(f"kunren/mail/hellowork_{i:03d}.eml", *hellowork_mail(pen, datetime(2025, 11, 10 + i % 15, 9, i))),
    ])
