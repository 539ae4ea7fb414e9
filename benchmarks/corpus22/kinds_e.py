"""Writers E: a guide-dog association, a Vietnamese residents' mutual-aid society, a
triathlon race office, a railway fans' club, a yoga studio."""

from __future__ import annotations

import random
from xml.sax.saxutils import escape

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus22 import formats as F
from benchmarks.corpus22 import formats_more as M
from benchmarks.corpus22 import ids, vocab
from benchmarks.corpus22.common import decoy, field, letterhead, notice, org, person, place_like, roster, sens, val


def guidedog_users(rng: random.Random, n: int):
    grid = Grid("使用者", "ふりがな", "視覚障害の程度", "盲導犬", "住所", "電話", "生年月日", "貸与日")
    for _ in range(rng.randint(12, 18)):
        p = person(rng, 0, 1945, 1995)
        grid.add(field(rng, p, "name"), field(rng, p, "kana"), field(rng, p, "sens:障害"),
                 decoy("PERSON", rng.choice(vocab.PETS), "pet_named_like_person"), field(rng, p, "addr"), field(rng, p, "tel"),
                 field(rng, p, "dob:short"), ids.other_date(rng, "short", "loan_date"))
    return F.csv(f"guidedog/使用者一覧_{n + 1:02d}.csv", grid, rng.choice(["utf-8", "cp932"]))


def guidedog_report(rng: random.Random, n: int):
    assoc = org(rng, "公益財団法人 ひかり盲導犬協会", "hikari-guidedog.or.jp")
    user, trainer = person(rng, 0, 1950, 1995), person(rng)
    text = Lines().put("フォローアップ訪問報告").put(*letterhead(assoc)).gap()
    text.put("使用者：", val("PERSON", user.full), "（", sens(rng, "障害"), "）")
    text.put("盲導犬：", decoy("PERSON", rng.choice(vocab.PETS), "pet_named_like_person"), "　訪問日：",
             ids.other_date(rng, "wareki", "visit_date"))
    text.put("歩行ルート：自宅（", val("ADDRESS", user.address), "）から", place_like(rng), "まで。")
    text.put("使用者は", sens(rng, "病歴"), "とのことで、長距離歩行は控えている。")
    text.put("訓練士 ", val("PERSON", trainer.full), "　携帯 ", ids.phone_mark(rng, True))
    return M.rtf(f"guidedog/訪問報告_{n + 1:03d}.rtf", text)


def vietnam_members(rng: random.Random, n: int):
    grid = Grid("Ho ten", "カタカナ", "Ngay sinh", "在留カード番号", "旅券", "携帯", "住所", "勤務先")
    for _ in range(rng.randint(16, 24)):
        p = person(rng, 1.0, 1985, 2005)
        grid.add(field(rng, p, "roma"), field(rng, p, "katakana"), field(rng, p, "dob:slash"), field(rng, p, "zairyu"),
                 field(rng, p, "passport"), field(rng, p, "mobile"), field(rng, p, "addr"),
                 rng.choice(["縫製工場", "食品工場", "建設会社", "介護施設"]))
    aid = Grid("相談者", "内容", "対応")
    for _ in range(rng.randint(5, 9)):
        p = person(rng, 1.0, 1985, 2005)
        aid.add(val("PERSON", p.roma), sens(rng, rng.choice(["犯罪被害", "労働組合", "人種・民族", "人種・民族", "宗教"])),
                val("PERSON", person(rng).sei))
    return F.xlsx(f"vietnam/hoi_vien_{n + 1:02d}.xlsx", [("会員", grid, "在日ベトナム人互助会 会員名簿"), ("相談", aid, "相談記録")])


def vietnam_mail(rng: random.Random, n: int):
    society = org(rng, "在日ベトナム人互助会 関東支部", "vn-tuong-tro.jp")
    p = person(rng, 1.0, 1990, 2004)
    body = Lines().put("Chao ", val("PERSON", p.roma), "-san").gap()
    body.put(val("PERSON", p.katakana), "さんの件、会社との話し合いに互助会から", val("PERSON", person(rng).full), "が同席します。")
    body.put("本人は", sens(rng, rng.choice(["労働組合", "犯罪被害"])), "。")
    body.put("在留カード番号 ", ids.residence_card(rng), " と旅券番号 ", ids.passport(rng), " は控えました。")
    body.put("連絡先 ", ids.phone_mark(rng, True)).gap().put(*letterhead(society))
    coworkers = Grid("Ho ten", "在留カード", "携帯")
    for _ in range(rng.randint(3, 6)):
        q = person(rng, 1.0, 1990, 2004)
        coworkers.add(field(rng, q, "roma"), field(rng, q, "zairyu"), field(rng, q, "mobile"))
    return F.eml(f"vietnam/thu_{n + 1:03d}.eml", decoy("EMAIL", society.email, "org_email"), field(rng, p, "mail"),
                 "Hop voi cong ty / 会社との面談", body, n, [F.csv("dong_nghiep.csv", coworkers, "utf-8")])


def triathlon_bundle(rng: random.Random, n: int):
    entries = Grid("ゼッケン", "氏名", "カナ", "生年月日", "住所", "携帯", "メール", "既往歴・服薬")
    roster(rng, entries, rng.randint(20, 30), ["name", "katakana", "dob:slash", "addr", "mobile", "mail", "sens:病歴?"],
           "{}", 0.03, (1955, 2006))
    medical = Lines().put("救護メモ（大会当日）")
    for _ in range(rng.randint(3, 6)):
        p = person(rng)
        medical.put(f"{rng.randint(1, 400)}番 ", val("PERSON", p.full), "：", sens(rng, rng.choice(["病歴", "健康診断結果"])))
    medical.put(notice(rng))
    csv_doc = F.csv("entries.csv", entries, "utf-8")
    memo = F.text("kyugo_memo.txt", medical, "utf-8")
    return F.archive(f"triathlon/大会資料_{n + 1:02d}.zip", [csv_doc, memo])


def triathlon_notice(rng: random.Random, n: int):
    office = org(rng, "湊川トライアスロン大会 実行委員会", "minato-tri.jp")
    text = Lines().put("選手へのお知らせ").put(*letterhead(office)).gap()
    text.put(notice(rng)).put("競技説明会 ", ids.other_date(rng, "west", "briefing_date"), " 15:00")
    text.put("昨年の優勝は", val("PERSON", person(rng).full), "選手でした。")
    return F.text(f"triathlon/お知らせ_{n + 1:02d}.txt", text, "utf-8")


def tetsudo_bulletin(rng: random.Random, n: int):
    club = org(rng, "鉄道友の会 湊川支部", "tetsutomo-minato.jp")
    intro = Lines().put(f"支部報 第{n + 40}号").put(*letterhead(club, False))
    intro.put("今月の撮影会は", decoy("PERSON", rng.choice(vocab.TRAINS), "train_named_like_person"), "を狙いました。")
    intro.put("集合は", place_like(rng), "。案内役は会員の", val("PERSON", person(rng).full), "さん。")
    new = Grid("新入会員", "お住まい", "ひとこと")
    for _ in range(rng.randint(3, 7)):
        p = person(rng)
        new.add(val("PERSON", p.full), val("ADDRESS", p.pref + p.city), rng.choice(["SL好きです", "模型派", "乗り鉄"]))
    return F.html(f"tetsudo/支部報_{n + 1:02d}.html", "支部報", [intro, new])


def tetsudo_members(rng: random.Random, n: int):
    rows, marks = ['<?xml version="1.0" encoding="UTF-8"?>', "<members>"], []
    for k in range(rng.randint(14, 20)):
        p = person(rng)
        name, tel, mail = val("PERSON", p.full), ids.phone_mark(rng), field(rng, p, "mail")
        dob, addr = ids.birth(p.born, "dash"), val("ADDRESS", p.address)
        rows.append(f'  <member no="{k + 1}">')
        rows += [f"    <name>{escape(name.text)}</name>", f"    <birth>{dob.text}</birth>", f"    <address>{addr.text}</address>",
                 f"    <tel>{tel.text}</tel>", f"    <mail>{mail.text}</mail>", "  </member>"]
        marks += [name, dob, addr, tel, mail]
    rows.append("</members>")
    return M.xml(f"tetsudo/members_{n + 1:02d}.xml", "\n".join(rows) + "\n", marks)


def yoga_intake(rng: random.Random, n: int):
    grid = Grid("お名前", "生年月日", "電話", "現在治療中の病気", "健診で指摘された項目", "その他")
    for _ in range(rng.randint(15, 25)):
        p = person(rng, 0.05, 1955, 2004)
        grid.add(field(rng, p, rng.choice(["name", "tight"])), field(rng, p, "dob:"), field(rng, p, "phone"),
                 field(rng, p, "sens:病歴?"), field(rng, p, "sens:健康診断結果?"), rng.choice(["", "", "妊娠中", "腰痛あり"]))
    return F.xlsx(f"yoga/問診票_{n + 1:02d}.xlsx", [("問診", grid, "はじめての方 問診票（ヨガスタジオ凪）")])


def yoga_mail(rng: random.Random, n: int):
    studio = org(rng, "ヨガスタジオ凪", "yoga-nagi.jp")
    p = person(rng, 0.05, 1960, 2004)
    body = Lines().put(val("PERSON", p.sei), "様").gap().put(notice(rng))
    body.put("体験レッスンのご予約を", ids.other_date(rng, "west", "lesson_date"), "で承りました。")
    if rng.random() < 0.6:
        body.put("問診票にご記入の", sens(rng, rng.choice(["病歴", "健康診断結果", "障害"])), "について、インストラクターの",
                 val("PERSON", person(rng).sei), "と共有いたします。")
    body.put("会員カード番号 ", ids.product_code(rng)).gap().put(*letterhead(studio))
    return F.eml(f"yoga/予約_{n + 1:03d}.eml", decoy("EMAIL", studio.email, "org_email"), field(rng, p, "mail"),
                 "体験レッスンのご予約", body, n)
