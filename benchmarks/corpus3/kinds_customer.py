"""Customers and members: アンケート自由記述, 問い合わせメール and the reply that
quotes it, 請求書・振込依頼, 会員申込書 forms, exports with English or romaji headers."""

from __future__ import annotations

from datetime import date, datetime, timezone

from benchmarks.corpus2.formats import delimited_doc, eml_doc, pdf_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, birth, negative
from benchmarks.corpus3 import idents
from benchmarks.corpus3.desk import Desk, spaced
from benchmarks.corpus3.kinds_prose import care
from benchmarks.corpus3.mail import quoted

_PLAIN_ANSWERS = ["駐車場が狭い", "スタッフの説明がわかりやすかった", "待ち時間が長かった", "特になし",
                  "予約がネットでできると助かる", "価格に満足", "また利用したい"]


def survey(d: Desk, n: int) -> Doc:
    """Free answers of a customer survey, exported with English headers; a few say too much."""
    table = Table().add("respondent_id", "submitted_at", "age_band", "q5_free_text")
    for r in range(d.between(12, 20)):
        answer = d.pick(_PLAIN_ANSWERS)
        roll = d.rng.random()
        if roll < 0.15:
            p = d.person()
            answer = ("折り返しは", d.phone(p, mobile=True), "にお願いします（", d.name(p), "）")
        elif roll < 0.3:
            answer = ("私は", care(d, d.pick(["障害", "病歴"])), "。段差と案内表示を見直してほしい")
        elif roll < 0.4:
            answer = ("受付の", d.name(d.person(abroad=0.0), "surname"), "さんが親切でした")
        sent = d.day(date(2026, 8, 1), 40)
        table.add(f"R{d.between(100000, 999999)}", d.other_day(sent, "answered_at", "iso"),
                  d.pick(["20s", "30s", "40s", "50s", "60+"]), answer)
    return delimited_doc(f"顧客/survey_export_{n:02d}.csv", table, "アンケート", encoding="utf-8", newline="\n")


def inquiry(d: Desk, n: int) -> Doc:
    """A customer's question and the support desk's reply quoting it, as one .eml."""
    org, customer, agent = d.org(), d.person(), d.person(abroad=0.0)
    asked = Text().add(d.name(customer, "tight"), "と申します。")
    asked.add("先日購入した加湿器が動きません。注文番号は ", negative(f"{d.between(100, 999)}-{d.between(1000000, 9999999)}",
                                                          "BANK_ACCOUNT", "order_number"), " です。")
    asked.add("交換品の送り先：", d.postal(customer, "mark"), " ", d.address(customer))
    asked.add("日中は ", d.phone(customer), " におります。")
    reply = Text().add(f"{customer.name('surname')} 様").add(f"{org.short}お客様窓口の", d.name(agent, "surname"), "です。")
    reply.add("交換品は ", d.other_day(d.day(date(2026, 9, 1), 20), "shipping_date", "west"), " に発送いたします。")
    reply.add("――――").add(org.name).add(*spaced(org.letterhead()[1:3], " "))
    reply.add("").add(f"{customer.name('surname')} 様からのメール：").extend(quoted(asked))
    headers = {"From": (f"{org.short} お客様窓口 <", Mark(f"support@{org.domain}", "EMAIL", optional=True), ">"),
               "To": (d.name(customer, "tight"), " <", d.mail(customer), ">"),
               "Subject": (f"Re: 加湿器の不具合について（受付番号{d.between(10000, 99999)}）",)}
    sent = datetime(2026, 9, d.between(1, 28), 10, 0, tzinfo=timezone.utc)
    return eml_doc(f"メール/問い合わせ_{n:03d}.eml", "問い合わせメール", headers, reply,
                   charset=d.pick(["utf-8", "iso-2022-jp"]), sent=sent)


def invoice(d: Desk, n: int) -> Doc:
    """A freelancer's 請求書 (PDF or sheet): who to pay, into which account; the client's letterhead."""
    client, me = d.org(), d.person(abroad=0.05)
    number = f"{d.between(2026, 2026)}{d.between(1000, 9999)}"
    account = Mark(idents.bank_account(d.rng), "BANK_ACCOUNT")
    holder = Mark(me.name("kana_space") if not me.abroad else me.name("romaji_upper"), "PERSON")
    rows = [("請求書", ""), ("請求書番号", negative(number, "BANK_ACCOUNT", "invoice_number")),
            ("請求先", client.name), ("", client.letterhead()[1]),
            ("請求元", d.name(me)), ("住所", d.address(me)), ("電話", d.phone(me)), ("メール", d.mail(me)),
            ("振込先", d.pick(["みちのく第一銀行 本町支店", "しおさい信用金庫 駅前支店", "さくら台銀行 中央支店"])),
            ("口座", ("普通　", account)), ("口座名義", holder),
            ("支払期日", d.other_day(d.day(date(2026, 10, 20), 30), "due_date", "west"))]
    if d.chance(0.5):
        t = Text()
        for label, value in rows:
            t.add(label, "：" if label else "", *(value if isinstance(value, tuple) else (value,)))
        return pdf_doc(f"経理/請求書/請求書_{number}.pdf", t, "請求書")
    table = Table(name="請求書")
    for label, value in rows:
        table.add(label, value)
    return xlsx_doc(f"経理/請求書/請求書_{number}_{n}.xlsx", [table], "請求書")


def member_form(d: Desk, n: int) -> Doc:
    """会員申込書 typed into a sheet: labels left of the values or above them, values in merged cells."""
    p = d.person(abroad=0.1)
    fields = [("フリガナ", Mark(p.name("kana"), "PERSON")), ("お名前", d.name(p)), ("生年月日", d.born(p)),
              ("郵便番号", d.postal(p)), ("ご住所", d.address(p)), ("お電話", d.phone(p)), ("メールアドレス", d.mail(p)),
              ("カード番号", Mark(idents.card_written(idents.card_number(d.rng), d.pick(["spaced", "hyphen", "tight"])),
                             "CREDIT_CARD")),
              ("有効期限", f"{d.between(1, 12):02d}/{d.between(27, 31)}"),
              ("本人確認書類（運転免許証番号）", Mark(idents.license_number(d.rng), "DRIVERS_LICENSE")),
              ("入会日", d.other_day(d.day(date(2026, 4, 1), 150), "joined_date", "slash"))]
    table = Table(name="申込書", title=[d.pick(["フィットネスクラブ 入会申込書", "ワインクラブ 会員お申込み"])])
    if d.chance(0.5):
        for label, value in fields:
            r = len(table.rows)
            table.add(label, value, "", "")
            table.merges.append((r, 1, r, 3))
    else:
        for k in range(0, len(fields), 2):
            pair = fields[k:k + 2]
            r = len(table.rows)
            table.add(*[x for label, _ in pair for x in (label, "")])
            table.add(*[x for _, value in pair for x in (value, "")])
            for c in range(len(pair)):
                table.merges += [(r, 2 * c, r, 2 * c + 1), (r + 1, 2 * c, r + 1, 2 * c + 1)]
    return xlsx_doc(f"会員/申込書_{n:03d}.xlsx", [table], "会員申込書")


def romaji_export(d: Desk, n: int) -> Doc:
    """A customer master exported from a package system: romaji or English headers, packed dates."""
    heads = d.pick([("KOKYAKU_CD", "SHIMEI", "SHIMEI_KANA", "SEINENGAPPI", "YUBIN_NO", "JUSHO", "TEL_NO", "MAIL_ADDR"),
                    ("cust_no", "full_name", "name_kana", "dob", "zip", "address", "phone", "email")])
    table = Table().add(*heads)
    for r in range(d.between(10, 18)):
        p = d.person(abroad=0.15)
        kana = Mark(p.name("kana_space"), "PERSON") if not p.abroad else ""
        table.add(f"C{d.between(100000, 999999)}", d.name(p, d.pick(["space", "tight", "romaji"])), kana,
                  d.born(p, d.pick(["iso", "slash"])) if heads[0] == "cust_no" else _packed(d, p),
                  d.postal(p, d.pick(["plain", "bare"])), d.address(p, "hyphen"), d.phone(p, style="hyphen"),
                  d.mail(p) if d.chance(0.7) else "")
    quote = heads[0] == "KOKYAKU_CD"
    return delimited_doc(f"システム/export_{heads[0].lower()}_{n:02d}.csv", table, "顧客マスタ",
                         encoding="cp932" if quote else "utf-8", quote_all=quote)


def _packed(d: Desk, p) -> Mark:
    return birth(p.born.strftime("%Y%m%d"), p.born)
