"""Corpus 26, last five: a night-outreach NPO, a fruit-sorting shed's seasonal crew, a city's tax
payment desk, an amateur radio club and a rakugo circle."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus26 import docs, ids, marks as m
from benchmarks.corpus26.organisations import ORGS
from benchmarks.corpus26.people import person

YOMAWARI, SENKA, NOZEI, MUSEN, RAKUGO = (ORGS[k] for k in ("yomawari", "senka", "nozei", "musen", "rakugo"))
STORIES = ["時そば", "芝浜", "目黒のさんま", "寿限無", "饅頭こわい", "粗忽長屋", "初天神"]


def yomawari_case(rng, n):
    """A case note after a night round: who was met, what they said about themselves."""
    p = person(rng, 1950, 2004)
    b = docs.Blocks().h("相談・支援記録").p("記録日 ", m.not_birth(m.day(rng), 0), "　記録者 ", m.name(person(rng, 1960, 1998)))
    b.p("本人 ", m.name(p), "（通称 ", m.nickname(rng.choice(["ヤスさん", "先生", "ゲンちゃん", "おやっさん"])), "）")
    b.p("生年月日 ", m.birth(p, 1), "（本人申告）　本籍 ", m.domicile(rng))
    b.p("連絡先 ", m.mobile(p, rng) if rng.random() < 0.6 else "なし", "　元の住所 ", m.address(p))
    for category in rng.sample(["犯罪歴", "犯罪被害", "病歴", "信条", "労働組合"], 2):
        b.p("聞き取り：", m.sens(category, rng), "。")
    b.p("次回：生活保護の申請に同行予定。").p(m.privacy(rng))
    return docs.docx(f"yomawari/kiroku/{n + 1:03d}.docx", b)


def yomawari_mail(rng, n):
    p, worker = person(rng, 1950, 2004), person(rng, 1970, 1998)
    body = Lines().put("枚方市 生活福祉課 ご担当者様").gap().put("夜回りの灯の", m.name(worker), "です。")
    body.put("明日、", m.name(p), "さん（", m.birth(p, 0), "生）の申請に同行します。")
    body.put("本人は", m.sens("病歴", rng), "で、就労が難しい状況です。").put("また、", m.sens("犯罪被害", rng), "という事情があり、住所の扱いにご配慮ください。")
    body.put("当日の連絡は私の携帯 ", m.mobile(worker, rng), " まで。").gap().put(YOMAWARI.name, " ", m.org_phone(YOMAWARI))
    mail = docs.Mail([m.name(worker), " <", m.email(worker, rng), ">"],
                     [m.group_mail("seikatsu@city-hirakata.example.jp")],
                     "申請同行のご連絡", f"Fri, {n + 9:02d} Jan 2026 16:40:00 +0900", body)
    return docs.eml(f"yomawari/mail/{n + 1:02d}.eml", mail, n)


def senka_crew(rng, n):
    """The sorting shed's seasonal crew, with what payroll and the insurers need."""
    grid = Grid("No", "氏名", "フリガナ", "生年月日", "住所", "電話", "個人番号", "雇用保険", "基礎年金番号", "在留カード",
                "振込口座", "組合")
    for i in range(24 + rng.randrange(6)):
        foreign = rng.random() < 0.3
        p = person(rng, 1950, 2006, foreign=foreign)
        bank, branch, number = ids.account(rng)
        grid.add(str(i + 1), m.name(p), m.kana(p), m.birth(p, 2), m.address(p), m.mobile(p, rng),
                 m.ident("MY_NUMBER", ids.my_number(rng, i)),
                 m.ident("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng)),
                 m.ident("BASIC_PENSION_NUMBER", ids.pension(rng)),
                 m.ident("RESIDENCE_CARD", ids.residence_card(rng)) if foreign else "",
                 [bank, branch, " ", m.ident("BANK_ACCOUNT", number)],
                 m.sens("労働組合", rng) if rng.random() < 0.1 else "")
    office = Grid("事業所", SENKA.name).add("雇用保険適用事業所番号", m.employer_office(rng)).add("法人番号", m.corporate(SENKA))
    return docs.xlsx(f"senka/kisetsu_{2025 + n}.xlsx", [("作業員", grid), ("事業所", office)])


def senka_transfer(rng, n):
    """The 全銀-style transfer file for the crew's wages (fixed width, Shift_JIS)."""
    lines = Lines().put(f"1210{SENKA.corporate[:10]}ﾔﾂｼﾛｾﾝｶｼﾞﾖｳ{'':20}0325")
    for i in range(38):
        p = person(rng, 1950, 2006)
        lines.put(f"2{rng.randrange(10000):04d}{rng.randrange(1000):03d}1", m.ident("BANK_ACCOUNT",
                  str(rng.randint(1000000, 9999999))), " ", m.kana(p), " " * 4, f"{rng.randint(40, 260) * 1000:010d}")
    lines.put(f"8{38:06d}{'':20}").put("9")
    return docs.txt(f"senka/furikomi/FB{n + 1:02d}.DAT", lines, "cp932", crlf=True)


def nozei_consult(rng, n):
    """A tax-payment consultation record (RTF from the desk's old editor)."""
    p = person(rng, 1945, 1995)
    b = docs.Blocks().p("納税相談記録").p("相談日 ", m.not_birth(m.day(rng), 2), "　担当 ", m.name(person(rng, 1970, 1998)))
    b.p("納税義務者 ", m.name(p), "（", m.kana(p), "）　", m.birth(p, 2), "生")
    b.p("住所 〒", m.postal(p), " ", m.address(p), "　電話 ", m.home(p, rng))
    b.p("個人番号 ", m.ident("MY_NUMBER", ids.my_number(rng, n)), "（本人確認済）")
    b.p("滞納の事情：", m.sens(rng.choice(["病歴", "障害", "犯罪被害"]), rng), "により収入が減少。")
    bank, branch, number = ids.account(rng)
    b.p("口座振替 ", bank, " ", branch, " 普通 ", m.ident("BANK_ACCOUNT", number))
    b.p("市の収納口座 ", m.org_account(NOZEI), "　", m.org_address(NOZEI), " ", m.org_phone(NOZEI))
    return docs.rtf(f"nozei/soudan/{n + 1:03d}.rtf", b)


def nozei_pledge(rng, n):
    p = person(rng, 1945, 1995)
    b = docs.Blocks().h("分納誓約書").p("松阪市長 様").p("提出日 ", m.not_birth(m.day(rng), 0))
    grid = Grid("項目", "内容").add("住所", m.address(p)).add("氏名", m.name(p)).add("生年月日", m.birth(p, 5))
    grid.add("電話", m.mobile(p, rng)).add("分納額", f"月額 {rng.randint(5, 30)},000円")
    b.t(grid).p("私は上記のとおり分割して納付することを誓約します。").p(m.privacy(rng))
    return docs.odt(f"nozei/seiyaku/{n + 1:03d}.odt", b)


def musen_roster(rng, n):
    """The club's roster in a tab-separated text, call signs and all."""
    grid = Grid("コールサイン", "氏名", "住所", "電話", "メール")
    for i in range(20):
        p = person(rng, 1945, 2005)
        call = f"JA4{''.join(rng.choice('ABCDEFGHKLMNPRSTUWXYZ') for _ in range(3))}"
        grid.add(m.nickname(call), m.name(p), m.address(p), m.home(p, rng), m.email(p, rng))
    grid.add("クラブ局 JA4YKR", m.org_address(MUSEN), m.org_phone(MUSEN))
    return docs.csv(f"musen/meibo_{n + 1}.txt", grid, delimiter="\t")


def musen_minutes(rng, n):
    mails = []
    for j in range(3):
        chair = person(rng, 1945, 1990)
        body = Lines().put("例会議事録（", m.not_birth(m.day(rng), 0), "）").put("出席：", m.name(chair), "、",
                                                                         m.name(person(rng)), "、", m.name(person(rng)))
        body.put("議題：移動運用、QSLカード発送、", m.place(rng), "山での運用")
        body.put("次回の部品共同購入：", m.part(rng), " ほか").put(m.health_notice(rng))
        mails.append(docs.Mail([m.name(chair), " <", m.email(chair, rng), ">"], [m.org_mail(MUSEN)],
                               "例会議事録", f"Sun, {j + 1:02d} Mar 2026 20:00:00 +0900", body))
    return docs.mbox(f"musen/reikai_{n + 1}.mbox", mails)


def rakugo_members(rng, n):
    grid = Grid("高座名", "本名", "生年月日", "住所", "電話", "得意ネタ")
    for _ in range(20):
        p = person(rng, 1945, 2000)
        grid.add(m.nickname(f"浜ノ家{rng.choice(['小梅', '福助', '三太', 'ちどり', '茶々丸', '松風', '小鉄'])}"), m.name(p),
                 m.birth(p, 7), m.address(p), m.mobile(p, rng), rng.choice(STORIES))
    return docs.xlsx(f"rakugo/kaiin_{n + 1}.xlsx", [("会員", grid)])


def rakugo_programme(rng, n):
    """A slide show of the programme, with the stories' people (no one's data but the performers')."""
    slides = [("舞鶴寄席", Lines().put("開催日 ", m.not_birth(m.day(rng), 0)).put(RAKUGO.name))]
    for _ in range(3):
        lines = Lines().put("演者 ", m.nickname(f"浜ノ家{rng.choice(['小梅', '福助', '三太', 'ちどり'])}"))
        lines.put("演目 ", rng.choice(STORIES)).put("登場人物：", m.character(rng), "と",
                                                   m.character(rng, 3))
        slides.append(("番組", lines))
    return docs.pptx(f"rakugo/yose_{n + 1}.pptx", slides)


def rakugo_newsletter(rng, n):
    b = docs.Blocks().h("会報 はまのや").p("発行 ", m.not_birth(m.day(rng), 0))
    member = person(rng, 1945, 2000)
    b.p("今月の高座：", m.nickname("浜ノ家松風"), "（", m.name(member), "）が", rng.choice(STORIES), "を熱演。")
    b.p("「", m.character(rng), "の間抜けぶりが見事でした」との声。")
    b.p("会員の", m.name(person(rng)), "さんが", m.sens("病歴", rng), "で入院中です。").p(m.health_notice(rng))
    b.p("連絡先 ", m.org_phone(RAKUGO), " ", m.org_mail(RAKUGO))
    return docs.html(f"rakugo/kaiho_{n + 1}.html", "会報", b)
