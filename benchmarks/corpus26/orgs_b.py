"""Corpus 26, second five: a noodle factory's health desk, a lifesaving club, an abacus school,
a satoyama conservation NPO and a guide-helper office for people who cannot see."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus26 import docs, ids, marks as m, vocab
from benchmarks.corpus26.organisations import ORGS
from benchmarks.corpus26.people import household, person

SEIMEN, LIFE, SOROBAN, SATO, GUIDE = (ORGS[k] for k in ("seimen", "lifesave", "soroban", "satoyama", "guide"))


def seimen_checkups(rng, n):
    """The year's checkup results with the insurer, one sheet a line of the factory."""
    sheets = []
    for line in ("製麺ライン", "包装・出荷"):
        grid = Grid("社員番号", "氏名", "生年月日", "保険者番号", "記号-番号", "判定", "所見", "受診日")
        for i in range(15 + rng.randrange(5)):
            p = person(rng, 1960, 2004)
            finding = m.sens("健康診断結果", rng) if rng.random() < 0.45 else "異常なし"
            grid.add(f"S{2000 + i + 40 * n}", m.name(p), m.birth(p, 1),
                     m.ident("HEALTH_INSURANCE_NUMBER", ids.insurer(rng)),
                     m.nickname(f"{rng.randint(10, 99)}-{rng.randint(100, 9999)}") if i % 4 == 0 else "",
                     rng.choice("ABCD"), finding, m.not_birth(m.day(rng), 1))
        sheets.append((line, grid))
    return docs.xlsx(f"seimen/kenshin/R{7 + n}_kekka.xlsx", sheets)


def seimen_interview(rng, n):
    """The company doctor's interview note (産業医面談)."""
    p = person(rng, 1965, 2002)
    b = docs.Blocks().h("産業医面談記録").p("面談日 ", m.not_birth(m.day(rng), 2), "　産業医 ", m.name(person(rng, 1955, 1980)))
    b.p("対象者 ", m.name(p), "（", m.kana(p), "）　", m.birth(p, 6), "生　", p.sex)
    b.p("健診結果：", m.sens("健康診断結果", rng), "。本人は自覚症状なしと話す。")
    b.p("既往・治療：", m.sens("病歴", rng), "。夜勤は当面免除とする。")
    if rng.random() < 0.4:
        b.p("その他：本人は", m.sens("労働組合", rng), "であり、勤務調整は組合とも協議する。")
    b.p(m.health_notice(rng)).p("総務課 ", m.org_phone(SEIMEN), "（内線 214）")
    return docs.docx(f"seimen/mendan/{n + 1:03d}.docx", b)


def seimen_host(rng, n):
    """The payroll host's fixed-width export of new hires (Shift_JIS, 半角カナ names)."""
    lines = Lines().put(f"H{'SANUKIYA':<10}{'20260401':>8}{'NEWHIRE':<10}")
    for i in range(30 + rng.randrange(8)):
        p = person(rng, 1966, 2006)
        lines.put(f"D{i + 1:05d}", m.name(p, tight=True), "　" * (8 - len(p.tight)), " ",
                  m.birth(p, 4 if i % 2 else 3), " ", m.ident("MY_NUMBER", ids.my_number(rng)), " ",
                  m.ident("BASIC_PENSION_NUMBER", ids.pension(rng, dash=False)), " ",
                  m.ident("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng)), " ", f"{rng.randrange(10000):04d}",
                  f"{rng.randrange(1000):03d}", m.ident("BANK_ACCOUNT", str(rng.randint(1000000, 9999999))))
    lines.put(f"T{len(lines.lines) - 1:06d}")
    return docs.txt(f"seimen/host/NEWHIRE{n + 1:02d}.DAT", lines, "cp932", crlf=True)


def lifesave_members(rng, n):
    """The members' list with whom to call if something happens (UTF-8 with BOM, from a web form)."""
    grid = Grid("会員番号", "氏名", "生年月日", "携帯", "メール", "緊急連絡先（氏名）", "緊急連絡先（電話）", "健康上の注意")
    for i in range(22 + rng.randrange(6)):
        p, kin = person(rng, 1970, 2010), person(rng, 1950, 1995)
        grid.add(f"ALS-{i + 1:03d}", m.name(p), m.birth(p, 3), m.mobile(p, rng), m.email(p, rng), m.name(kin),
                 m.mobile(kin, rng), m.sens("病歴", rng) if rng.random() < 0.2 else "")
    return docs.csv(f"lifesave/kaiin_{2025 + n}.csv", grid, bom=True)


def lifesave_rescue(rng, n):
    """A rescue report written in LibreOffice at the beach hut."""
    p = person(rng, 1950, 2016)
    b = docs.Blocks().p("救助活動報告書").p("発生日時 ", m.not_birth(m.day(rng, span=150), 0), " 14時頃　場所 西明石海岸 第2監視塔前")
    b.p("救助者 ", m.name(person(rng, 1985, 2005)), "・", m.name(person(rng, 1985, 2005)))
    table = Grid("要救助者", "内容").add("氏名", m.name(p)).add("年齢", f"{p.age}歳").add("住所", m.address(p))
    table.add("連絡先", m.mobile(p, rng)).add("状態", rng.choice(["離岸流で流され意識あり", "足のけいれん", "クラゲ刺傷"]))
    b.t(table).p("既往歴（本人・家族の申告）：", m.sens("病歴", rng) if rng.random() < 0.6 else "なし")
    b.p("救急搬送：", rng.choice(["あり（明石市民病院）", "なし"])).p(m.health_notice(rng))
    return docs.odt(f"lifesave/houkoku/{n + 1:03d}.odt", b)


def soroban_students(rng, n):
    """Pupils and their guardians, with the debit for the monthly fee."""
    grid = Grid("生徒名", "ふりがな", "生年月日", "保護者", "住所", "電話", "メール", "級", "引落口座")
    for i in range(22 + rng.randrange(6)):
        parent = person(rng, 1975, 1995)
        child = household(rng, parent, 2012, 2020)
        bank, branch, number = ids.account(rng)
        grid.add(m.name(child), m.kana(child), m.birth(child, 0), m.name(parent), m.address(parent),
                 m.mobile(parent, rng),
                 m.email(parent, rng), rng.choice(["10級", "8級", "5級", "3級", "準1級"]),
                 [bank, " ", branch, " 普通 ", m.ident("BANK_ACCOUNT", number)])
    return docs.xlsx(f"soroban/seito_meibo_{2025 + n}.xlsx", [("生徒", grid)])


def soroban_debit(rng, n):
    grid = Grid("保護者名（カナ）", "金融機関", "支店", "種目", "口座番号", "金額")
    for _ in range(22):
        p = person(rng, 1975, 1995)
        bank, branch, number = ids.account(rng)
        grid.add(m.kana(p), bank, branch, "普通", m.ident("BANK_ACCOUNT", number), "6,600")
    grid.add("いずみ塾（収納口座）", ids.BANKS[1], "駅前支店", "普通", m.org_account(SOROBAN), "")
    return docs.csv(f"soroban/hikiotoshi_{n + 1:02d}.csv", grid, "cp932")


def soroban_notes(rng, n):
    """A term's mails to guardians, kept as one mbox by the teacher."""
    mails = []
    for j in range(5 + rng.randrange(3)):
        parent = person(rng, 1975, 1995)
        child = household(rng, parent, 2012, 2020)
        body = Lines().put(m.name(parent), " 様").gap().put("いつもありがとうございます。いずみ塾です。")
        body.put(m.val("PERSON", child.given), "さんは今月の検定で", rng.choice(["合格", "あと一歩"]), "でした。")
        if rng.random() < 0.3:
            body.put("学校から伺っている", m.sens(rng.choice(["障害", "病歴"]), rng), "の件、教室でも配慮いたします。")
        body.put("次回検定日：", m.not_birth(m.day(rng), 0)).gap().put(SOROBAN.name, " ", m.org_phone(SOROBAN))
        mails.append(docs.Mail([SOROBAN.name, " <", m.org_mail(SOROBAN), ">"], [m.email(parent, rng)],
                               "検定結果のお知らせ", f"Tue, {j + 3:02d} Feb 2026 19:0{j}:00 +0900", body))
    return docs.mbox(f"soroban/mail/hogosha_{n + 1}.mbox", mails)


def satoyama_volunteers(rng, n):
    b = docs.Blocks().h("ボランティア登録者一覧（保険加入用）")
    grid = Grid("氏名", "生年月日", "電話", "メール", "参加区分")
    for _ in range(16 + rng.randrange(6)):
        p = person(rng, 1945, 2008)
        grid.add(m.name(p), m.birth(p, 2), m.mobile(p, rng), m.email(p, rng), rng.choice(["竹林整備", "田んぼ", "炭焼き"]))
    b.t(grid).p("ボランティア保険の加入手続きは事務局が行います。").p(m.privacy(rng))
    b.p("事務局 ", m.org_phone(SATO), " ", m.org_mail(SATO))
    return docs.html(f"satoyama/touroku_{n + 1}.html", "登録者一覧", b)


def satoyama_diary(rng, n):
    """An activity diary typed by the day's leader."""
    lines = Lines().put("活動日誌 ", m.not_birth(m.day(rng), 1)).put("場所：", m.place(rng), "地区の竹林")
    people = [person(rng, 1945, 2005) for _ in range(4 + rng.randrange(4))]
    lines.put("参加：", *sum([[m.name(p), "、"] for p in people], [])[:-1])
    lines.put("作業：竹の伐採と搬出。昼は", m.thing(rng.choice(vocab.HISTORICAL), "historical_figure_in_text"), "ゆかりの石碑まで散策。")
    hurt = rng.choice(people)
    lines.put(m.name(hurt), "さんが蜂に刺される。本人によると", m.sens("病歴", rng), "とのことで大事をとって帰宅。")
    if rng.random() < 0.3:
        lines.put("休憩中、", m.name(rng.choice(people)), "さんは", m.sens("信条", rng), "だと話していた（記録不要か）。")
    lines.put(m.health_notice(rng))
    return docs.txt(f"satoyama/nisshi/{n + 1:03d}.txt", lines)


def guide_users(rng, n):
    """The users' ledger of the guide-helper office (同行援護)."""
    grid = Grid("利用者", "フリガナ", "生年月日", "住所", "電話", "障害の状況", "受給者証番号", "担当ヘルパー")
    for _ in range(16 + rng.randrange(6)):
        p = person(rng, 1940, 2000)
        grid.add(m.name(p), m.kana(p), m.birth(p, 1), m.address(p), m.home(p, rng), m.sens("障害", rng),
                 m.nickname(ids.digits(rng, 10)), m.name(person(rng, 1960, 2000)))
    office = Grid("事業所", GUIDE.name).add("所在地", m.org_address(GUIDE)).add("電話", m.org_phone(GUIDE))
    return docs.xlsx(f"guide/riyousha_daicho_{n + 1}.xlsx", [("利用者", grid), ("事業所", office)])


def guide_record(rng, n):
    """A service record printed for the user's family: where the helper went with whom."""
    user, helper = person(rng, 1940, 1995), person(rng, 1965, 2000)
    b = docs.Blocks().h("同行援護 サービス提供記録").p("利用者 ", m.name(user), " 様　ヘルパー ", m.name(helper))
    grid = Grid("日付", "行先", "時間", "記録")
    for _ in range(5 + rng.randrange(4)):
        grid.add(m.not_birth(m.day(rng), 1), rng.choice(["眼科", "市役所", "スーパー", "銀行", "図書館"]),
                 f"{rng.randint(9, 15)}:00-{rng.randint(16, 18)}:00", rng.choice(["問題なし", "段差で注意", "雨天"]))
    b.t(grid).p("利用者の状況：", m.sens("障害", rng), "。", m.sens("病歴", rng) if rng.random() < 0.5 else "体調良好")
    b.p(GUIDE.name, " ", m.org_phone(GUIDE), " ", m.org_mail(GUIDE))
    return docs.pdf(f"guide/kiroku/{n + 1:03d}.pdf", b)
