"""A handmade-goods web shop, a designated-driver service, a school-lunch centre, a shigin
(吟詠) society and a junior chamber."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus27 import marks as m
from benchmarks.corpus27 import people, render as r, render_mail as rm, vocab
from benchmarks.corpus27.organisations import ORGS

MAIL_DAY = "Mon, 23 Nov 2026 {:02d}:05:00 +0900"


def shop_orders(rng, n):
    """注文データ (the shop system's csv, CP932 for the shipping software)."""
    grid = Grid("注文番号", "注文日", "購入者", "郵便番号", "住所", "電話", "メール", "決済カード", "商品コード")
    for _ in range(rng.randint(18, 22)):
        p = people.person(rng, 1950, 2006)
        grid.add(m.receipt(rng), m.day(rng, 0), m.name(p), m.postal(p), m.address(p), m.mobile(p), m.email(p),
                 m.card(rng) if rng.random() < 0.7 else "代引き", m.luhn_code(rng))
    return r.csv_doc(f"つむぎ舎/受注/orders_{2026}{n + 1:02d}.csv", grid, "cp932" if n % 2 else "utf-8")


def shop_inquiries(rng, n):
    """Customers' questions of a month (mbox)."""
    mails = []
    for i in range(rng.randint(5, 7)):
        p = people.person(rng, 1950, 2006)
        body = Lines().put("つむぎ舎さま").put("注文番号 ", m.receipt(rng), " の件です。")
        body.put("届け先を変更したいです。新住所：〒", m.postal(p), " ", m.address(p))
        body.put(m.name(p), "　", m.mobile(p))
        mails.append(([m.name(p), " <", m.email(p), ">"], m.org_mail("shop"), "お届け先の変更", MAIL_DAY.format(i + 8), body))
    return rm.mbox(f"つむぎ舎/mail/inquiry_{n + 1:02d}.mbox", mails)


def daiko_drivers(rng, n):
    """乗務員台帳 (xlsx): licences, including the second-class licence the work needs, and past offences."""
    grid = Grid("乗務員", "生年月日", "住所", "携帯", "二種免許番号", "免許有効期限", "特記事項")
    for _ in range(rng.randint(16, 22)):
        p = people.person(rng, 1950, 1998, "男" if rng.random() < 0.85 else "女")
        grid.add(m.name(p), m.birth(p, 0), m.address(p), m.mobile(p), m.licence(rng), m.day(rng, 1, 2028),
                 m.sensitive(rng, "犯罪歴") if rng.random() < 0.25 else "")
    return r.xlsx(f"くるみ代行/台帳/乗務員台帳_{n + 1}.xlsx", [("乗務員", grid)])


def daiko_rides(rng, n):
    """利用記録 (html, the dispatch system's daily page)."""
    note = Lines().put(f"{ORGS['daiko'].name} 配車記録").put("営業日 ", m.day(rng, 3))
    table = Grid("受付", "お客様", "電話", "お迎え先", "行き先", "担当")
    for _ in range(rng.randint(8, 12)):
        p, driver = people.person(rng, 1950, 2000), people.person(rng, 1950, 1998)
        table.add(f"{rng.randint(19, 23)}:{rng.randint(0, 59):02d}", m.name(p), m.mobile(p),
                  rng.choice(["居酒屋 まるよし", "スナック 葵", "ホテル久留米", "焼鳥 大吉"]), m.address(p), m.name(driver))
    return r.html(f"くるみ代行/配車/haisha_{n + 1:02d}.html", "配車記録", note, table)


def kyushoku_allergies(rng, n):
    """食物アレルギー対応一覧 (xlsx): each child's allergy, the parent to call."""
    grid = Grid("学校", "学年組", "児童生徒名", "ふりがな", "アレルゲン・症状", "対応", "保護者", "緊急連絡先")
    for _ in range(rng.randint(24, 28)):
        child, parent = people.person(rng, 2011, 2019), people.person(rng, 1975, 1992)
        child.surname = parent.surname
        grid.add(rng.choice(vocab.SCHOOLS), f"{rng.randint(1, 6)}-{rng.randint(1, 4)}", m.name(child), m.kana(child),
                 m.sensitive(rng, "病歴", rng.choice(vocab.SENSITIVE["病歴"][8:9] + vocab.SENSITIVE["病歴"][14:17])),
                 rng.choice(["除去食", "代替食", "弁当持参"]), m.name(parent), m.mobile(parent))
    notes = Grid("注意")
    notes.add(m.decoy("SENSITIVE", vocab.HEALTH_BOILERPLATE[4], "health_boilerplate"))
    return r.xlsx(f"給食センター/アレルギー/対応一覧_{n + 1}.xlsx", [("一覧", grid), ("注意事項", notes)])


def kyushoku_cooks(rng, n):
    """調理員 検便・健康チェック (CP932 csv)."""
    grid = Grid("実施日", "調理員", "検便", "下痢・発熱", "手指の傷")
    for _ in range(rng.randint(22, 28)):
        p = people.person(rng, 1960, 2000, "女" if rng.random() < 0.8 else "男")
        bad = rng.random() < 0.15
        grid.add(m.day(rng, 4), m.name(p), m.sensitive(rng, "健康診断結果", rng.choice(["サルモネラ 陽性（就業制限）",
                 "腸管出血性大腸菌 陽性", "ノロウイルス 陽性"])) if bad else "陰性", "なし", "なし")
    return r.csv_doc(f"給食センター/衛生/kenben_{n + 1:02d}.csv", grid, "cp932")


def shigin_members(rng, n):
    """会員名簿 (rtf): names with their 雅号 (art names: neither right nor wrong to report)."""
    text = m.head(Lines(), "shigin", "会員名簿")
    for _ in range(rng.randint(20, 26)):
        p = people.person(rng, 1935, 1975)
        text.put(m.name(p), "（雅号 ", m.maybe("PERSON", p.surname[0] + rng.choice(vocab.GAGO)), "）　", m.birth(p, 0),
                 "生　", m.address(p), "　", m.home(p))
    return rm.rtf(f"吟詠会/名簿/meibo_{n + 1}.rtf", m.foot(text, "shigin"))


def shigin_bulletin(rng, n):
    """会報 (txt): the poems of the month, their poets (long dead), members' news."""
    text = Lines().put(f"錦城流 松本支部 会報 第{120 + n}号").put("発行日 ", m.day(rng, 3)).gap()
    for _ in range(3):
        text.put("今月の吟題「", rng.choice(vocab.POEMS), "」　作：", m.poet(rng))
    member, new = people.person(rng, 1935, 1970), people.person(rng, 1940, 1975)
    text.gap().put("会員消息：", m.name(member), "さんが", m.sensitive(rng, "病歴"), "で療養中です。")
    text.put("新入会：", m.name(new), "さん（", m.home(new), "）")
    text.put(m.boilerplate(rng), "。")
    return r.txt(f"吟詠会/会報/kaiho_{120 + n}.txt", text, "cp932")


def jc_members(rng, n):
    """メンバー名簿 (xlsx)."""
    grid = Grid("氏名", "よみがな", "生年月日", "会社", "役職", "携帯", "メール", "自宅")
    for _ in range(rng.randint(26, 30)):
        p = people.person(rng, 1986, 2000)
        grid.add(m.name(p), m.kana(p), m.birth(p, 4), rng.choice(vocab.COMPANIES), rng.choice(["代表取締役", "専務", "部長"]),
                 m.mobile(p), m.email(p), m.address(p))
    return r.xlsx(f"長岡JC/名簿/メンバー名簿_{2026 + n}.xlsx", [("名簿", grid)])


def jc_slides(rng, n):
    """例会資料 (pptx): a committee's plan and its members."""
    chair, vice = people.person(rng, 1986, 2000), people.person(rng, 1986, 2000)
    slides = [("まちづくり委員会", Lines().put("委員長 ", m.name(chair)).put("副委員長 ", m.name(vice)))]
    slides.append(("事業計画", Lines().put("開催日 ", m.day(rng, 3)).put("会場 ", m.decoy("ADDRESS", ORGS["jc"].address, "org_address"))))
    slides.append(("連絡先", Lines().put("委員長携帯 ", m.mobile(chair)).put("メール ", m.email(chair))))
    return r.pptx(f"長岡JC/例会/委員会資料_{n + 1:02d}.pptx", slides)


def jc_minutes(rng, n):
    """理事会議事録 (odt)."""
    chair, absent = people.person(rng, 1986, 2000), people.person(rng, 1986, 2000)
    text = m.head(Lines(), "jc", f"第{n + 3}回 理事会議事録")
    text.put("日時：", m.day(rng, 3), "　議長：理事長 ", m.name(chair))
    text.put("欠席：", m.name(absent), "（", m.sensitive(rng, "病歴"), "のため）")
    text.put("議題：卒業式の会場について、", m.name(chair, tight=True), "理事長より説明。")
    if n % 2 == 0:
        text.put("その他：", m.name(absent, tight=True), "君は", m.sensitive(rng, "信条"), "ため、市長選の応援要請には加わらない。")
    return rm.odt(f"長岡JC/理事会/議事録_{n + 1:02d}.odt", m.foot(text, "jc"))
