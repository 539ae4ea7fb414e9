"""A riding club, a food bank and a home-renovation firm; and the paper every office
keeps beside them: receipts and orders full of keys that look like personal numbers."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus21 import formats as F
from benchmarks.corpus21.common import P, Org, decoy, ids, sens, val
from benchmarks.corpus21.vocab import cat, landmark, notice

HORSE = Org("乗馬クラブ ひづめの丘", "376-0011", "群馬県桐生市相生町5丁目410", "0277-52-8116", "hizume.example.jp", "club")
FOOD = Org("NPO法人 フードバンクはままつ", "430-0906", "静岡県浜松市中央区住吉2丁目12-5", "053-474-2308",
           "foodbank-hm.example.or.jp", "soudan")
REFORM = Org("株式会社すまいる工房", "177-0045", "東京都練馬区石神井台3-22-9", "03-3995-1470", "smile-koubou.example.co.jp",
             "eigyo")


def horse_members(rng, n):
    records, marks = [], []
    for k in range(rng.randint(15, 22)):
        p = P(rng, 0.05, 1950, 2012)
        name, birth, phone, mail = p.kanji(), p.birth(rng.choice([3, 7])), p.phone(), p.email()
        horse = cat(rng) if rng.random() < 0.5 else None
        health = p.sens("病歴") if rng.random() < 0.25 else None
        paid = ids.card(rng, "") if rng.random() < 0.3 else None
        records.append({"member_no": f"HZ{n}{k:03d}", "name": name.text, "birthday": birth.text, "tel": phone.text,
                        "mail": mail.text, "favorite_horse": horse.text if horse else "", "health_note":
                        health.text if health else "", "card": paid.text if paid else "", "joined": (d := ids.not_birth(rng, 7)).text})
        marks += [m for m in (name, birth, phone, mail, horse, health, paid, d) if m]
    return F.json_doc(f"horse/members_{n:02d}.json", records, marks)


def horse_letter(rng, n):
    p = P(rng, 0.05, 1960, 2010)
    lines = Lines().put("体験乗馬 事故報告")
    HORSE.head(lines, n)
    lines.put("日時：", ids.not_birth(rng, 1))
    lines.put("体験者", p.kanji(), "さん（", p.birth(rng.choice([0, 1])), "生）が、馬の", cat(rng), "号から落馬。")
    lines.put("本人は", p.sens("病歴"), "と事前に申告していた。インストラクターの", P(rng, 0.0).surname(), "が付き添い受診。")
    lines.put("保護者：", P(rng, 0.0).kanji(), "様　", p.phone())
    return F.txt(f"horse/jiko_{n:02d}.txt", lines)


def food_recipients(rng, n):
    grid = Grid("受付No", "氏名", "世帯人数", "住所", "電話", "状況", "紹介元", "受取日")
    for k in range(rng.randint(25, 35)):
        p = P(rng, 0.08, 1940, 2000)
        state = sens(rng, rng.choice(["障害", "病歴", "犯罪被害", "犯罪歴"])) if rng.random() < 0.45 else "失業中"
        grid.add(f"F{n}{k:03d}", p.kanji(), str(rng.randint(1, 6)), p.address(), p.phone(), state,
                 rng.choice(["社協", "市役所", "自主来所"]), ids.not_birth(rng, 3))
    stock = Grid("品目", "JAN", "数量")
    for _ in range(8):
        stock.add(rng.choice(["米5kg", "レトルトカレー", "缶詰", "粉ミルク"]), f"49{ids.digits(rng, 11)}", str(rng.randint(5, 80)))
    return F.xlsx(f"food/riyousha_{n:02d}.xlsx", [("利用者", grid, "食品支援 利用者台帳"), ("在庫", stock, None)])


def food_note(rng, n):
    lines = Lines().put(f"相談メモ　{ids.not_birth(rng, 3).text}")
    for _ in range(rng.randint(3, 5)):
        p = P(rng, 0.08, 1940, 2000)
        lines.put("・", p.kanji(""), "さん（", p.birth(rng.choice([1, 4])), "生、", p.address(), "）")
        lines.put("　", p.sens(rng.choice(["障害", "病歴", "犯罪歴", "人種・民族", "信条"])), "。", rng.choice(
            ["生活保護の申請を検討中。", "就労先が見つからない。", "子ども2人と同居。"]), "連絡は", p.phone())
    lines.put(notice(rng))
    FOOD.sign(lines, "相談員")
    return F.txt(f"food/memo_{n:02d}.txt", lines, "cp932", "\r\n")


def reform_contract(rng, n):
    p = P(rng, 0.03, 1940, 1985)
    lines = Lines().put("工事請負契約書")
    REFORM.head(lines, 1)
    lines.put("注文者：", p.kanji(), " 様　", p.birth(rng.choice([1, 0])), "生")
    lines.put("工事場所：〒", p.postal(), " ", p.address())
    lines.put("連絡先：", p.phone(), "　", p.email())
    lines.put("工事内容：浴室手すり設置・段差解消（", p.sens("障害"), "のため）")
    lines.put("着工：", ids.not_birth(rng, 0), "　完成：", ids.not_birth(rng, 0))
    bank, acct = ids.account(rng)
    lines.put("お支払い口座：", bank, " ", acct)
    lines.put("受付番号：", ids.receipt_key(rng), "　法人番号：", ids.hojin_number(rng))
    return F.pdf(f"reform/keiyaku_{n:02d}.pdf", lines)


def reform_orders(rng, n):
    rows, marks = [], []
    for k in range(rng.randint(15, 22)):
        p = P(rng, 0.03, 1940, 1990)
        name, phone, addr, key = p.kanji(), p.phone(), p.address(), ids.receipt_key(rng)
        rows.append({"受付番号": key.text, "顧客名": name.text, "電話": phone.text, "現場住所": addr.text,
                     "品番": (part := ids.part_number(rng)).text, "受付日": (d := ids.not_birth(rng, 3)).text})
        marks += [name, phone, addr, key, part, d]
    return F.xml_doc(f"reform/orders_{n:02d}.xml", "orders", rows, marks)


def receipts(rng, n):
    """A shop's month of receipts: keys passing the My Number check, Luhn gift codes, the
    shop's own corporate number — and one customer who paid by card."""
    grid = Grid("伝票番号", "日付", "品名", "金額", "ギフト券", "発行元法人番号")
    for _ in range(rng.randint(25, 40)):
        grid.add(ids.receipt_key(rng), ids.not_birth(rng, 3), rng.choice(["手すり", "入浴剤", "防水シート", "茶筅", "蜂蜜"]),
                 f"{rng.randint(3, 90) * 110}", ids.gift_code(rng) if rng.random() < 0.4 else "", ids.hojin_number(rng))
    p = P(rng, 0.0)
    grid.add("", "", ["掛売：", p.kanji()], "", ids.card(rng), "")
    return F.csv_doc(f"keiri/denpyo_{n:02d}.csv", grid, "utf-8", header=True)


def clean(rng, n):
    """A file with no one in it: a price list, a timetable, a notice, a meeting agenda."""
    kind = n % 5
    if kind == 0:
        grid = Grid("品目", "単価", "在庫")
        for _ in range(12):
            grid.add(rng.choice(["特殊寝台", "歩行器", "蜂蜜500g", "抹茶30g", "ウェットスーツ"]), str(rng.randint(5, 90) * 100),
                     str(rng.randint(0, 40)))
        doc = F.csv_doc(f"shared/price_{n:02d}.csv", grid)
    elif kind == 1:
        lines = Lines().put("営業時間のお知らせ").put("平日 15:00〜23:00 / 土日 13:00〜23:00").put("定休日 毎週水曜日")
        lines.put(f"料金改定：大人{rng.randint(5, 6)}00円、中人{rng.randint(2, 3)}00円")
        doc = F.txt(f"shared/oshirase_{n:02d}.txt", lines, "cp932" if n % 2 else "utf-8")
    elif kind == 2:
        grid = Grid("週", "テーマ", "会場")
        for w in range(1, 9):
            grid.add(f"第{w}週", rng.choice(["面接対策", "発声練習", "採蜜体験", "安全講習"]), rng.choice(["A室", "B室", "屋外"]))
        doc = F.xlsx(f"shared/schedule_{n:02d}.xlsx", [("予定", grid, "年間予定表")])
    elif kind == 3:
        lines = Lines().put("会議次第").put("1. 前回議事録の確認").put("2. 予算執行状況").put("3. 次年度計画").put("4. その他")
        doc = F.docx(f"shared/shidai_{n:02d}.docx", lines)
    else:
        lines = Lines().put("館内マップ").put("1F 受付・待合").put("2F 研修室").put("3F 倉庫")
        doc = F.html(f"shared/map_{n:02d}.html", "館内マップ", lines)
    doc.clean = True
    return doc
