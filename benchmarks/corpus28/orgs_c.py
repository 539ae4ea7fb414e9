"""A kyudo club, a community wind band, a free school, a plumber and a securities branch."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines, val
from benchmarks.corpus28 import forms as f
from benchmarks.corpus28 import ids
from benchmarks.corpus28 import vocab as v
from benchmarks.corpus28.organisations import ORGS
from benchmarks.corpus28.people import person, relative
from benchmarks.corpus28.render_mail import eml, mbox
from benchmarks.corpus28.render_office import docx_doc, odt_doc, pptx_doc, xlsx_doc
from benchmarks.corpus28.render_text import csv_doc, html_doc, txt, xml_doc

KYUDO, BAND, FREE, SUIDO, SHOKEN = (ORGS[k] for k in ("kyudo", "band", "free", "suido", "shoken"))
RANKS = ["初段", "弐段", "参段", "四段", "五段", "錬士五段", "無指定"]
PARTS = ["Fl", "Cl", "Sax", "Tp", "Hr", "Tb", "Euph", "Tuba", "Perc"]


def kyudo_members(rng: random.Random, n: int):
    intro = f.head(Lines(), KYUDO, f"{KYUDO.name} 会員名簿（{2026 - n}年度）", rng)
    grid = Grid("氏名", "ふりがな", "段位", "生年月日", "住所", "電話", "入会日")
    for _ in range(rng.randint(24, 30)):
        p = person(rng, (1940, 2008))
        grid.add(f.name(p), f.kana(p), rng.choice(RANKS), f.dob(rng, p, rng.choice([1, 2])), f.addr(p),
                 f.tel(p) if rng.random() < 0.5 else f.cell(p), ids.event_date(rng, rng.randint(1990, 2026), 2))
    note = Lines().put("※名簿は会員間の連絡以外に使用しないでください。").put("射場使用料振込先 ", KYUDO.bank())
    return odt_doc(f"宇治弓道会/名簿/kaiin_{2026 - n}.odt", [intro, grid, note])


def kyudo_shinsa(rng: random.Random, n: int):
    slides = [("昇段審査 結果報告", Lines().put("審査日：", ids.event_date(rng, style=1)).put("会場：宇治市民弓道場"))]
    for group in range(3):
        body = Lines()
        for _ in range(rng.randint(5, 7)):
            p = person(rng, (1950, 2008))
            body.put(f.name(p), "（", str(p.age), "歳）　", rng.choice(RANKS[:5]), " ", rng.choice(["合格", "不合格"]))
        slides.append((f"第{group + 1}立", body))
    slides.append(("連絡", Lines().put("問合せ ", KYUDO.tel(), " ／ ", KYUDO.mail()).put(v.health_notice(rng))))
    return pptx_doc(f"宇治弓道会/審査/shinsa_{n + 1}.pptx", slides)


def band_roster(rng: random.Random, n: int):
    grid = Grid("パート", "氏名", "よみ", "携帯", "メール", "住所", "誕生日", "備考")
    for _ in range(rng.randint(40, 48)):
        p = person(rng, (1955, 2009))
        note = f.sens(rng, rng.choice(["病歴", "労働組合", "信条"])) if rng.random() < 0.12 else ""
        grid.add(rng.choice(PARTS), f.name(p), f.kana(p), f.cell(p), f.mail(p), f.addr(p),
                 f.dob(rng, p, rng.choice([0, 3])), note)
    intro = Lines().put(f"{BAND.name} 団員名簿").put("練習場：", BAND.addr(), "　事務局 ", BAND.tel())
    return html_doc(f"くらしき吹奏楽団/団員/roster_{n + 1}.html", "団員名簿", [intro, grid])


def band_mbox(rng: random.Random, n: int):
    messages = []
    for k in range(rng.randint(6, 9)):
        p, q = person(rng, (1960, 2005)), person(rng, (1960, 2005))
        body = Lines().put(f"{q.sei}さん").gap().put("次回の合奏、", ids.event_date(rng, style=0), "は欠席します。")
        if rng.random() < 0.5:
            body.put("実は", f.sens(rng, rng.choice(["病歴", "健康診断結果"])), "で、しばらく様子見です。")
        body.put("連絡は ", f.cell(p), " まで。").gap().put(f.name(p))
        headers = [("From", [f.name(p), " <", f.mail(p), ">"]), ("To", [f.name(q), " <", f.mail(q), ">"]),
                   ("Subject", "欠席連絡")]
        messages.append((headers, body, []))
    notice = Lines().put("定期演奏会のお知らせ").put("曲目：", v.historical(rng), "をテーマにした組曲ほか")
    messages.append(([("From", BAND.email), ("Subject", "演奏会")], notice, []))
    return mbox(f"くらしき吹奏楽団/mail/{2026 - n}.mbox", messages)


def free_application(rng: random.Random, n: int):
    child = person(rng, (2010, 2018))
    parent = relative(rng, child, (1975, 1988))
    intro = f.head(Lines(), FREE, "入会申込書", rng, letter=False).put("記入例：", v.sample_name(rng))
    grid = Grid("", "").add("お子さまの氏名", f.name(child)).add("ふりがな", f.kana(child))
    grid.add("生年月日", f.dob(rng, child, rng.choice([0, 1, 4]))).add("在籍校", "福山市立○○中学校")
    grid.add("保護者氏名", f.name(parent)).add("住所", f.address_block(parent)).add("電話", f.cell(parent))
    grid.add("メール", f.mail(parent)).add("配慮が必要なこと", f.sens(rng, rng.choice(["障害", "病歴"])))
    note = Lines().put("不登校のきっかけ：", f.sens(rng, "犯罪被害") if rng.random() < 0.3 else "人間関係")
    note.put("見学日：", ids.event_date(rng, style=0))
    return docx_doc(f"そらいろ/入会申込/{n + 1:02d}_{child.sei}.docx", [intro, grid, note])


def free_mendan(rng: random.Random, n: int):
    child, staff = person(rng, (2010, 2018)), person(rng, (1980, 1998))
    lines = Lines().put(f"面談メモ {n + 1}").put("日付 ", ids.event_date(rng, style=3), "　記録 ", f.name(staff))
    lines.put(f.name(child), "（", f.nickname(rng), "）と母親。")
    lines.put("母親より、本人は", f.sens(rng, rng.choice(["障害", "病歴"])), "とのこと。")
    if rng.random() < 0.3:
        lines.put("家庭は", f.sens(rng, rng.choice(["宗教", "人種・民族"])), "で、給食の配慮を希望。")
    lines.put("次回 ", ids.event_date(rng, style=3))
    return txt(f"そらいろ/面談/memo_{n + 1:02d}.txt", lines, cp932=n % 3 == 0)


def suido_customers(rng: random.Random, n: int):
    grid = Grid("施工日", "お客様名", "住所", "電話", "内容", "機器型番", "請求額")
    for _ in range(rng.randint(40, 48)):
        p = person(rng, (1940, 1995))
        grid.add(ids.event_date(rng, 2026, 3), f.name(p), f.addr(p), f.tel(p),
                 rng.choice(["給湯器交換", "水漏れ修理", "トイレ交換", "排水管洗浄"]), ids.model_number(rng),
                 f"{rng.randint(8, 300) * 1000:,}")
    return csv_doc(f"三鷹水道設備/顧客/kokyaku_{2026 - n}.csv", grid)


def suido_staff(rng: random.Random, n: int):
    grid = Grid("社員", "生年月日", "住所", "個人番号", "基礎年金番号", "雇用保険番号", "免許証番号", "給与振込口座")
    for _ in range(rng.randint(9, 12)):
        p = person(rng, (1960, 2003), male=rng.random() < 0.9)
        grid.add(f.name(p), f.dob(rng, p, 1), f.addr(p), val("MY_NUMBER", ids.my_number_written(rng)),
                 val("BASIC_PENSION_NUMBER", ids.pension(rng)),
                 val("EMPLOYMENT_INSURANCE_NUMBER", ids.employment_insurance(rng)),
                 val("DRIVERS_LICENSE", ids.licence(rng, p.birth.year)), f.account(rng)[3])
    grid.add("事業所", "", SUIDO.addr(), SUIDO.corp_mark(), "", ids.office_number(rng))
    return xlsx_doc(f"三鷹水道設備/総務/社員台帳_{n + 1}.xlsx", [("社員", grid)])


def shoken_accounts(rng: random.Random, n: int):
    records = []
    for _ in range(rng.randint(20, 26)):
        p = person(rng, (1940, 2004))
        bank, branch, kind, number = f.account(rng)
        records.append(("口座開設", [("受付番号", ids.ticket_number(rng)), ("氏名", f.name(p)), ("カナ", f.kana(p)),
                                 ("生年月日", f.dob(rng, p, 5)), ("郵便番号", f.zipc(p)), ("住所", f.addr(p)),
                                 ("電話", f.cell(p)), ("メール", f.mail(p)),
                                 ("個人番号", val("MY_NUMBER", ids.my_number(rng))),
                                 ("出金先", [bank, " ", branch, " ", kind, " ", number])]))
    return xml_doc(f"あおば証券船橋/口座開設/kaisetsu_{n + 1:02d}.xml", "申込一覧", records)


def shoken_mail(rng: random.Random, n: int):
    p = person(rng, (1940, 1990))
    body = Lines().put(f"{SHOKEN.name} 担当 様").gap().put(f.name(p), "です。住所変更の連絡です。")
    body.put("新住所：〒", f.zipc(p), " ", f.addr(p)).put("電話：", f.tel(p))
    if rng.random() < 0.5:
        body.put("引き落としカード ", val("CREDIT_CARD", ids.card(rng)), " の件もご確認ください。")
    if rng.random() < 0.3:
        body.put("先月", f.sens(rng, "犯罪被害"), "ので、取引にはご注意ください。")
    headers = [("From", [f.name(p), " <", f.mail(p), ">"]), ("To", SHOKEN.email), ("Subject", "住所変更のお願い")]
    stamp = 1793000000 + n * 3607
    return eml(f"あおば証券船橋/Maildir/cur/{stamp}.M{n}P4411.mailhost:2,S", headers, body)
