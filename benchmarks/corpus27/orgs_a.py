"""A wagashi maker's part-timers, a workplace softball league, a rental agent for overseas
students, an ENT clinic and a private nursing home."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus27 import marks as m
from benchmarks.corpus27 import people, render as r, render_mail as rm, vocab
from benchmarks.corpus27.organisations import ORGS


def wagashi_staff(rng, n):
    """パート・アルバイト名簿 (xlsx): one sheet of staff, one of the shop's products with their codes."""
    staff = Grid("No.", "氏名", "フリガナ", "生年月日", "〒", "住所", "携帯", "給与振込口座", "備考")
    for i in range(rng.randint(22, 28)):
        p = people.person(rng, 1950, 2006)
        bank, branch = m.ids.bank(rng)
        note = rng.choice(["", "", "扶養内", "土日のみ", ["繁忙期のみ　入社 ", m.day(rng, 1)]])
        staff.add(str(i + 1), m.name(p), m.kana(p), m.birth(p, 2 + n), m.postal(p), m.address(p), m.mobile(p),
                  [f"{bank} {branch} 普通 ", m.account(rng)], note)
    goods = Grid("品名", "JANコード", "税込", "菓銘の由来")
    for item in vocab.WAGASHI:
        goods.add(item, m.luhn_code(rng), f"{rng.randint(18, 60) * 10}円", ["「", m.thing(rng), "」にちなむ"])
    return r.xlsx(f"八雲堂/総務/パート名簿_{2025 + n}年度.xlsx", [("名簿", staff), ("商品", goods)])


def wagashi_stool(rng, n):
    """検便結果一覧 (CP932 csv, the lab's export): a check date, not a birth, on every row."""
    grid = Grid("検査日", "従業員氏名", "部署", "結果", "判定")
    for _ in range(rng.randint(22, 30)):
        p = people.person(rng, 1955, 2005)
        bad = rng.random() < 0.25
        grid.add(m.day(rng, 0), m.name(p, tight=True), rng.choice(["製造", "包装", "販売", "配送"]),
                 m.sensitive(rng, "健康診断結果") if bad else "陰性", "要再検" if bad else "異常なし")
    return r.csv_doc(f"八雲堂/衛生/検便結果_{n + 1:02d}.csv", grid, "cp932")


def softball_players(rng, n):
    """選手登録 (headerless csv from the league's old registration program)."""
    grid = Grid()
    for _ in range(rng.randint(20, 24)):
        p = people.person(rng, 1965, 2004, "男" if rng.random() < 0.8 else "女")
        grid.add(rng.choice(vocab.TEAMS), m.name(p), m.kana(p), m.birth(p, 5), m.mobile(p),
                 rng.choice(["投", "捕", "一", "二", "三", "遊", "左", "中", "右"]), str(rng.randint(1, 99)))
    return r.csv_doc(f"ソフトボール連盟/登録/team_{n + 1:02d}.csv", grid, "utf-8", crlf=False)


def softball_injury(rng, n):
    """負傷報告書 (docx): prose and a small table, sent to the sports-insurance desk."""
    p, witness = people.person(rng, 1965, 2002), people.person(rng)
    text = m.head(Lines(), "softball", "試合中の負傷について（報告）")
    text.put("発生日時：", m.day(rng, 3), "　午前10時40分頃　会場：垂坂公園グラウンド")
    text.put("負傷者 ", m.name(p), "（", rng.choice(vocab.TEAMS), "）は三塁へのスライディングの際に右足首を捻り、"
             "救急搬送された。")
    text.put("本人は以前から", m.sensitive(rng, "病歴"), "とのことで、試合前に申告があった。")
    text.put("目撃者：", m.name(witness), "（連絡先 ", m.mobile(witness), "）")
    table = Grid("項目", "内容")
    table.add("生年月日", m.birth(p, rng.randint(0, 7)))
    table.add("住所", [m.postal(p), " ", m.address(p)])
    table.add("連絡先", m.mobile(p))
    table.add("保険者番号", m.insurer(rng))
    table.add("記入例", m.sample_name(rng))
    return r.docx(f"ソフトボール連盟/事故/負傷報告_{n + 1:02d}.docx", [text, table, m.foot(Lines(), "softball")])


def chintai_application(rng, n):
    """入居申込書 (pdf) from an overseas student: cards, passport, school, guarantor."""
    p, guarantor = people.foreigner(rng, 1996, 2007), people.person(rng, 1950, 1985)
    text = m.head(Lines(), "chintai", "入居申込書（留学生用）")
    text.put("申込日 ", m.day(rng, 1), "　物件：", m.thing(rng), "ハイツ 10", str(rng.randint(1, 5)), "号室")
    text.put("氏名（カナ）：", m.name(p), "　（ローマ字）", m.romaji(p))
    text.put("国籍：", rng.choice(vocab.COUNTRIES), "　生年月日：", m.birth(p, 3))
    text.put("在留カード番号：", m.residence_card(rng), "　在留期限 ", m.day(rng, 3, 2027))
    text.put("旅券番号：", m.passport(rng))
    text.put("現住所：〒", m.postal(p), " ", m.address(p))
    text.put("携帯：", m.mobile(p), "　メール：", m.email(p))
    text.put("連帯保証人：", m.name(guarantor), "（", rng.choice(vocab.RELATIONS[4:6] + ["日本語学校長"]), "）　",
             m.home(guarantor))
    text.put("保証人勤務先：", rng.choice(vocab.COMPANIES), "　保証人生年月日：", m.birth(guarantor, 0))
    return rm.pdf(f"ユニハウス/申込書/入居申込_{n + 1:03d}.pdf", m.foot(text, "chintai"))


def chintai_tenants(rng, n):
    """契約者一覧 (xlsx): the agent's list of tenants with their card and passport numbers."""
    grid = Grid("契約番号", "入居者", "ローマ字", "生年月日", "在留カード", "旅券", "携帯", "メール", "契約開始")
    for _ in range(rng.randint(18, 22)):
        p = people.foreigner(rng, 1994, 2007)
        grid.add(m.receipt(rng), m.name(p), m.romaji(p), m.birth(p, 2), m.residence_card(rng), m.passport(rng),
                 m.mobile(p), m.email(p), m.day(rng, 0))
    return r.xlsx(f"ユニハウス/管理/契約者一覧_{n + 1}.xlsx", [("契約者", grid)])


def jibika_questionnaire(rng, n):
    """問診票 (html, the web form's saved page)."""
    p = people.person(rng, 1940, 2020)
    text = Lines().put(ORGS["jibika"].name, "　Web問診")
    text.put("受付 ", m.day(rng, 0), "　受付番号 ", m.receipt(rng))
    text.put("お名前：", m.name(p), "（", m.kana(p), "）")
    text.put("生年月日：", m.birth(p, 0), "（", str(p.age), "歳）")
    text.put("ご住所：〒", m.postal(p), " ", m.address(p))
    text.put("お電話：", m.home(p), "　携帯：", m.mobile(p))
    text.put("保険者番号：", m.insurer(rng))
    text.put("今日の症状：鼻づまりと耳の痛み")
    text.put("治療中の病気：", m.sensitive(rng, "病歴"))
    if rng.random() < 0.5:
        text.put("過去の病気：", m.sensitive(rng, "病歴"))
    text.put("※", m.privacy(rng), "。")
    text.put("※", m.boilerplate(rng), "。")
    return r.html(f"耳鼻科/問診/monshin_{n + 1:03d}.html", "Web問診票", text)


def jibika_bookings(rng, n):
    """予約一覧 (CP932 csv from the booking system)."""
    grid = Grid("予約日", "時刻", "患者名", "カナ", "生年月日", "電話", "区分")
    for _ in range(rng.randint(26, 30)):
        p = people.person(rng, 1938, 2022)
        grid.add(m.day(rng, 0), f"{rng.randint(9, 17)}:{rng.choice(['00', '15', '30', '45'])}", m.name(p),
                 m.kana(p), m.birth(p, 2), rng.choice([m.home(p), m.mobile(p)]), rng.choice(["初診", "再診", "術後"]))
    return r.csv_doc(f"耳鼻科/予約/yoyaku_{n + 1:02d}.csv", grid, "cp932")


def home_residents(rng, n):
    """入居者台帳 (xlsx): care needs, illnesses, faith, family."""
    grid = Grid("居室", "入居者氏名", "ふりがな", "生年月日", "要介護度", "主病名", "障害・特記", "宗教（看取り時）",
                "キーパーソン", "続柄", "連絡先", "保険者番号")
    for i in range(rng.randint(18, 22)):
        p, family = people.person(rng, 1926, 1950), people.person(rng, 1950, 1980)
        grid.add(f"{2 + i // 12}0{i % 12 + 1}", m.name(p), m.kana(p), m.birth(p, 0), f"要介護{rng.randint(1, 5)}",
                 m.sensitive(rng, "病歴"), m.sensitive(rng, "障害") if rng.random() < 0.4 else "",
                 m.sensitive(rng, "宗教") if rng.random() < 0.5 else "特になし", m.name(family),
                 rng.choice(vocab.RELATIONS), m.mobile(family), m.insurer(rng))
    return r.xlsx(f"ひだまりの丘/台帳/入居者台帳_{n + 1}.xlsx", [("入居者", grid)])
