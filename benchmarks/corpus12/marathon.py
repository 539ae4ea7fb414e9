"""A city marathon's entry desk: the entry system's export, the medical declaration
list, the guide-runner pairs, the volunteer roster, a mail with the refund list."""

from __future__ import annotations

from datetime import datetime

from benchmarks.corpus12 import ids, render
from benchmarks.corpus12.mail import doc_of, message
from benchmarks.corpus12.model import in_turn, Lines, Table, neg, single, val
from benchmarks.corpus12.pen import Pen

DESK = "hamakaze-marathon"
SIZES = ["S", "M", "L", "XL"]
CLUBS = ["チーム疾風", "浜松RC", "ランナーズ松本", "走友会みかん"]


def entries(pen: Pen, n: int) -> object:
    table = Table(["entry_id", "ナンバー", "name_kanji", "name_kana", "name_roman", "birthday", "zip", "address", "tel",
                   "mail", "club", "tshirt"])
    for _ in range(n):
        p = pen.person((1950, 2007), foreign=0.08)
        table.add(pen.order_number(), neg("PHONE", f"{pen.rng.randrange(10000, 40000)}", "bib_number"), pen.name(p),
                  pen.name(p, "kana"), pen.name(p, "romaji"), pen.birth(p, 5), pen.postal(p, False), pen.address(p),
                  pen.phone(p, True, 1), pen.email(p), pen.pick(CLUBS), pen.pick(SIZES))
    return render.csv_file(table)


def medical(pen: Pen, n: int) -> object:
    table = Table(["ナンバー", "氏名", "年齢", "申告内容", "当日連絡先"], above=["医事班 健康申告リスト（取扱注意）"])
    for _ in range(n):
        p = pen.person((1950, 2005))
        declared = pen.sensitive(pen.pick(["病歴", "障害", "健康診断結果"]))
        table.add(f"{pen.rng.randrange(10000, 40000)}", pen.name(p), f"{2025 - p.birth.year}", declared, pen.phone(p, True, 0))
    return render.xlsx_file([("申告", table)])


def guide_pairs(pen: Pen, n: int) -> object:
    lines = Lines().add("伴走者ペア一覧（視覚障害者の部）").blank()
    for _ in range(n):
        runner, guide = pen.person((1960, 2000)), pen.person((1960, 2000))
        lines.add("ランナー ", pen.name(runner), "（", pen.sensitive("障害", ["身体障害者手帳2級（視覚）", "弱視のため拡大読書器を使用"]),
                  "）／伴走 ", pen.name(guide), " ", pen.phone(guide, True, 0))
    return render.docx_file([lines])


def refund_mail(pen: Pen, when: datetime) -> tuple[bytes, list]:
    own = pen.own(DESK)
    body = Lines().add("決済代行 ご担当者様").blank().add("大会中止区分の返金対象者リストを送付します。")
    body.add("問い合わせの多い", pen.name(pen.person((1960, 2000)), "tight"), "様の件は別途ご連絡します。")
    body.add("浜風マラソン実行委員会 事務局 ", own["phone"])
    refunds = Table(["氏名", "カード番号", "返金額", "決済番号"])
    for _ in range(pen.rng.randint(3, 6)):
        p = pen.person((1960, 2005))
        refunds.add(pen.name(p, "romaji"), val("CREDIT_CARD", ids.card(pen.rng)), "8,500", pen.product_code())
    data, placed = render.csv_file(refunds)
    return message(own["email"], neg("EMAIL", "support@pay-agent.example.com", "org_contact"), "返金対象者リスト", body, when,
                   [("refund.csv", data, placed, "text/csv")])


def confirmation_page(pen: Pen) -> object:
    """The entry system's 受付完了 page, saved by the desk when a runner asked."""
    p = pen.person((1950, 2006))
    own = pen.own(DESK)
    lines = Lines().add("エントリー受付完了のお知らせ").add("お名前：", pen.name(p), "（", pen.name(p, "kana"), "）")
    lines.add("生年月日：", pen.birth(p, 3)).add("ご住所：〒", pen.postal(p, True), " ", pen.address(p))
    lines.add("メールアドレス：", pen.email(p)).add("電話番号：", pen.phone(p, True, 0))
    lines.add("お支払い：クレジットカード（", val("CREDIT_CARD", ids.card(pen.rng)), "）").add("受付番号：", pen.order_number())
    lines.add("お問い合わせ：浜風マラソン事務局 ", own["phone"], "（平日10時〜17時）")
    return render.html_file("エントリー受付完了", lines)


def documents(pen: Pen, count: int) -> list:
    return in_turn(count, [
        lambda i: single(f"marathon/entry/entry_{i:03d}.csv", entries(pen, pen.rng.randint(10, 18))),
        lambda i: single(f"marathon/entry/confirm_{i:03d}.html", confirmation_page(pen)),
        lambda i: single(f"marathon/医事/申告_{i:03d}.xlsx", medical(pen, pen.rng.randint(5, 10))),
        lambda i: single(f"marathon/伴走/ペア_{i:03d}.docx", guide_pairs(pen, pen.rng.randint(3, 6))),
        lambda i: doc_of(f"marathon/mail/refund_{i:03d}.eml", *refund_mail(pen, datetime(2025, 12, 1 + i % 20, 10, i % 60))),
    ])
