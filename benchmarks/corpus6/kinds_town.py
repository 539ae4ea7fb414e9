"""The neighbourhood: a volunteer fire company's roster, a 町内会 directory, an alumni
association's list of members who paid, a letting agent's renewal notices."""

from __future__ import annotations

from datetime import date, datetime, timezone

from benchmarks.corpus2.formats import delimited_doc, docx_doc, eml_doc, pdf_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Table, Text
from benchmarks.corpus3.mail import mbox_doc
from benchmarks.corpus5.pages import html_doc
from benchmarks.corpus6.desk import Desk
from benchmarks.corpus6.writers import framed_docx


def fire_company(d: Desk, n: int) -> Doc:
    table = Table(name=f"第{n % 5 + 1}分団").add("階級", "氏名", "生年月日", "年齢", "住所", "携帯", "職業", "運転免許証番号",
                                               "本籍", "入団年月日")
    town = d.town()
    for _ in range(d.between(8, 14)):
        p = d.person(born=(1960, 2002), sex="M" if d.chance(0.85) else "F", town=town)
        table.add(d.pick(["団員", "団員", "班長", "部長", "副分団長"]), d.name(p, d.pick(["kanji", "tight"])),
                  d.birth(p, d.pick(["era_dot", "era"])), str(p.age()), d.address(p, "no_pref"), d.phone(p, True),
                  d.pick(["自営（農業）", "会社員", "市職員", "建設業"]), d.mark("DRIVERS_LICENSE") if d.chance(0.6) else "",
                  d.honseki() if d.chance(0.2) else "",
                  d.not_birth(d.day(date(2005, 4, 1), 7000), "joined_date", "era_dot"))
    table.title = [f"{town[1]}消防団 団員名簿（令和8年度）"]
    if n % 3 == 0:
        lines = Text().add(table.title[0])
        for row in table.rows[1:]:
            lines.add(*[part for cell in row for part in (cell, "　")][:-1])
        return pdf_doc(f"shobodan/meibo_{n:02d}.pdf", lines, "fire_company")
    return xlsx_doc(f"shobodan/meibo_{n:02d}.xlsx", [table], "fire_company")


def neighbourhood(d: Desk, n: int) -> Doc:
    town = d.town()
    lines = Text().add(f"{town[2]}自治会 会員名簿（取扱注意・会員以外への提供禁止）")
    for group in range(1, d.between(3, 5)):
        lines.add(f"【{group}班】 班長 ", d.name(d.person(town=town), "kanji"))
        for _ in range(d.between(3, 6)):
            p = d.person(town=town)
            age = ("（", d.birth_year(p), "）") if d.chance(0.3) else ()
            lines.add("　", d.name(p, "kanji"), *age, "　", d.address(p, d.pick(["town", "town", "no_pref"])), "　",
                      d.phone(p, False, d.pick(["hyphen", "space"])))
    lines.add("配布日 ", d.not_birth(d.day(), "issued_date", "era"))
    if n % 3 == 0:
        return pdf_doc(f"jichikai/meibo_{n:02d}.pdf", lines, "neighbourhood")
    if n % 3 == 1:
        return docx_doc(f"jichikai/meibo_{n:02d}.docx", [lines], "neighbourhood")
    return framed_docx(f"jichikai/kaiin_{n:02d}.docx", [lines], "neighbourhood",
                       footer=Text().add("連絡先：会長 ", d.name(d.person(), "kanji"), " ", d.phone(d.person(), True)))


def alumni_fees(d: Desk, n: int) -> Doc:
    table = Table().add("卒業期", "氏名", "旧姓", "入金日", "金額", "メール", "連絡先")
    for _ in range(d.between(10, 18)):
        p = d.person(born=(1950, 2000))
        maiden = d.name(d.person(), "surname") if p.sex == "F" and d.chance(0.5) else ""
        table.add(f"第{d.between(20, 70)}期", d.name(p), maiden, d.not_birth(d.day(), "paid_date", "slash"),
                  "3,000", d.email(p) if d.chance(0.7) else "", d.phone(p) if d.chance(0.5) else "")
    if n % 2:
        return html_doc(f"dosokai/nounyu_{n:02d}.html", "alumni_fees", "年会費 納入者一覧",
                        [Text().add("会計担当より。お振込みありがとうございました。"), table])
    return delimited_doc(f"dosokai/kaihi_{n:02d}.csv", table, "alumni_fees", encoding="cp932")


def _renewal_letter(d: Desk, number: int) -> Doc:
    agent = d.office("株式会社 楓谷ハウジング", "kaedeya-h.example.jp")
    p = d.person()
    body = Text().add(d.name(p, "kanji"), " 様").add("")
    body.add("いつもお世話になっております。", agent.name, "賃貸管理課です。")
    body.add("ご入居中の物件（", d.address(p, "room"), "）の賃貸借契約が ",
             d.not_birth(d.day(date(2026, 12, 1), 90), "lease_end", "era"), " に満了となります。")
    body.add("更新料のお振込先：楓谷信用金庫 本店 普通 ", agent.bank(), "　名義 カ）カエデヤハウジング")
    body.add("お手続きの際、連帯保証人 ", d.name(d.person(), "kanji"), " 様の現住所に変更がないかご確認ください。")
    body.add("ご不明な点は ", agent.tel(), " までお電話ください。")
    sent = datetime(2026, 9, d.between(1, 28), 10, 0, tzinfo=timezone.utc)
    return eml_doc(f"chintai/renewal_{number:02d}.eml", "lease_renewal",
                   {"From": (agent.mail("chintai"),), "To": (d.email(p, header=True),),
                    "Subject": ("賃貸借契約更新のご案内",)}, body,
                   charset="iso-2022-jp", sent=sent)


def lease_renewal(d: Desk, n: int) -> Doc:
    if n % 2:
        return _renewal_letter(d, n)
    letters = [_renewal_letter(d, n * 10 + i) for i in range(d.between(2, 4))]
    letters = [m.renamed(m.path.rsplit("/", 1)[-1]) for m in letters]
    return mbox_doc(f"chintai/koshin_sent_{n:02d}.mbox", letters, "lease_renewal")
