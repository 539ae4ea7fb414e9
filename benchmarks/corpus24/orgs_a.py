"""A 神輿 preservation society, a 地域おこし協力隊 office, a theatre's ticket desk, a fishing-port
market's buyers' register, an 合気道 dojo and a mobile 鍼灸 service."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines, val
from benchmarks.corpus24 import ids, people
from benchmarks.corpus24 import render as r
from benchmarks.corpus24 import render_more as m
from benchmarks.corpus24 import vocab as v
from benchmarks.corpus24.common import letterhead, org, rec

MIKOSHI = org("宮町神輿保存会", "miyamachi-mikoshi.example.jp", 2401)
KYORYOKU = org("北杜川町 地域おこし協力隊 受入事務局", "kitamorigawa.example.lg.jp", 2402)
THEATRE = org("劇場さざなみ座 チケットデスク", "sazanamiza.example.jp", 2403)
PORT = org("青浜漁港地方卸売市場", "aohama-ichiba.example.jp", 2404)
AIKIDO = org("合気道 清和館道場", "seiwakan.example.jp", 2405)
SHINKYU = org("訪問鍼灸マッサージ こもれび", "komorebi-hari.example.jp", 2406)


def mikoshi_roster(rng, n):
    bearers = Grid("No", "氏名", "呼び名", "フリガナ", "生年月日", "連絡先", "住所", "持病など", "申込日")
    for i in range(rng.randrange(14, 22)):
        p = rec(rng)
        ill = v.sensitive(rng, rng.choice(["病歴", "障害"])) if rng.random() < 0.3 else "なし"
        bearers.add(str(i + 1), p.name, people.nickname(rng) if i % 2 else "", p.kana, p.birth, p.phone, p.address, ill, ids.other_date(rng, i))
    officers = Grid("役職", "氏名", "連絡先")
    for role in ("会長", "副会長", "会計", "渡御長"):
        p = rec(rng, style=0)
        officers.add(role, p.name, p.phone)
    lore = Grid("神輿", "由来")
    lore.add("一之宮神輿", ["", v.historical(rng), "の奉納と伝わる"])
    lore.add("子供神輿", ["町内の", v.place_like(rng), "で担ぐ"])
    return r.xlsx_doc(f"mikoshi/担ぎ手名簿_{2024 + n % 3}_{n}.xlsx",
                      [("担ぎ手", bearers, f"秋季例大祭 担ぎ手名簿 第{n + 1}班"), ("役員", officers, None),
                       ("神輿の由来", lore, None)])


def mikoshi_notice(rng, n):
    t = Lines()
    letterhead(t, MIKOSHI, full=False)
    t.gap().put("回覧　例大祭の担ぎ手の皆さまへ").put(v.faith_event(rng), "。")
    leader, nurse, hurt = rec(rng, 0), rec(rng, 0), rec(rng)
    t.put("当日の集合は", ids.other_date(rng, 1), "午前八時、世話役 ", val("PERSON", leader.person.family), " の指示に従ってください。")
    t.put("救護係は看護師の", nurse.name, "さん（連絡先 ", nurse.phone, "）が務めます。")
    t.put(v.health_notice(rng), "。")
    t.put(val("PERSON", hurt.person.family), "さんは", v.sensitive(rng, "病歴"), "のため、今年は太鼓役に回ります。")
    if rng.random() < 0.5:
        t.put("昨年の祭りで", val("PERSON", hurt.person.kanji(False)), "さんが", v.sensitive(rng, "犯罪被害"), "の件は示談が済みました。")
    t.put("文責 会計 ", rec(rng, 1).name)
    return r.text_doc(f"mikoshi/回覧_{n:02d}.txt", t, "cp932", "\r\n")


def kyoryoku_application(rng, n):
    head = Lines()
    head.put("地域おこし協力隊 応募用紙").put(KYORYOKU.name + " 御中")
    p = rec(rng, 0, birth_style=rng.choice([1, 6, 0]))
    form = Grid("項目", "記入欄")
    form.add("氏名", p.name).add("ふりがな", val("PERSON", p.person.kana())).add("生年月日", p.birth)
    form.add("現住所", [p.postal, " ", p.address]).add("電話", p.phone).add("メール", p.email)
    form.add("本籍", people.domicile(rng)).add("運転免許証番号", val("DRIVERS_LICENSE", ids.licence(rng)))
    form.add("健康状態", v.sensitive(rng, "病歴") if rng.random() < 0.5 else "良好")
    tail = Lines()
    tail.put("志望動機：", v.place_like(rng), "の景観に惹かれ、移住を決めました。")
    if rng.random() < 0.4:
        tail.put("前職では", v.sensitive(rng, "労働組合"), "として職場改善に取り組みました。")
    tail.put("受付日 ", ids.other_date(rng, n), "　担当 ", val("PERSON", rec(rng).person.family))
    tail.put("問合せ先 ", KYORYOKU.phone)
    return r.docx_doc(f"kyoryokutai/応募用紙_{n + 1:03d}.docx", head, form, tail)


def kyoryoku_payroll(rng, n):
    g = Grid()
    for _ in range(rng.randrange(8, 14)):
        p = rec(rng, 1)
        g.add(p.name, val("MY_NUMBER", ids.my_number(rng)), val("BASIC_PENSION_NUMBER", ids.pension(rng)),
              val("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng)), val("BANK_ACCOUNT", ids.account(rng)), p.address,
              p.birth)
    return r.csv_doc(f"kyoryokutai/報酬支払_{n}.csv", g, "cp932")


def theatre_orders(rng, n):
    g = Grid("受付番号", "公演日", "氏名", "フリガナ", "電話番号", "メール", "カード番号", "備考")
    for i in range(rng.randrange(18, 28)):
        p = rec(rng, rng.choice([0, 1, 3]))
        note = v.sensitive(rng, "障害") if rng.random() < 0.15 else ""
        g.add(ids.order_number(rng), ids.other_date(rng, i), p.name, p.kana, p.phone, p.email,
              val("CREDIT_CARD", ids.card(rng, rng.random() < 0.5)), note)
    return r.csv_doc(f"theatre/orders_{n:02d}.csv", g, bom=True)


def theatre_mail(rng, n):
    p = rec(rng, 0)
    b = Lines()
    b.put(f"{THEATRE.name} 御中").gap()
    b.put("「", v.historical(rng), "暗殺」の公演について問い合わせます。").put("私は", v.sensitive(rng, "障害"), "のため、通路側の席を希望します。")
    b.put("支払いはカード ", val("CREDIT_CARD", ids.card(rng)), " でお願いします。")
    b.put("連絡先 ", p.phone).gap().put(p.name)
    return m.eml_doc(f"theatre/mail_{n:02d}.eml", f"{p.person.roman()} <{p.email.text}>", THEATRE.email.text,
                     "車いす席の予約", b, n, header=[val("PERSON", p.person.roman()), p.email])


def port_export(rng, n):
    rows = []
    for i in range(rng.randrange(20, 30)):
        p = rec(rng, 1, birth_style=4)
        rows.append([f"B{n:02d}{i:03d}", val("PERSON", p.person.katakana().replace(" ", "")), p.name, p.birth,
                     val("PHONE", p.phone.text.replace("-", "")), p.address, val("BANK_ACCOUNT", ids.account_number(rng))])
    return r.fixed_width(f"port/NAKAGAI{n:02d}.DAT", rows, [8, 22, 14, 10, 13, 60, 14])


def aikido_form(rng, n):
    t = Lines()
    kid = rng.random() < 0.4
    p, guardian = rec(rng, 0, young=kid), rec(rng, 0)
    t.put(f"{AIKIDO.name} 入門申込書").put("氏名　", p.name, "　（", p.kana, "）").put("生年月日　", p.birth)
    phone = val("PHONE", ids.wide(p.phone.text)) if n % 3 == 0 else p.phone
    t.put("住所　", p.postal, "　", p.address).put("電話　", phone, "　メール　", p.email)
    if kid:
        t.put("保護者氏名　", guardian.name, "　連絡先　", guardian.phone)
    t.put("既往症・けが　", v.sensitive(rng, "病歴") if rng.random() < 0.5 else "特になし")
    if rng.random() < 0.4:
        t.put("稽古日の配慮　", v.sensitive(rng, "宗教"))
    t.put("入門日　", ids.other_date(rng, n)).put("道場連絡先　", AIKIDO.phone, "　", AIKIDO.email)
    return r.text_doc(f"aikido/入門申込_{n:03d}.txt", t)


def aikido_members(rng, n):
    members = Grid("会員番号", "氏名", "生年月日", "級・段", "電話", "住所")
    grading = Grid("審査日", "氏名", "受審級", "結果")
    for i in range(rng.randrange(15, 24)):
        p = rec(rng)
        members.add(f"S{n}{i:03d}", p.name, p.birth, rng.choice(["5級", "3級", "1級", "初段", "弐段"]), p.phone, p.address)
        if i % 3 == 0:
            grading.add(ids.other_date(rng, i), val("PERSON", p.name.text), rng.choice(["4級", "2級", "初段"]), "合格")
    return r.xlsx_doc(f"aikido/会員台帳_{n}.xlsx", [("会員", members, "清和館 会員台帳"), ("審査", grading, "昇級審査記録")])


def shinkyu_record(rng, n):
    pages = []
    for _ in range(rng.randrange(1, 3)):
        t = Lines()
        p = rec(rng, 0)
        t.put(f"{SHINKYU.name}　施術記録").put("患者氏名 ", p.name, "　生年月日 ", p.birth)
        t.put("住所 ", p.address).put("電話 ", p.phone).put("保険者番号 ", val("HEALTH_INSURANCE_NUMBER", ids.insurer(rng)))
        t.put("傷病名 ", v.sensitive(rng, "病歴")).put("同意医師 ", rec(rng, 0).name, " 医師")
        if rng.random() < 0.5:
            t.put("身体状況 ", v.sensitive(rng, "障害"))
        t.put("初回施術日 ", ids.other_date(rng, n)).put("事業所 ", SHINKYU.phone)
        pages.append(t)
    return m.pdf_doc(f"shinkyu/施術記録_{n:03d}.pdf", pages)


def shinkyu_route(rng, n):
    intro = Lines()
    intro.put(f"{SHINKYU.name} 訪問ルート表").put(v.health_notice(rng))
    g = Grid("訪問日", "利用者", "住所", "電話", "メモ")
    for i in range(rng.randrange(8, 14)):
        p = rec(rng, 0)
        g.add(ids.other_date(rng, i), p.name, p.address, p.phone, v.sensitive(rng, "障害") if i % 4 == 0 else "")
    return r.html_doc(f"shinkyu/route_{n:02d}.html", "訪問ルート表", intro, g)


def port_application(rng, n):
    t = Lines()
    p, staff = rec(rng, 1), rec(rng, 0)
    t.put(f"{PORT.name} 買受人 登録申請書").put("申請者 ", p.name, "（", p.kana, "）").put("生年月日 ", p.birth)
    t.put("住所 ", p.postal, " ", p.address).put("電話 ", p.phone).put("本籍 ", people.domicile(rng))
    t.put("欠格事由 ", v.sensitive(rng, "犯罪歴") if rng.random() < 0.4 else "なし")
    t.put("代表者の出自 ", v.sensitive(rng, "人種・民族")) if rng.random() < 0.4 else t.put("通称 ", people.nickname(rng))
    t.put("従業員 ", staff.name, "　", staff.phone).put("保証金口座 ", PORT.account)
    t.put("受付 ", ids.other_date(rng, n), "　市場連絡先 ", PORT.phone)
    return r.text_doc(f"port/登録申請_{n:02d}.txt", t, "cp932", "\r\n")
