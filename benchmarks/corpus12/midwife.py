"""A 助産院 (midwife's birth home): labour notes and hand-overs, prenatal check
sheets, the register of mothers, birth notices, mail with the partner hospital."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from benchmarks.corpus12 import ids, render
from benchmarks.corpus12.mail import mbox, message
from benchmarks.corpus12.model import in_turn, Lines, Table, neg, single, val
from benchmarks.corpus12.pen import Pen
from benchmarks.corpus12.people import birth_text

HOME = "konohana-josanin"
PREGNANCY = ["妊娠高血圧症候群で管理入院した", "切迫早産のため安静指示", "妊娠糖尿病でインスリン導入", "前置胎盤と診断された",
             "甲状腺機能低下症で内服中", "てんかんの既往があり抗てんかん薬を内服"]
BABY_NAMES = ["ひなた", "さくら", "みなと", "はると", "ゆい", "つむぎ"]


def baby_birth(pen: Pen) -> tuple[date, object]:
    day = date(2025, 6, 1) + timedelta(days=pen.rng.randrange(150))
    return day, val("DATE_OF_BIRTH", birth_text(day, pen.pick([0, 3, 5])), day.isoformat())


def labour_notes(pen: Pen) -> object:
    """経過記録: free notes by the midwives on duty, names without 様."""
    mother, partner = pen.person((1985, 2002), foreign=0.15, female=True), pen.person((1980, 2000), female=False)
    on_duty = [pen.person((1965, 1995)) for _ in range(2)]
    day, born = baby_birth(pen)
    notes = Lines().add("【分娩経過記録】").add("産婦：", pen.name(mother), "（", pen.birth(mother, 1), "生）　G2P1")
    notes.add("既往：", pen.sensitive("病歴", PREGNANCY)).blank()
    notes.add(f"{day.month}/{day.day} 22:10 陣痛発来にて来院。夫 ", pen.name(partner), " 同伴。")
    notes.add(f"{day.month}/{day.day} 23:40 子宮口6cm。", pen.name(on_duty[0], "family"), "より申し送り。")
    if pen.rng.random() < 0.4:
        notes.add("本人より", pen.sensitive("宗教", ["エホバの証人の信者で輸血を拒否", "ムスリムでハラール食を希望"]),
                  "と再確認。同意書は", pen.name(on_duty[1], "family"), "が保管。")
    if mother.foreign:
        notes.add("通訳アプリ使用。本人は", pen.sensitive("人種・民族", ["クルド人（トルコ国籍）", "中国朝鮮族", "ロヒンギャ族"]),
                  "とのこと。")
    notes.add("児 出生 ", born, " 3,012g 男児。アプガー 9/10。")
    notes.add("記録：助産師 ", pen.name(on_duty[1])).add("次回訪問予定 ", pen.other_date(date(2025, 10, 1)))
    return render.text_file(notes, pen.pick(["utf-8", "cp932"]), pen.pick(["\n", "\r\n"]))


def prenatal_sheet(pen: Pen) -> object:
    mother = pen.person((1986, 2003), female=True)
    table = Table(["健診日", "週数", "体重", "所見"],
                  above=[f"妊婦健康診査記録　氏名 {mother.name}　生年月日 {birth_text(mother.birth, 0)}"])
    # the title row's values are placed by hand below (a merged cell over the header)
    for week in range(pen.rng.randint(5, 9)):
        finding = pen.sensitive("健康診断結果", ["血圧 162/98 mmHg（要精密検査）", "尿蛋白（2+） 要再検",
                                              "ヘモグロビン 9.1 g/dL（貧血 要受診）"]) if week % 3 == 2 else pen.normal_checkup()
        table.add(pen.other_date(date(2025, 3, 1)), f"{20 + week * 2}週", f"{55 + week}.{week}kg", finding)
    data, placed = render.xlsx_file([("健診", table)])
    birth = val("DATE_OF_BIRTH", birth_text(mother.birth, 0), mother.iso)
    head = [(val("PERSON", mother.name), "健診!A1"), (birth, "健診!A1")]
    return data, head + placed


def register(pen: Pen, n: int) -> object:
    table = Table(["No", "氏名", "ふりがな", "生年月日", "住所", "電話", "夫（パートナー）", "保険者番号", "予定日", "受付番号"])
    for row in range(n):
        m, partner = pen.person((1984, 2004), female=True), pen.person((1978, 2000), female=False)
        table.add(str(row + 1), pen.name(m), val("PERSON", f"{m.family[1]} {m.given[1]}"), pen.birth(m, 2),
                  pen.address(m), pen.phone(m, True), pen.name(partner, "tight"),
                  val("HEALTH_INSURANCE_NUMBER", ids.insurer(pen.rng)),
                  pen.other_date(date(2025, 8, 1)), pen.order_number())
    return render.csv_file(table)


def birth_notice(pen: Pen) -> object:
    mother, father = pen.person((1985, 2002), female=True), pen.person((1980, 2000), female=False)
    day, born = baby_birth(pen)
    own = pen.own(HOME)
    baby = val("PERSON", f"{mother.family[0]} {pen.pick(BABY_NAMES)}")
    lines = Lines().add("出生連絡票（新生児訪問指導 依頼）").add("児氏名　", baby).add("生年月日　", born)
    lines.add("母氏名　", pen.name(mother)).add("母生年月日　", pen.birth(mother, 4)).add("父氏名　", pen.name(father))
    lines.add("住所　〒", pen.postal(mother), "　", pen.address(mother)).add("連絡先　", pen.phone(mother))
    lines.add("出生場所　このはな助産院（", own["address"], "）").add("記入者　助産師 ", pen.name(pen.person((1960, 1990))))
    return render.odt_file(lines)


def hospital_mail(pen: Pen, when: datetime) -> tuple[bytes, list]:
    mother = pen.person((1985, 2003), female=True)
    own = pen.own(HOME)
    body = Lines().add("市立総合病院 産婦人科 外来ご担当者様").blank()
    body.add("嘱託医療機関としていつもありがとうございます。")
    body.add("当院で健診中の", pen.name(mother, "tight"), "さん（", pen.birth(mother, 3), "生）について、")
    body.add(pen.sensitive("病歴", PREGNANCY), "ため、貴院での分娩への切り替えをご相談させてください。")
    body.add("ご本人携帯：", pen.phone(mother, True, 0)).add("このはな助産院 ", own["phone"], " ", own["email"])
    return message(own["email"], neg("EMAIL", "sanka@city-hospital.example.jp", "org_contact"), "分娩先変更のご相談", body, when)


def class_slides(pen: Pen) -> object:
    from benchmarks.corpus12.sensitive import ARTICLES
    own = pen.own(HOME)
    slides = [Lines().add("母親学級 第2回").add("妊娠中の食事と体重管理"),
              Lines().add(pen.article(ARTICLES)).add("お問い合わせ ", own["phone"]),
              Lines().add("次回 ", neg("DATE_OF_BIRTH", "2025年12月6日", "other_date"), " 10時〜 沐浴実習")]
    return render.pptx_file(slides)


def documents(pen: Pen, count: int) -> list:
    return in_turn(count, [
        lambda i: single(f"josanin/経過記録/{i:03d}_分娩.txt", labour_notes(pen)),
        lambda i: single(f"josanin/健診/妊婦健診_{i:03d}.xlsx", prenatal_sheet(pen)),
        lambda i: single(f"josanin/名簿/利用者_{i:03d}.csv", register(pen, pen.rng.randint(6, 12))),
        lambda i: single(f"josanin/連絡票/出生連絡票_{i:03d}.odt", birth_notice(pen)),
        lambda i: mbox(f"josanin/mail/sent_{i:03d}.mbox",
                       [hospital_mail(pen, datetime(2025, 10, 1 + n, 9 + n, i % 60)) for n in range(pen.rng.randint(2, 4))]),
        lambda i: single(f"josanin/母親学級/class_{i:03d}.pptx", class_slides(pen), clean=True),
    ])
