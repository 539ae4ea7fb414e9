"""Organisations, part one: a sake brewery, a ferry operator, a funeral mutual-aid
society, a taxi company, a neighbourhood association, a 保育ママ network, a recording
studio, an orchestra, a fishery co-operative, a shrine's supporters' society."""

from __future__ import annotations

import random

from benchmarks.corpus16 import formats as F
from benchmarks.corpus16 import ids
from benchmarks.corpus16.common import about, addr, born, family, kana, mail, name, own, postal, roman, tel
from benchmarks.corpus16.model import Grid, Lines, decoy, maybe
from benchmarks.corpus16.people import kin, people, person
from benchmarks.corpus16.vocab import NOTICES, PLACES_LIKE_NAMES, SAKE_BRANDS, VESSELS


def brewery(rng: random.Random, n: int):
    """酒蔵: the 蔵人 roster for the brewing season, and their check-up sheet (xlsx, merged titles)."""
    staff = people(rng, rng.randrange(7, 12), lo=1950, hi=2003)
    roster = Grid("No", "氏名", "フリガナ", "生年月日", "住所", "携帯", "担当", "基礎年金番号")
    check = Grid("氏名", "受診日", "所見", "備考")
    for i, p in enumerate(staff, 1):
        roster.add(str(i), name(p, rng), kana(p), born(p, rng), addr(p), tel(p, rng, 0.9),
                   rng.choice(["杜氏", "頭", "麹屋", "酛屋", "釜屋", "蔵人"]), ids.pension(rng))
        check.add(name(p), ids.other_day(rng, "checkup_date", (1, 7)),
                  about(rng, "健康診断結果") if rng.random() < 0.6 else "異常なし",
                  ["銘柄「", decoy("PERSON", rng.choice(SAKE_BRANDS), "brand_name"), "」仕込み担当"])
    return F.xlsx(f"酒蔵/R8造り/蔵人名簿_{n:02d}.xlsx",
                  [("名簿", roster, "令和8酒造年度 蔵人名簿"), ("健診", check, "雇入時健康診断 結果一覧")])


def ferry(rng: random.Random, n: int):
    """フェリー: a passenger manifest exported by the booking host, CP932 CSV, no header."""
    grid = Grid()
    for _ in range(rng.randrange(9, 15)):
        p = person(rng, foreign=0.15)
        grid.add(ids.slip_number(rng), ids.other_day(rng, "sailing_date", (1, 7)),
                 rng.choice(VESSELS) if rng.random() < 0.5 else [decoy("PERSON", rng.choice(VESSELS), "vessel_name")],
                 kana(p), name(p), str(2026 - p.birth.year), rng.choice(["男", "女"]), tel(p, rng), addr(p))
    return F.csv_doc(f"フェリー/乗船名簿/manifest_{n:03d}.csv", grid, "cp932")


def funeral_member(rng: random.Random, n: int):
    """葬祭互助会: a member's 入会申込書 (docx paragraphs and a family table)."""
    p = person(rng, lo=1938, hi=1975)
    org = own("株式会社やすらぎ典礼 互助会事務局", "790-0811", "愛媛県松山市本町3丁目2番", "089-941-5520",
              "gojo@yasuragi-example.jp")
    lines = Lines().put("互助会 入会申込書").put(f"会員番号 G-{rng.randrange(10**6):06d}")
    lines.put("ご契約者 ", name(p, rng), "（", kana(p), "）")
    lines.put("生年月日 ", born(p, rng, (2, 3, 4)))
    lines.put("ご住所 〒", postal(p, rng), " ", addr(p)).put("お電話 ", tel(p, rng, 0.3))
    lines.put("宗旨・宗派 ", about(rng, "宗教"))
    lines.put("掛金引落口座 ", rng.choice(["伊予", "愛媛", "四国"]), "銀行 ", rng.choice(["本店", "道後支店", "久米支店"]),
              " 普通 ", ids.account(rng))
    lines.put("申込日 ", ids.other_day(rng, "application_date", (0, 2)))
    lines.gap().put(*org)
    family_table = Grid("続柄", "氏名", "生年月日", "連絡先")
    for rel in rng.sample(["配偶者", "長男", "長女", "次男"], 2):
        f = kin(rng, p, lo=1940, hi=2000)
        family_table.add(rel, name(f), born(f, rng, (0, 2)), tel(f, rng))
    return F.docx(f"互助会/申込書/入会申込_{n:03d}.docx", lines, [family_table])


def taxi(rng: random.Random, n: int):
    """タクシー会社: the 乗務員台帳 (licences, births, a 処分歴 column) as xlsx."""
    grid = Grid("乗務員番号", "氏名", "生年月日", "運転免許証番号", "二種取得", "住所", "電話", "処分歴・特記")
    for _ in range(rng.randrange(8, 13)):
        p = person(rng, lo=1955, hi=1998)
        note = about(rng, rng.choice(["犯罪歴", "病歴"])) if rng.random() < 0.35 else "なし"
        grid.add(f"D{rng.randrange(1000, 9999)}", name(p, rng), born(p, rng, (0, 1, 2, 6)), ids.licence(rng),
                 ids.other_day(rng, "licence_date", (2,)), addr(p), tel(p, rng, 0.8), note)
    return F.xlsx(f"タクシー/乗務員台帳_{n:02d}.xlsx", [("乗務員", grid, None)])


def neighbourhood(rng: random.Random, n: int):
    """自治会: the 班 contact list as CP932 text, with the 回覧's health notice about no one."""
    lines = Lines().put(f"○○町内会 第{rng.randrange(1, 9)}班 連絡網（令和8年度）").gap()
    lines.put("【回覧】", decoy("SENSITIVE", rng.choice(NOTICES), "health_notice")).gap()
    for i in range(rng.randrange(8, 13)):
        p = person(rng, foreign=0.05)
        lines.put(f"{i + 1:>2}. ", name(p, rng), "　", addr(p), "　", tel(p, rng, 0.4))
        if rng.random() < 0.25:
            lines.put("    ※", family(p), "さん宅は", about(rng, rng.choice(["障害", "病歴", "犯罪被害"])), "のため回覧は手渡し")
    lines.gap().put("集合場所：", decoy("PERSON", rng.choice(PLACES_LIKE_NAMES), "place_name"), "前の掲示板")
    return F.txt(f"自治会/連絡網_{n:02d}.txt", lines, "cp932", "\r\n")


def childminder(rng: random.Random, n: int):
    """保育ママ: a 児童票 in Word — the child, the parents, allergies and history."""
    child = person(rng, lo=2021, hi=2025)
    lines = Lines().put("家庭的保育事業 児童票").gap()
    lines.put("児童氏名：", name(child, rng)).put("ふりがな：", kana(child))
    lines.put("生年月日：", born(child, rng, (2, 3, 8)))
    for rel in ("父", "母"):
        par = kin(rng, child, lo=1980, hi=1998)
        lines.put(f"保護者（{rel}）：", name(par, rng), "　勤務先電話 ", tel(par, rng, 0.2), "　", mail(par))
    lines.put("住所：〒", postal(child, rng), " ", addr(child))
    lines.put("既往歴・アレルギー：", about(rng, "病歴"))
    lines.put("健康保険 保険者番号：", ids.insurer(rng))
    if rng.random() < 0.5:
        lines.put("発達の状況：", about(rng, "障害"))
    lines.put("入所日：", ids.other_day(rng, "admission_date", (2,)))
    return F.docx(f"保育ママ/児童票/児童票_{n:03d}.docx", lines)


def studio(rng: random.Random, n: int):
    """録音スタジオ: session players' payment data as JSON (stage names optional)."""
    records, marks = [], []
    for _ in range(rng.randrange(8, 13)):
        p = person(rng, lo=1965, hi=2002)
        fields = {"name": name(p), "stage_name": maybe("PERSON", rng.choice(["KAZZ", "Mimi☆", "タカ坊", "Low-G", "NAO"])),
                  "tel": tel(p, rng, 0.9), "email": mail(p), "bank": f"{rng.choice(['みずほ', '三井住友', 'りそな'])}銀行",
                  "account_no": ids.account(rng), "my_number": ids.my_number(rng),
                  "session_date": ids.other_day(rng, "session_date", (1, 7))}
        marks += list(fields.values())[:4] + [fields["account_no"], fields["my_number"], fields["session_date"]]
        records.append({k: (v.text if hasattr(v, "text") else v) for k, v in fields.items()})
    marks = [m for m in marks if hasattr(m, "text")]
    return F.json_doc(f"スタジオ/支払/players_{n:02d}.json", {"studio": "Studio Kaigan", "players": records}, marks)


def orchestra(rng: random.Random, n: int):
    """オーケストラ: the 団員名簿 (CSV with a header, UTF-8 with BOM)."""
    grid = Grid("パート", "氏名", "ローマ字", "メール", "携帯", "郵便番号", "住所", "組合", "入団日")
    for _ in range(rng.randrange(9, 14)):
        p = person(rng, foreign=0.15, lo=1960, hi=2002)
        grid.add(rng.choice(["Vn1", "Vn2", "Va", "Vc", "Cb", "Fl", "Ob", "Hr"]), name(p, rng), roman(p), mail(p),
                 tel(p, rng, 0.95), postal(p, rng), addr(p), about(rng, "労働組合") if rng.random() < 0.3 else "",
                 ids.other_day(rng, "joining_date", (1, 0)))
    return F.csv_doc(f"楽団/団員名簿_{n:02d}.csv", grid, "utf-8-sig")


def fishery(rng: random.Random, n: int):
    """漁協: the 組合員 ledger with vessels (xlsx, two sheets)."""
    members = Grid("組合員番号", "氏名", "生年月日", "住所", "電話", "所属船", "出資口数")
    accounts = Grid("氏名", "振込先", "口座番号", "備考")
    for _ in range(rng.randrange(8, 12)):
        p = person(rng, lo=1945, hi=1995)
        members.add(f"{rng.randrange(1, 999):04d}", name(p, rng), born(p, rng, (2, 3, 6)), addr(p), tel(p, rng, 0.5),
                    decoy("PERSON", rng.choice(VESSELS), "vessel_name"), str(rng.randrange(1, 30)))
        accounts.add(name(p), "漁協信用事業 本所 普通", ids.account(rng), "")
    return F.xlsx(f"漁協/組合員台帳_{n:02d}.xlsx", [("組合員", members, "正組合員名簿"), ("口座", accounts, None)])


def shrine(rng: random.Random, n: int):
    """神社の崇敬会: a members' page in HTML (the society's own address a look-alike)."""
    lines = Lines().put("崇敬会だより").put(*own("○○八幡宮 崇敬会", "916-0026", "福井県鯖江市本町1丁目1-1",
                                               "0778-51-0012", "sukeikai@hachiman-example.jp"))
    lines.put("例大祭 ", ids.other_day(rng, "festival_date", (2,)), " 斎行")
    grid = Grid("会員", "住所", "電話", "奉納", "備考")
    for _ in range(rng.randrange(10, 14)):
        p = person(rng, lo=1940, hi=1985)
        grid.add(name(p, rng), addr(p), tel(p, rng, 0.3), f"{rng.randrange(1, 20)}万円",
                 about(rng, "宗教") if rng.random() < 0.4 else "")
    return F.html(f"崇敬会/members_{n:02d}.html", "崇敬会 会員一覧", lines, grid)


def rehearsal_diary(rng: random.Random, n: int):
    """オーケストラ: the stage manager's rehearsal diary in Word — names in running text,
    without honorifics, and surnames after a role."""
    lines = Lines().put(f"練習日誌　第{rng.randrange(1, 40)}回定期演奏会に向けて").gap()
    for _ in range(rng.randrange(5, 8)):
        a, b, c = person(rng), person(rng, foreign=0.2), person(rng)
        day = rng.randrange(1, 29)
        lines.put(f"{day}日　合奏。", name(a, rng), "が体調不良で欠席（", about(rng, "病歴"), "）。")
        lines.put("コンマス ", family(b), "の提案で第2楽章を通す。団長", family(c), "から会費の連絡あり。")
        if rng.random() < 0.4:
            lines.put(name(c), "は", about(rng, rng.choice(["労働組合", "信条"])), "で、土曜の本番は不参加。")
        lines.put("会場：", decoy("PERSON", rng.choice(PLACES_LIKE_NAMES), "place_name"), "の市民会館")
    return F.docx(f"楽団/日誌/練習日誌_{n:02d}.docx", lines)
