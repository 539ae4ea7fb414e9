"""A junior football club, a prefectural vocational school, a tennis school and a payroll bureau."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus27 import marks as m
from benchmarks.corpus27 import people, render as r, render_mail as rm, vocab
from benchmarks.corpus27.orgs_c import fixed
from benchmarks.corpus27.organisations import ORGS

MAIL_DAY = "Sun, 22 Nov 2026 {:02d}:30:00 +0900"


def soccer_players(rng, n):
    """選手登録 (xlsx): players with nicknames, parents' contacts."""
    grid = Grid("背番号", "選手名", "ふりがな", "呼び名", "生年月日", "学校", "保護者", "保護者携帯", "メール")
    for i in range(rng.randint(18, 22)):
        child, parent = people.person(rng, 2013, 2019, "男" if rng.random() < 0.85 else "女"), people.person(rng, 1978, 1992)
        child.surname = parent.surname
        grid.add(str(i + 1), m.name(child), m.kana(child), m.maybe("PERSON", rng.choice(vocab.NICKNAMES)),
                 m.birth(child, 3), rng.choice(vocab.SCHOOLS), m.name(parent), m.mobile(parent), m.email(parent))
    return r.xlsx(f"ブルーウェーブ/登録/選手登録_U{10 + n}.xlsx", [(f"U{10 + n}", grid)])


def soccer_mail(rng, n):
    """A coach's mail to the parents (eml): a boy's injury and the weekend's match."""
    coach, child, parent = people.person(rng, 1970, 1990, "男"), people.person(rng, 2013, 2019), people.person(rng, 1978, 1992)
    body = Lines().put("保護者の皆さま").gap().put("コーチの", m.name(coach), "です。")
    body.put("今週の練習試合は", m.day(rng, 3), "、集合は8時です。")
    body.put(m.name(child), "くんは", m.sensitive(rng, "病歴"), "のため、今回は見学とします（保護者の",
             m.name(parent), "さんと相談済み）。")
    body.put(m.boilerplate(rng), "。").gap().put("コーチ携帯 ", m.mobile(coach)).put(*m.contact("soccer"))
    return rm.eml(f"ブルーウェーブ/メール/renraku_{n + 1:02d}.eml", [m.name(coach), " <", m.email(coach), ">"],
                  m.org_mail("soccer", "保護者ML"), "今週末の予定", MAIL_DAY.format(7 + n), body)


def kunren_entrants(rng, n):
    """入校者データ (fixed-width CP932 .DAT from the prefecture's host)."""
    text = Lines()
    for i in range(rng.randint(18, 22)):
        p = people.person(rng, 1966, 2006)
        disability = m.sensitive(rng, "障害") if rng.random() < 0.2 else "－"
        text.put(*fixed((f"{2026}{n + 1:02d}{i + 1:03d}", 10), (m.name(p, tight=True), 14), (m.kana(p), 24),
                        (m.birth(p, 2), 11), (m.postal(p), 9), (m.address(p), 60), (m.mobile(p), 14),
                        (m.employment(rng), 14), (disability, 36)))
    return r.txt(f"高等技術専門校/ホスト/NYUKO{n + 1:02d}.DAT", text, "cp932")


def kunren_interview(rng, n):
    """就職支援 面談記録 (pdf)."""
    p, officer = people.person(rng, 1966, 2004), people.person(rng, 1960, 1990)
    text = m.head(Lines(), "kunren", "就職支援 個別面談記録")
    text.put("面談日：", m.day(rng, 3), "　担当：", m.name(officer))
    text.put("訓練生：", m.name(p), "（", m.birth(p, 0), "生）　電話 ", m.mobile(p))
    text.put("雇用保険被保険者番号：", m.employment(rng))
    past = rng.choice(["犯罪歴", "障害", "病歴"])
    text.put("本人申告：", m.sensitive(rng, past), "。就職先への伝え方を一緒に考える。")
    text.put("希望職種：電気設備保全／CAD　希望地域：", p.prefecture_city)
    text.put("事業所番号（求人票）：", m.office_number(rng))
    return rm.pdf(f"高等技術専門校/面談/mendan_{n + 1:02d}.pdf", m.foot(text, "kunren"))


def tennis_members(rng, n):
    """会員データ (headerless csv from the card-payment front desk)."""
    grid = Grid()
    for i in range(rng.randint(28, 34)):
        p = people.person(rng, 1950, 2012)
        grid.add(f"GC{n + 1}{i + 1:04d}", m.name(p), m.kana(p), m.mobile(p), m.email(p), m.card(rng, ""),
                 rng.choice(["平日昼", "平日夜", "土曜", "ジュニア"]))
    return r.csv_doc(f"グリーンコート/会員/members_{n + 1}.csv", grid, "utf-8", crlf=False)


def tennis_transfer(rng, n):
    """振替依頼 (a mail in the desk's Maildir)."""
    p = people.person(rng, 1950, 2000)
    body = Lines().put("グリーンコート ご担当者様").gap()
    body.put(rng.choice(["平日夜", "土曜"]), "クラスの", m.name(p), "です。")
    body.put(m.day(rng, 3), "のレッスンを振替させてください。")
    if rng.random() < 0.5:
        body.put("先週から", m.sensitive(rng, "病歴"), "で、しばらく軽めでお願いします。")
    body.put("連絡先 ", m.mobile(p))
    stamp = 1763600000 + n * 3607
    return rm.eml(f"グリーンコート/Maildir/cur/{stamp}.M{n}P77.mailhost:2,S", [m.name(p), " <", m.email(p), ">"],
                  m.org_mail("tennis"), "振替のお願い", MAIL_DAY.format(n % 24), body)


def payroll_dependants(rng, n):
    """扶養控除等申告 入力データ (xlsx): My Numbers, pensions, insurance and the pay account."""
    grid = Grid("社員番号", "氏名", "個人番号", "生年月日", "住所", "基礎年金番号", "雇用保険番号", "振込口座",
                "配偶者", "配偶者個人番号")
    for i in range(rng.randint(20, 26)):
        p, spouse = people.person(rng, 1960, 2004), people.person(rng, 1960, 2004)
        bank, branch = m.ids.bank(rng)
        has = rng.random() < 0.4
        grid.add(f"{n + 1}{i + 1:04d}", m.name(p), m.my_number(rng, " " if n % 2 else ""), m.birth(p, 5),
                 m.address(p), m.pension(rng), m.employment(rng), [f"{bank} {branch} 普通 ", m.account(rng)],
                 m.name(spouse) if has else "", m.my_number(rng) if has else "")
    client = Grid("委託元", rng.choice(vocab.COMPANIES))
    client.add("法人番号", m.decoy("MY_NUMBER", m.ids.corporate_number(rng), "corporate_number"))
    client.add("適用事業所番号", m.office_number(rng))
    return r.xlsx(f"ペイロード/扶養控除/申告データ_{n + 1:02d}.xlsx", [("申告", grid), ("委託元", client)])


def payroll_request(rng, n):
    """A client's mail asking for a new hire's set-up (eml + csv attachment)."""
    clerk = people.person(rng, 1970, 1995)
    sheet = Grid("氏名", "フリガナ", "生年月日", "個人番号", "住所", "電話", "口座番号")
    for _ in range(rng.randint(3, 6)):
        p = people.person(rng, 1970, 2006)
        sheet.add(m.name(p), m.kana(p), m.birth(p, 2), m.my_number(rng, "-"), m.address(p), m.mobile(p), m.account(rng))
    body = Lines().put(ORGS["payroll"].name, " 御中").gap()
    body.put(rng.choice(vocab.COMPANIES), " 総務の", m.name(clerk), "です。今月の入社者を添付します。")
    body.put("給与締日は", m.day(rng, 1), "です。よろしくお願いします。")
    body.put("直通 ", m.mobile(clerk))
    return rm.eml(f"ペイロード/受信/依頼_{n + 1:02d}.eml", [m.name(clerk), " <", m.email(clerk), ">"],
                  m.org_mail("payroll"), "入社者情報の送付", MAIL_DAY.format(n), body,
                  [r.csv_doc(f"nyusha_{n + 1}.csv", sheet, "cp932")])


def payroll_slips(rng, n):
    """給与明細 (a zip of one text slip per employee)."""
    slips = []
    for i in range(rng.randint(4, 6)):
        p = people.person(rng, 1965, 2004)
        text = Lines().put(f"給与明細書　{2026}年{n % 11 + 1}月分").put("氏名：", m.name(p), " 様")
        text.put("振込先：普通 ", m.account(rng)).put("基礎年金番号：", m.pension(rng))
        text.put("控除：健康保険／厚生年金／雇用保険／組合費")
        if rng.random() < 0.5:
            text.put("備考：", m.sensitive(rng, "労働組合"))
        text.put("支給日：", m.day(rng, 3))
        slips.append(r.txt(f"meisai_{i + 1:02d}.txt", text))
    return r.zip_doc(f"ペイロード/明細/meisai_{2026}{n + 1:02d}.zip", slips)
