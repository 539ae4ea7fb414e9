"""A town optician (眼鏡・コンタクト店): customer cards, bookings, a DM list from the
POS, measurement sheets, referral mails to an eye clinic."""

from __future__ import annotations

from datetime import datetime

from benchmarks.corpus12 import render
from benchmarks.corpus12.mail import doc_of, message
from benchmarks.corpus12.model import in_turn, Lines, Table, neg, single
from benchmarks.corpus12.pen import Pen
from benchmarks.corpus12.sensitive import ARTICLES, CHECKUP

SHOP = "harmonia-optical"
FRAMES = ["サクラ", "ルーシー", "ジョージ", "ハナコ", "マリー"]  # frame models called like people
DISEASE_EYES = ["緑内障で点眼治療中", "糖尿病網膜症のためレーザー治療を受けた", "白内障の術後3か月", "円錐角膜でハードレンズ装用"]


def customer_book(pen: Pen, n: int) -> object:
    table = Table(["顧客No", "氏名", "フリガナ", "生年月日", "〒", "住所", "TEL", "眼の既往・特記", "最終来店", "会員カード"],
                  above=["ハルモニア眼鏡店　顧客台帳（本店）"])
    for row in range(n):
        p = pen.person((1940, 2008))
        note = pen.sensitive("病歴", DISEASE_EYES) if row % 3 == 0 else pen.pick(["なし", "", "遠近両用希望"])
        table.add(f"H{20000 + pen.rng.randrange(9999)}", pen.name(p), pen.name(p, "kana"), pen.birth(p, pen.pick([2, 1, 0])),
                  pen.postal(p), pen.address(p), pen.phone(p), note, pen.other_date(), pen.product_code())
    return render.xlsx_file([("顧客台帳", table)])


def bookings(pen: Pen, n: int) -> object:
    table = Table(["予約日", "時間", "お名前（カナ）", "連絡先", "ご用件", "担当"])
    for _ in range(n):
        p = pen.person((1945, 2010))
        table.add(pen.other_date(), pen.pick(["10:00", "11:30", "14:00", "16:30"]), pen.name(p, "kana"),
                  pen.phone(p, True, 1), pen.pick(["視力測定", "コンタクト定期検査", "フレーム調整", "補聴器相談"]),
                  pen.name(pen.person((1975, 2000)), "family"))
    return render.csv_file(table, "utf-8-sig")


def dm_list(pen: Pen, n: int) -> object:
    """A POS export: no header, Shift_JIS, the postal code without its hyphen."""
    table = Table(None)
    for _ in range(n):
        p = pen.person((1950, 2000))
        table.add(str(pen.rng.randrange(100000, 999999)), pen.postal(p, False), pen.address(p), pen.name(p, "tight"),
                  pen.phone(p, False, 1), pen.product_code())
    return render.csv_file(table, "cp932")


def measurement(pen: Pen) -> object:
    p, staff = pen.person((1950, 2005)), pen.person((1970, 1998))
    own = pen.own(SHOP)
    sheet = Lines().add("視力測定記録票").add("ハルモニア眼鏡店　", own["address"], "　TEL ", own["phone"]).blank()
    sheet.add("お客様氏名　", pen.name(p), "　様").add("生年月日　", pen.birth(p, 0), "　（", str(2025 - p.birth.year), "歳）")
    sheet.add("ご住所　〒", pen.postal(p, True), "　", pen.address(p)).add("電話番号　", pen.phone(p))
    sheet.add("測定結果　", pen.sensitive("健康診断結果", [c for c in CHECKUP if "眼圧" in c or "視力" in c]))
    sheet.add("参考値　", pen.normal_checkup())
    sheet.add("備考　", pen.sensitive("病歴", DISEASE_EYES), "とのこと。眼科受診を勧めた。")
    sheet.add("選択フレーム　", pen.thing(FRAMES), "モデル（", pen.product_code(), "）")
    sheet.add("測定者　", pen.name(staff)).add("測定日　", pen.other_date())
    return render.docx_file([sheet])


def referral_mail(pen: Pen, when: datetime) -> tuple[bytes, list]:
    p, staff = pen.person((1940, 1990)), pen.person((1970, 1995))
    own = pen.own(SHOP)
    body = Lines().add("さくら眼科クリニック　受付ご担当者様").blank()
    body.add("いつもお世話になっております。ハルモニア眼鏡店の", pen.name(staff, "family"), "です。")
    body.add("本日来店された", pen.name(p, "tight"), "さん（", pen.birth(p, 3), "生）ですが、")
    body.add(pen.sensitive("健康診断結果", ["眼圧 右24 mmHg 左26 mmHg（要受診）", "視力 右0.1 左0.2（矯正不十分 要受診）"]),
             "でしたので、貴院への受診をお勧めしました。")
    body.add("ご本人の連絡先は ", pen.phone(p, True), " です。").blank()
    body.add("測定票を添付します。").add("--").add("ハルモニア眼鏡店 ", own["phone"], " ", own["email"])
    sheet = Lines().add("測定票").add("氏名 ", pen.name(p)).add("住所 ", pen.address(p)).add("既往 ", pen.sensitive("病歴", DISEASE_EYES))
    attachment = render.pdf_file([sheet])
    return message(own["email"], neg("EMAIL", "uketsuke@sakura-eye.example.jp", "org_contact"), "受診のお願い（測定票添付）", body, when,
                   [("測定票.pdf", *attachment, "application/pdf")])


def notice(pen: Pen) -> object:
    own = pen.own(SHOP)
    lines = Lines().add("【店内掲示】目の健康コラム").add(pen.article(ARTICLES)).add("定期的な眼科検診をおすすめします。")
    lines.add("ご予約　", own["phone"], "（受付 10:00〜19:00）").add("〒", own["postal"], " ", own["address"])
    return render.html_file("目の健康コラム", lines)


def documents(pen: Pen, count: int) -> list:
    return in_turn(count, [
        lambda i: single(f"optician/顧客台帳_{i:03d}.xlsx", customer_book(pen, pen.rng.randint(8, 18))),
        lambda i: single(f"optician/予約/reserve_{i:03d}.csv", bookings(pen, pen.rng.randint(6, 14))),
        lambda i: single(f"optician/pos/DM{i:03d}.csv", dm_list(pen, pen.rng.randint(8, 16))),
        lambda i: single(f"optician/測定記録/測定_{i:03d}.docx", measurement(pen)),
        lambda i: doc_of(f"optician/mail/referral_{i:03d}.eml", *referral_mail(pen, datetime(2025, 9, 1 + i % 28, 15, i % 60))),
        lambda i: single(f"optician/web/column_{i:03d}.html", notice(pen), clean=True),
    ])
