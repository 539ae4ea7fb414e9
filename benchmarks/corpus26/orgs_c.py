"""Corpus 26, third five: a seal-engraving shop, a Japanese-language school, a dermatology clinic,
a gateball club and a local museum's friends and docents."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus26 import docs, ids, marks as m, vocab
from benchmarks.corpus26.organisations import ORGS
from benchmarks.corpus26.people import person

HANKO, NIHONGO, HIFUKA, GATE, MUSEUM = (ORGS[k] for k in ("hanko", "nihongo", "hifuka", "gateball", "museum"))


def hanko_order(rng, n):
    """An order for a registered seal, mailed from the shop's web form with the specimen sheet."""
    p = person(rng, 1950, 2006)
    body = Lines().put("【ご注文内容】").put("お名前：", m.name(p)).put("フリガナ：", m.kana(p))
    body.put("ご住所：〒", m.postal(p), " ", m.address(p)).put("お電話：", m.mobile(p, rng)).put("メール：", m.email(p, rng))
    body.put("印材：", rng.choice(["本柘", "黒水牛", "チタン"]), "　書体：", rng.choice(["篆書体", "印相体", "古印体"]))
    body.put("彫刻名：", m.name(p, tight=True) if rng.random() < 0.5 else m.val("PERSON", p.family))
    body.put("備考：", rng.choice(["成人祝い", "会社設立用", "銀行印と同時注文", "急ぎ"]))
    sheet = Lines().put("印影見本一覧").put("※見本の氏名は架空のものです")
    for specimen in rng.sample(vocab.SPECIMENS, 3):
        sheet.put(rng.choice(["篆書体", "印相体"]), "　見本：", m.thing(specimen, "specimen_name"))
    sheet.put("商品コード ", m.product(rng))
    mail = docs.Mail(["web-form <", m.org_mail(HANKO), ">"], ["篆刻堂 受注係 <", m.org_mail(HANKO), ">"],
                     "【実印】ご注文を承りました", f"Sat, {n % 27 + 1:02d} Nov 2025 10:12:00 +0900", body)
    mail.attach("mihon.txt", docs.txt, sheet)
    return docs.eml(f"hanko/chumon/{n + 1:04d}.eml", mail, n)


def hanko_ledger(rng, n):
    grid = Grid("受付", "氏名", "電話", "住所", "品目", "商品コード", "引渡予定")
    for _ in range(28):
        p = person(rng, 1940, 2006)
        grid.add(m.not_birth(m.day(rng), 1), m.name(p), m.home(p, rng), m.address(p), rng.choice(["実印", "銀行印", "認印"]),
                 m.product(rng), m.not_birth(m.day(rng), 4))
    return docs.csv(f"hanko/juchu_{2025 + n}.csv", grid, "cp932")


def nihongo_students(rng, n):
    """The school's student register, as the immigration office asks for it."""
    grid = Grid("学籍番号", "氏名", "ローマ字", "国籍・出自", "生年月日", "旅券番号", "在留カード番号", "住所", "電話", "食事・宗教上の配慮")
    for i in range(20 + rng.randrange(6)):
        p = person(rng, 1995, 2007, foreign=True)
        grid.add(f"MN{25 + n}{i + 1:03d}", m.name(p), m.kana(p), m.sens("人種・民族", rng), m.birth(p, 4),
                 m.ident("PASSPORT", ids.passport(rng)), m.ident("RESIDENCE_CARD", ids.residence_card(rng)),
                 m.address(p), m.mobile(p, rng), m.sens("宗教", rng) if rng.random() < 0.3 else "")
    return docs.xlsx(f"nihongo/gakuseki_{2025 + n}.xlsx", [("在籍者", grid)])


def nihongo_certificate(rng, n):
    """A certificate of enrolment for a student's part-time job or visa renewal."""
    p = person(rng, 1995, 2007, foreign=True)
    b = docs.Blocks().h("在籍証明書").p("氏名　", m.name(p), "（", m.kana(p), "）").p("生年月日　", m.birth(p, 0))
    b.p("在留カード番号　", m.ident("RESIDENCE_CARD", ids.residence_card(rng)))
    b.p("上記の者は、", m.not_birth(m.day(rng), 0), "より本学院に在籍していることを証明する。")
    b.p("出席率 ", f"{rng.randint(80, 99)}%").p("発行日 ", m.not_birth(m.day(rng), 2)).lines(m.letterhead(NIHONGO))
    return docs.docx(f"nihongo/shomei/{n + 1:03d}.docx", b)


def nihongo_counselling(rng, n):
    """A counsellor's note to the head teacher, kept in the office's Maildir."""
    p = person(rng, 1995, 2007, foreign=True)
    teacher = person(rng, 1960, 1990)
    body = Lines().put("校長先生").gap().put("本日の面談について報告します。").put("学生：", m.name(p), "（", m.kana(p), "）")
    body.put("アルバイト先：", rng.choice(["コンビニ", "弁当工場", "ホテル清掃"]), "　電話 ", m.mobile(p, rng))
    topic = rng.choice(["犯罪被害", "病歴", "宗教", "人種・民族"])
    body.put("相談内容：", m.sens(topic, rng), "について。本人の了解を得て記録します。")
    body.put("パスポート（", m.ident("PASSPORT", ids.passport(rng)), "）は本人が保管しています。").gap().put(m.name(teacher))
    mail = docs.Mail([m.name(teacher), " <", m.email(teacher, rng), ">"], ["校長 <", m.org_mail(NIHONGO), ">"],
                     "面談報告", f"Thu, {n + 1:02d} Jan 2026 18:00:00 +0900", body)
    return docs.eml(f"nihongo/Maildir/cur/17{n + 67000000:08d}.M{n}P26.mailhost:2,S", mail, n)


def hifuka_questionnaire(rng, n):
    """The clinic's first-visit questionnaire, scanned back to a Word or Writer file."""
    p = person(rng, 1940, 2015)
    b = docs.Blocks().h("問診票（初診）").p("記入日 ", m.not_birth(m.day(rng), 0))
    grid = Grid("項目", "回答").add("お名前", m.name(p)).add("フリガナ", m.kana(p)).add("生年月日", m.birth(p, n))
    grid.add("ご住所", ["〒", m.postal(p), " ", m.address(p)]).add("電話", m.mobile(p, rng))
    grid.add("保険者番号", m.ident("HEALTH_INSURANCE_NUMBER", ids.insurer(rng)))
    grid.add("本日の症状", rng.choice(["湿疹とかゆみ", "ほくろの変化", "にきび", "水虫"]))
    grid.add("治療中の病気", m.sens("病歴", rng)).add("お薬・食物アレルギー", rng.choice(["なし", "ペニシリン", "そば"]))
    if rng.random() < 0.3:
        grid.add("宗教上の理由で配慮が必要なこと", m.sens("宗教", rng))
    b.t(grid).p(m.privacy(rng)).p(HIFUKA.name, " ", m.org_phone(HIFUKA))
    maker = docs.docx if n % 2 else docs.odt
    return maker(f"hifuka/monshin/{n + 1:03d}.{'docx' if n % 2 else 'odt'}", b)


def hifuka_bookings(rng, n):
    grid = Grid("予約日", "時間", "患者名", "電話", "生年月日", "メモ")
    for _ in range(25):
        p = person(rng, 1940, 2020)
        grid.add(m.not_birth(m.day(rng), 1), f"{rng.randint(9, 17)}:{rng.choice(['00', '15', '30', '45'])}", m.name(p),
                 m.mobile(p, rng), m.birth(p, 3), rng.choice(["初診", "再診", "", m.sens("病歴", rng)]))
    return docs.csv(f"hifuka/yoyaku_{n + 1:02d}.csv", grid)


def gateball_members(rng, n):
    b = docs.Blocks().h("会員名簿（令和8年度）").p("会長あいさつ：今年も元気にプレーしましょう。").p(m.health_notice(rng))
    grid = Grid("氏名", "年齢", "住所", "電話", "チーム")
    for _ in range(25):
        p = person(rng, 1935, 1960)
        grid.add(m.name(p), f"{p.age}", m.address(p), m.home(p, rng), rng.choice(["若浜A", "若浜B", "亀ケ崎"]))
    b.t(grid).p("連絡先 ", GATE.name, " ", m.org_phone(GATE))
    return docs.html(f"gateball/meibo_{n + 1}.html", "会員名簿", b)


def gateball_teams(rng, n):
    """The team introduction shown at the prefectural tournament."""
    slides = [("チーム紹介", Lines().put(GATE.name).put("大会日 ", m.not_birth(m.day(rng), 0)))]
    for team in ("若浜A", "若浜B"):
        lines = Lines()
        for k in range(5):
            p = person(rng, 1935, 1960)
            lines.put(f"{k + 1}番 ", m.name(p), f"（{p.age}歳）", rng.choice(["主将", "", "最年長", "初出場"]))
        slides.append((team, lines))
    return docs.pptx(f"gateball/team_{n + 1}.pptx", slides)


def gateball_mail(rng, n):
    mails = []
    for j in range(4):
        p = person(rng, 1935, 1960)
        body = Lines().put("会員各位").gap().put("次回の練習は", m.not_birth(m.day(rng), 0), "です。")
        body.put("先週倒れられた", m.name(p), "さんは", m.sens("病歴", rng), "とのことで、しばらく休まれます。")
        body.put("お見舞いは奥様（", m.home(p, rng), "）に連絡のうえで。")
        mails.append(docs.Mail([GATE.name, " <", m.org_mail(GATE), ">"],
                               [m.group_mail("members@sakata-gb.example.jp")],
                               "練習日と会員の近況", f"Mon, {j + 5:02d} Oct 2025 08:00:00 +0900", body))
    return docs.mbox(f"gateball/renraku_{n + 1}.mbox", mails)


def museum_docents(rng, n):
    grid = Grid("登録番号", "氏名", "生年月日", "住所", "電話", "メール", "担当展示")
    for i in range(18):
        p = person(rng, 1942, 1990)
        grid.add(f"V{i + 1:03d}", m.name(p), m.birth(p, 6), m.address(p), m.home(p, rng), m.email(p, rng),
                 [m.thing(rng.choice(vocab.HISTORICAL), "historical_figure_in_text"), "展"])
    return docs.xlsx(f"museum/docent_{n + 1}.xlsx", [("解説員", grid)])


def museum_script(rng, n):
    """A docent's gallery script: figures of history, the author's name, no one's data beyond that."""
    author = person(rng, 1942, 1990)
    b = docs.Blocks().h("展示解説原稿").p("作成：解説員 ", m.name(author), "　改訂 ", m.not_birth(m.day(rng), 2))
    for figure in rng.sample(vocab.HISTORICAL, 3):
        b.p(m.thing(figure, "historical_figure_in_text"), "は会津とも縁があり、当館には関係資料が", f"{rng.randint(2, 40)}点あります。")
    b.p("資料番号 ", m.part(rng), " は寄託資料のため撮影不可。").lines(m.letterhead(MUSEUM, fax=False))
    return docs.docx(f"museum/genko/{n + 1:02d}.docx", b)
