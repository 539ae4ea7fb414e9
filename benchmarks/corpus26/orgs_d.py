"""Corpus 26, fourth five: a city's coming-of-age committee, a filling station, a cookery college,
a kindergarten and a dialysis clinic."""

from __future__ import annotations


from benchmarks.corpus16.model import Doc, Grid, Lines
from benchmarks.corpus26 import docs, ids, marks as m
from benchmarks.corpus26.organisations import ORGS
from benchmarks.corpus26.people import household, person

SEIJIN, GS, CHORI, YOCHIEN, TOSEKI = (ORGS[k] for k in ("seijin", "gs", "chori", "yochien", "toseki"))


def seijin_list(rng, n):
    """Those turning twenty, as the city's register gave them to the committee (headerless CSV)."""
    grid = Grid()
    for i in range(30 + rng.randrange(8)):
        p = person(rng, 2005, 2006)
        grid.add(f"{n + 1}{i + 1:04d}", m.name(p), m.kana(p), p.sex, m.birth(p, 1 if n % 2 else 0), m.postal(p),
                 m.address(p), rng.choice(["府中第一中", "府中第五中", "市外"]))
    return docs.csv(f"seijin/taishosha_{n + 1}.csv", grid, "utf-8" if n % 2 else "cp932")


def seijin_mail(rng, n):
    """A committee member writes to the others about the day's volunteers."""
    writer = person(rng, 2005, 2006)
    body = Lines().put("実行委員のみなさん").gap().put("当日の受付ボランティアの名簿を送ります。").put("式典日：", m.not_birth(m.day(rng), 2))
    grid = Grid("氏名", "携帯", "役割", "配慮")
    for _ in range(8 + rng.randrange(5)):
        p = person(rng, 2005, 2006)
        need = m.sens(rng.choice(["障害", "病歴"]), rng) if rng.random() < 0.15 else ""
        grid.add(m.name(p), m.mobile(p, rng), rng.choice(["受付", "誘導", "記念品", "写真"]), need)
    body.put("よろしくお願いします。").put(m.name(writer), "（", m.mobile(writer, rng), "）")
    mail = docs.Mail([m.name(writer), " <", m.email(writer, rng), ">"], ["実行委員 <", m.org_mail(SEIJIN), ">"],
                     "当日ボランティア名簿", f"Sun, {n + 4:02d} Jan 2026 21:15:00 +0900", body)
    mail.attach("volunteer.xlsx", docs.xlsx, [("名簿", grid)])
    return docs.eml(f"seijin/mail/{n + 1:02d}.eml", mail, n)


def gs_cards(rng, n):
    """Applications for the station's fleet and member cards, exported as XML by the POS."""
    lines = Lines().put('<?xml version="1.0" encoding="UTF-8"?>').put(f'<applications station="{GS.name}">')
    lines.put("  <station_tel>", m.org_phone(GS), "</station_tel>")
    for i in range(8 + rng.randrange(4)):
        p = person(rng, 1950, 2004)
        lines.put(f'  <application id="{n + 1}{i:03d}">').put("    <name>", m.name(p), "</name>")
        lines.put("    <kana>", m.kana(p), "</kana>").put("    <birth>", m.birth(p, 4), "</birth>")
        lines.put("    <zip>", m.postal(p), "</zip>").put("    <address>", m.address(p), "</address>")
        lines.put("    <tel>", m.mobile(p, rng), "</tel>")
        lines.put("    <card>", m.ident("CREDIT_CARD", ids.card(rng, False)), "</card>")
        lines.put("    <received>", m.not_birth(m.day(rng), 4), "</received>").put("  </application>")
    lines.put("</applications>")
    return Doc(f"gs/pos/card_apply_{n + 1}.xml", lines.text().encode(), lines.items(f"gs/pos/card_apply_{n + 1}.xml"))


def gs_staff(rng, n):
    shifts, staff = Grid("日付", "早番", "遅番"), Grid("氏名", "生年月日", "電話", "住所", "危険物免状", "健康メモ")
    crew = [person(rng, 1960, 2006) for _ in range(12)]
    for p in crew:
        staff.add(m.name(p), m.birth(p, 0), m.mobile(p, rng), m.address(p), rng.choice(["乙4", "丙", "なし"]),
                  m.sens("健康診断結果", rng) if rng.random() < 0.3 else "")
    for d in range(14):
        shifts.add(m.not_birth(m.day(rng), 1), [m.family(rng.choice(crew))[0]], [m.family(rng.choice(crew))[0]])
    return docs.xlsx(f"gs/shift_{n + 1}.xlsx", [("シフト", shifts), ("スタッフ", staff)])


def chori_application(rng, n):
    """An entrance application (入学願書) printed from the college's PDF form."""
    p = person(rng, 1990, 2008)
    guardian = household(rng, p, 1960, 1985)
    b = docs.Blocks().h("入学願書").p("受付番号 ", m.voucher(rng), "　受付日 ", m.not_birth(m.day(rng), 0))
    b.p("氏名 ", m.name(p), "　フリガナ ", m.kana(p)).p("生年月日 ", m.birth(p, n), "　性別 ", p.sex)
    b.p("本籍 ", m.domicile(rng)).p("現住所 〒", m.postal(p)).p("　", m.address(p))
    b.p("電話 ", m.mobile(p, rng), "　メール ", m.email(p, rng))
    b.p("保護者 ", m.name(guardian), "　電話 ", m.home(guardian, rng))
    b.p("健康状態 ", m.sens("病歴", rng) if rng.random() < 0.4 else "良好")
    b.p("経歴 ", rng.choice(["高校卒業見込", "大学中退", "社会人（飲食店勤務）"])).lines(m.letterhead(CHORI))
    return docs.pdf(f"chori/gansho/{n + 1:03d}.pdf", b)


def chori_stool(rng, n):
    """The monthly stool test before practical classes (検便) and the school checkup."""
    grid = Grid("学籍番号", "氏名", "生年月日", "検便", "健診所見", "検査日")
    for i in range(34):
        p = person(rng, 1995, 2008)
        stool = m.val("SENSITIVE", "サルモネラ陽性 実習停止", category="健康診断結果") if rng.random() < 0.05 else "陰性"
        grid.add(f"C{2025 + n}{i:03d}", m.name(p), m.birth(p, 3), stool,
                 m.sens("健康診断結果", rng) if rng.random() < 0.2 else "", m.not_birth(m.day(rng), 1))
    return docs.xlsx(f"chori/kenben_{n + 1}.xlsx", [("検便", grid)])


def yochien_roster(rng, n):
    grid = Grid("組", "園児名", "ふりがな", "生年月日", "保護者", "住所", "緊急連絡", "アレルギー・配慮", "バス停")
    for i in range(26):
        parent = person(rng, 1980, 1996)
        child = household(rng, parent, 2020, 2022)
        note = m.val("SENSITIVE", rng.choice(["卵・乳の食物アレルギー（エピペン携帯）", "熱性けいれんの既往", "小児喘息"]),
                     category="病歴") if rng.random() < 0.25 else ""
        grid.add(rng.choice(["ばら", "ゆり", "すみれ"]), m.name(child), m.kana(child), m.birth(child, 1), m.name(parent),
                 m.address(parent), m.mobile(parent, rng), note, rng.choice(["下香貫", "大岡", "園まで徒歩"]))
    return docs.xlsx(f"yochien/enji_meibo_{n + 1}.xlsx", [("園児", grid)])


def yochien_notebook(rng, n):
    """A teacher's notes from the class's 連絡帳 (Shift_JIS text)."""
    lines = Lines().put(f"連絡帳メモ（{'ばらゆりすみれ'[n % 3 * 2:n % 3 * 2 + 2]}組）").put("記録日 ", m.not_birth(m.day(rng), 1))
    for _ in range(4):
        parent = person(rng, 1980, 1996)
        child = household(rng, parent, 2020, 2022)
        lines.put("・", m.name(child), "ちゃん：", m.name(parent), "さんより「", rng.choice(["咳が出ている", "昨夜発熱"]), "」。")
        if rng.random() < 0.3:
            lines.put("　家庭の事情：", m.sens(rng.choice(["犯罪被害", "宗教"]), rng), "。園長に報告済。")
    lines.put(m.health_notice(rng))
    return docs.txt(f"yochien/renrakucho/{n + 1:03d}.txt", lines, "cp932")


def toseki_patients(rng, n):
    """Dialysis patients as the clinic system exports them (JSON lines written by hand)."""
    lines = Lines().put("[")
    for i in range(10 + rng.randrange(5)):
        p = person(rng, 1938, 1985)
        faith = m.sens("宗教", rng) if rng.random() < 0.15 else ""
        lines.put('  {"id": "K', f"{n}{i:03d}", '", "name": "', m.name(p), '", "birth": "', m.birth(p, 4),
                  '", "tel": "', m.home(p, rng), '",')
        lines.put('   "diagnosis": "', m.sens("病歴", rng), '", "card": "', m.sens("障害", rng), '", "insurer": "',
                  m.ident("HEALTH_INSURANCE_NUMBER", ids.insurer(rng)), '", "note": "', faith, '"}', ",")
    lines.lines[-1] = lines.lines[-1].rstrip(",")
    lines.put("]")
    path = f"toseki/export/patients_{n + 1}.json"
    return Doc(path, lines.text().encode(), lines.items(path))


def toseki_transport(rng, n):
    """The pick-up round for a week: a zip of the driver's CSV and the nurse's note."""
    base = f"toseki/sougei/week_{n + 1:02d}.zip"
    grid = Grid("曜日", "患者", "住所", "電話", "車いす")
    for _ in range(15):
        p = person(rng, 1938, 1985)
        grid.add(rng.choice("月水金火木土"), m.name(p), m.address(p), m.home(p, rng), rng.choice(["要", "否"]))
    note = Lines().put("送迎時の注意").put(m.name(person(rng, 1938, 1985)), "様：", m.sens("障害", rng), "。玄関まで介助。")
    note.put("運転手 ", m.name(person(rng, 1960, 1995)), "　配車係 ", m.org_phone(TOSEKI))
    return docs.zipped(base, [docs.csv(f"{base}!sougei.csv", grid, "cp932"), docs.txt(f"{base}!chui.txt", note)])
