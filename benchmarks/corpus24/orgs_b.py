"""A working adults' graduate school admissions office, a 介護福祉士 exam course, a local
brewery's club, a fire-equipment inspection firm, a poultry farm's egg round and a health
mahjong class."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines, val
from benchmarks.corpus24 import ids, people
from benchmarks.corpus24 import render as r
from benchmarks.corpus24 import render_more as m
from benchmarks.corpus24 import vocab as v
from benchmarks.corpus24.common import letterhead, org, rec

GRAD = org("湊川大学大学院 社会人入試係", "minatogawa-u.example.ac.jp", 2411)
KAIGO = org("介護福祉士国家試験 受験対策講座 ひだまり塾", "hidamari-kaigo.example.jp", 2412)
BREW = org("八溝ブルワリー 友の会", "yamizo-brew.example.jp", 2413)
FIRE = org("株式会社アサヒ防災設備 点検課", "asahi-bosai.example.co.jp", 2414)
EGGS = org("こっこ村養鶏場 たまご定期便", "kokko-mura.example.jp", 2415)
MAHJONG = org("健康麻雀 さくら会", "sakura-mj.example.jp", 2416)


def grad_applicants(rng, n):
    records, marks = [], []
    for i in range(rng.randrange(10, 16)):
        p = rec(rng, rng.choice([0, 9, 3]))
        row = {"受験番号": f"2027-{n}{i:03d}", "氏名": p.name, "生年月日": p.birth, "メール": p.email, "電話": p.phone,
               "住所": p.address}
        if i % 3 == 0:
            row["旅券番号"] = val("PASSPORT", ids.passport(rng))
            row["在留カード番号"] = val("RESIDENCE_CARD", ids.residence_card(rng))
        row["出願日"] = ids.other_date(rng, i)
        records.append({k: (x.text if hasattr(x, "text") else x) for k, x in row.items()})
        marks.append([x for x in row.values() if hasattr(x, "text")])
    return r.json_doc(f"grad/applicants_{n}.json", records, marks)


def grad_interview(rng, n):
    t = Lines()
    p = rec(rng, rng.choice([0, 9]))
    t.put(f"{GRAD.name} 面接記録（第{n + 1}回）")
    t.put("受験者 ", p.name, " 氏、生年月日 ", p.birth, "。")
    t.put("面接官は", val("PERSON", rec(rng).person.family), "教授と", val("PERSON", rec(rng).person.family), "准教授。")
    t.put("本人によれば", v.sensitive(rng, rng.choice(["人種・民族", "信条", "労働組合"])), "であり、研究テーマとも関わるとのこと。")
    if rng.random() < 0.5:
        t.put("健康面では", v.sensitive(rng, "病歴"), "と申告あり。")
    t.put("研究計画は", v.historical(rng), "の書状を扱う地域史。")
    t.put("面接日 ", ids.other_date(rng, n), "　連絡先 ", p.phone)
    return m.odt_doc(f"grad/面接記録_{n:02d}.odt", t)


def kaigo_students(rng, n):
    students = Grid("受講番号", "氏名", "フリガナ", "生年月日", "電話", "メール", "勤務先事業所")
    mock = Grid("模試実施日", "氏名", "得点")
    for i in range(rng.randrange(14, 22)):
        p = rec(rng)
        students.add(f"K{n}{i:02d}", p.name, p.kana, p.birth, p.phone, p.email, f"特養{rng.choice(['あおば', 'ひまわり'])}")
        mock.add(ids.other_date(rng, i), val("PERSON", p.name.text), str(rng.randrange(60, 120)))
    firms = Grid("証明事業所", "法人番号")
    for name in ("社会福祉法人 みどり会", "株式会社ケアライフ"):
        firms.add(name, ids.corporate(rng))
    return r.xlsx_doc(f"kaigo/受講生名簿_{n}.xlsx",
                      [("受講生", students, "令和8年度 受験対策講座"), ("模試", mock, None), ("実務経験証明", firms, None)])


def kaigo_maildir(rng, n):
    p = rec(rng, 0)
    sheet = Grid("氏名", "生年月日", "住所", "電話")
    sheet.add(p.name, p.birth, p.address, p.phone)
    b = Lines()
    b.put(f"{KAIGO.name} ご担当者様").put("受講申込書を添付します。").put(p.name)
    b.put("私は", v.sensitive(rng, "障害"), "のため、模試は別室受験を希望します。")
    b.put("携帯 ", p.phone)
    doc = m.eml_doc("x", f"{p.person.roman()} <{p.email.text}>", KAIGO.email.text, "受講申込", b, n,
                    [r.csv_doc("moushikomi.csv", sheet)], header=[val("PERSON", p.person.roman()), p.email])
    doc.path = f"kaigo/Maildir/cur/17{n:08d}.M{n}P24.mailhost:2,S"
    doc.items = [type(i)(doc.path + i.path[1:], i.mark, i.location) for i in doc.items]
    return doc


def brew_mbox(rng, n):
    mails = []
    for i in range(rng.randrange(4, 8)):
        p = rec(rng, 0)
        b = Lines()
        b.put(f"{BREW.name} 事務局様").put("住所が変わりました。新住所 ", p.postal, " ", p.address)
        b.put("誕生日 ", p.birth, " のクーポンは新住所へお願いします。")
        b.put("お気に入りは", v.product_like(rng), "です。").put(p.name, "（", p.phone, "）")
        mails.append((f"{p.person.roman()} <{p.email.text}>", BREW.email.text, "住所変更", b, i,
                      [val("PERSON", p.person.roman()), p.email]))
    return m.mbox_doc(f"brew/club_{n:02d}.mbox", mails)


def brew_members(rng, n):
    g = Grid("会員番号", "氏名", "誕生日", "メール", "電話", "好きな銘柄")
    for i in range(rng.randrange(20, 30)):
        p = rec(rng, 1)
        g.add(f"Y{n}{i:03d}", p.name, p.birth, p.email, p.phone, v.product_like(rng))
    return r.csv_doc(f"brew/members_{n}.csv", g, "cp932")


def fire_schedule(rng, n):
    intro = Lines()
    intro.put(f"{FIRE.name}　消防用設備等点検 実施予定").put(f"建物：{rng.choice(people.BUILDINGS)}")
    intro.put("点検日 ", ids.other_date(rng, n), "　連絡先 ", FIRE.phone)
    g = Grid("部屋", "居住者", "電話", "備考")
    for i in range(rng.randrange(10, 16)):
        p = rec(rng, 0)
        note = v.sensitive(rng, "障害") if i % 5 == 0 else ("不在時は管理人立会い" if i % 3 else "")
        g.add(f"{i // 4 + 1}0{i % 4 + 1}", p.name, p.phone, note)
    return r.html_doc(f"fire/schedule_{n:02d}.html", "点検実施予定", intro, g)


def fire_report(rng, n):
    t = Lines()
    letterhead(t, FIRE)
    t.gap().put("点検結果報告書")
    for _ in range(rng.randrange(3, 6)):
        p = rec(rng, 0)
        t.put("居住者 ", p.name, " 様方（", p.address, "）：感知器1台交換。")
    p = rec(rng, 0)
    t.put("立会人 ", p.name, " 様（", p.phone, "）より、", v.sensitive(rng, "犯罪被害"), "とのことで防犯の相談あり。")
    t.put("点検者 ", val("PERSON", rec(rng).person.family), "　点検日 ", ids.other_date(rng, n))
    return m.rtf_doc(f"fire/report_{n:02d}.rtf", t)


def eggs_subscribers(rng, n):
    g = Grid()
    for i in range(rng.randrange(18, 26)):
        p = rec(rng, 0)
        g.add(p.name, p.postal, p.address, p.phone, val("CREDIT_CARD", ids.card(rng, False)),
              rng.choice(["火", "金"]), ids.other_date(rng, i))
    return r.csv_doc(f"eggs/teiki_{n}.csv", g)


def eggs_notes(rng, n):
    t = Lines()
    t.put("配達メモ ", EGGS.name).put(v.health_notice(rng))
    for _ in range(rng.randrange(4, 7)):
        p = rec(rng, 0)
        t.put(val("PERSON", p.person.family), "さん宅（", p.address, "）、不在時は玄関先。電話 ", p.phone)
    p = rec(rng, 0)
    t.put(p.name, "さんは", v.sensitive(rng, "障害"), "なので手渡しで。")
    t.put("商品コード ", ids.product_code(rng), " の卵パック在庫少")
    return r.text_doc(f"eggs/配達メモ_{n:02d}.txt", t, "cp932", "\r\n")


def mahjong_roster(rng, n):
    g = Grid("氏名", "生年月日", "電話", "緊急連絡先", "健康メモ")
    for i in range(rng.randrange(15, 22)):
        p, kin = rec(rng, 0, birth_style=rng.choice([1, 2, 5, 6])), rec(rng, 0)
        memo = v.sensitive(rng, rng.choice(["病歴", "障害", "健康診断結果"])) if i % 2 == 0 else ""
        g.add(p.name, p.birth, p.phone, [kin.name, " ", kin.phone], memo)
    return r.xlsx_doc(f"mahjong/会員名簿_{n}.xlsx", [("会員", g, "健康麻雀 さくら会 会員名簿")])


def mahjong_letter(rng, n):
    t = Lines()
    t.put(f"{MAHJONG.name} 会報 第{n + 10}号").put(v.health_notice(rng), "。")
    for _ in range(3):
        p = rec(rng, 0)
        t.put("今月の優勝は", p.name, "さん（", str(ids.age_of(p.birth)), "歳）でした。")
    p = rec(rng, 0)
    t.put(p.name, "さんは", v.sensitive(rng, "健康診断結果"), "と言われたそうで、しばらくお休みです。")
    t.put("世話役 ", val("PERSON", rec(rng).person.family), "　次回 ", ids.other_date(rng, n))
    return r.docx_doc(f"mahjong/会報_{n:02d}.docx", t)
