"""Corpus 18, second writers: an electronics store's repair desk, an optician, a
hearing-aid shop, a drugstore's points club, a councillor's office, a university's
research-ethics review, a clinical-trial site, prison chaplaincy volunteers and a
社会福祉協議会's 生活福祉資金 desk."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Doc, Lines, val
from benchmarks.corpus18 import common, vocab
from benchmarks.corpus18.common import fake, office
from benchmarks.corpus18.formats import csv_doc, eml_doc, html_doc, pptx_doc, xlsx_doc
from benchmarks.corpus18.formats2 import odt_doc, pdf_doc, rtf_doc, xml_doc
from benchmarks.corpus18.layouts import form, lone, rows, table


def repair_desk(rng: random.Random, n: int) -> Doc:
    """A 家電量販店's 修理受付 slip as an HTML page: serials that pass Luhn, a paying card."""
    own = office(rng, "デンキのミライ 駅前店 修理受付", "mirai-denki.example.jp")
    rec = common.record(rng, ["name", "phone", "address", "postcode", "card", "email"])
    lines = Lines().put(*own.letterhead())
    form(lines, rng, rec, [("お客様名", "name"), ("ご連絡先", "phone"), ("ご住所", "address"), ("郵便番号", "postcode"),
                           ("メール", "email"), ("お支払いカード", "card")], " : ")
    lines.put("受付日 : ", fake(rng, "event_date"))
    grid = table(rng, [("品名", lambda r, g: g.choice(["洗濯機", "冷蔵庫", "掃除機", "炊飯器", "テレビ"])),
                       ("製造番号", "~luhn_serial"), ("症状", lambda r, g: g.choice(["電源が入らない", "異音", "水漏れ"]))],
                 [{} for _ in range(rng.randint(1, 3))])
    return html_doc(f"repair/uketsuke_{n:03d}.html", "修理受付票", lines, grid)


def optician(rng: random.Random, n: int) -> Doc:
    """An optician's customer cards printed to PDF, one a page."""
    pages = []
    for rec in rows(rng, rng.randint(2, 4), ["name", "kana", "dob", "phone", "address"]):
        rec["sens:病歴"] = val("SENSITIVE", rng.choice(vocab.EYES), category="病歴")
        lines = Lines().put("顧客カード　メガネのひかり堂")
        form(lines, rng, rec, [("お名前", "name"), ("フリガナ", "kana"), ("生年月日", "dob"), ("電話", "phone"),
                               ("ご住所", "address"), ("眼科既往歴", "sens:病歴")])
        lines.put(f"視力 右{rng.randint(1, 12) / 10} 左{rng.randint(1, 12) / 10}  PD {rng.randint(58, 68)}mm")
        lines.put("次回点検 ", fake(rng, "event_date"))
        pages.append(lines)
    return pdf_doc(f"megane/karte_{n:02d}.pdf", pages)


def hearing_aid(rng: random.Random, n: int) -> Doc:
    lines = Lines().put("補聴器フィッティング記録").put("")
    for rec in rows(rng, rng.randint(2, 4), ["name", "dob", "address", "phone", "sens:病歴"]):
        rec["sens:障害"] = val("SENSITIVE", rng.choice(vocab.HEARING), category="障害")
        lines.put("ご本人 ", rec["name"], "（", rec["dob"], "生）").put("住所 ", rec["address"], "　TEL ", rec["phone"])
        lines.put("聴力：", rec["sens:障害"], "。既往：", rec["sens:病歴"], "。").put("担当 ", lone(rec), " 調整済み").put("")
    return rtf_doc(f"hochoki/fitting_{n:02d}.rtf", lines)


def drugstore_points(rng: random.Random, n: int) -> Doc:
    """A drugstore's points-club export: CP932, no header, packed births."""
    recs = rows(rng, rng.randint(20, 30), ["kana", "postcode", "phone", "email"])
    for rec in recs:
        rec["born"] = common.dob(rng, ["packed", "slash"], 1940, 2006)
    grid = table(rng, [("会員", "~checkdigit_key"), ("カナ", "kana"), ("生年月日", "born"), ("郵便番号", "postcode"),
                       ("電話", "phone"), ("メール", "email"), ("ポイント", lambda r, g: str(g.randint(0, 9000)))],
                 recs, header=False)
    return csv_doc(f"drug/POINT_{n:02d}.csv", grid, "cp932")


def councillor(rng: random.Random, n: int) -> Doc:
    """A local councillor's office: the week's 相談 mailed to the member with a sheet."""
    own = office(rng, "市議会議員 たちばな事務所", "tachibana-office.example.jp")
    recs = rows(rng, rng.randint(5, 9), ["name", "address", "phone", rng.choice(["sens:信条", "sens:労働組合"]),
                                         "sens:犯罪被害"])
    topic = [k for k in recs[0] if k in ("sens:信条", "sens:労働組合")][0]
    sheet = table(rng, [("相談日", "~event_date"), ("相談者", "name"), ("住所", "address"), ("電話", "phone"),
                        ("属性", topic), ("内容", "sens:犯罪被害")], recs)
    attached = xlsx_doc("相談記録.xlsx", [("相談", sheet, "今週の市民相談")])
    body = Lines().put("先生").gap().put("今週の相談をまとめました。").put("特に", lone(recs[0]), "さん（", recs[0][topic], "）の件は急ぎです。")
    body.put(lone(recs[1]), "さんには折り返し済み。").put(*own.letterhead())
    return eml_doc(f"giin/相談まとめ_{n:02d}.eml", "今週の市民相談", own.email, "giin@example.jp", body, [attached])


def ethics_review(rng: random.Random, n: int) -> Doc:
    """A university's research-ethics committee: slides on cases where consent was recorded."""
    slides = [Lines().put("研究倫理審査委員会").put("第" + str(rng.randint(3, 40)) + "回 審査資料").put(fake(rng, "health_notice"))]
    for rec in rows(rng, rng.randint(2, 4), ["name", "dob", "sens:病歴", "email"]):
        slides.append(Lines().put("同意撤回の申し出").put("研究参加者：", rec["name"]).put("生年月日：", rec["dob"])
                      .put("背景：", rec["sens:病歴"]).put("連絡先：", rec["email"]))
    return pptx_doc(f"rinri/shinsa_{n:02d}.pptx", slides)


def trial_site(rng: random.Random, n: int) -> Doc:
    """A 治験 site's screening book: several sheets, insurer numbers and check-up values."""
    recs = rows(rng, rng.randint(10, 16), ["kanji", "kana", "dob", "insurer", "phone", "sens:健康診断結果", "sens:病歴"])
    screening = table(rng, [("被験者氏名", "kanji"), ("カナ", "kana"), ("生年月日", "dob"), ("保険者番号", "insurer"),
                            ("連絡先", "phone"), ("スクリーニング検査", "sens:健康診断結果"), ("合併症", "sens:病歴")], recs)
    visits = table(rng, [("来院予定日", "~event_date"), ("被験者", "kana"), ("Visit", lambda r, g: f"V{g.randint(1, 9)}")],
                   recs[: rng.randint(5, 9)])
    return xlsx_doc(f"chiken/screening_{n:02d}.xlsx", [("スクリーニング", screening, "治験 スクリーニング名簿"),
                                                       ("来院", visits, None)])


def chaplaincy(rng: random.Random, n: int) -> Doc:
    """教誨 volunteers: their roster with their faith, and notes on the men they visit."""
    lines = Lines().put("教誨師会 名簿と面接メモ").put("")
    for rec in rows(rng, rng.randint(3, 5), ["name", "address", "phone", "sens:宗教"], 0.0):
        lines.put("教誨師 ", rec["name"], "　", rec["sens:宗教"], "　", rec["address"], "　", rec["phone"])
    lines.put("")
    for rec in rows(rng, rng.randint(2, 4), ["name", "sens:犯罪歴", "sens:宗教"], 0.05):
        lines.put("面接：", rec["name"], "（", rec["sens:犯罪歴"], "）。本人は", rec["sens:宗教"], "。")
    return odt_doc(f"kyokai/memo_{n:02d}.odt", lines)


def welfare_loan(rng: random.Random, n: int) -> Doc:
    """A 社会福祉協議会's 生活福祉資金 export in XML: accounts, pension numbers, disabilities."""
    recs = rows(rng, rng.randint(6, 10), ["kanji", "dob", "address", "phone", "account", "pension", "employment", "sens:障害"])
    records, marks = [], []
    for rec in recs:
        ours = fake(rng, "org_bank_account")
        records.append({"申込者": rec["kanji"].text, "生年月日": rec["dob"].text, "住所": rec["address"].text,
                        "電話": rec["phone"].text, "振込口座": rec["account"].text, "基礎年金番号": rec["pension"].text,
                        "雇用保険被保険者番号": rec["employment"].text,
                        "障害の状況": rec["sens:障害"].text, "償還先口座": ours.text})
        marks += [rec["kanji"], rec["dob"], rec["address"], rec["phone"], rec["account"], rec["pension"],
                  rec["employment"], rec["sens:障害"], ours]
    return xml_doc(f"shakyo/fukushi_shikin_{n:02d}.xml", "申込一覧", "申込", records, marks)
