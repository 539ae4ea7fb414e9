"""A food-truck vendors' registry for events, a mothers' volleyball club, a university alumni
office, a self-storage contract desk, a seed mail-order house and a beach hut's summer staff."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines, val
from benchmarks.corpus24 import ids, people
from benchmarks.corpus24 import render as r
from benchmarks.corpus24 import render_more as m
from benchmarks.corpus24 import vocab as v
from benchmarks.corpus24.common import letterhead, org, rec

TRUCK = org("かわべりマルシェ実行委員会 出店者窓口", "kawaberi-marche.example.jp", 2421)
VOLLEY = org("ママさんバレー 若潮クラブ", "wakashio-vc.example.jp", 2422)
ALUMNI = org("稲沢学院大学 校友会事務局", "inazawa-koyu.example.ac.jp", 2423)
STORAGE = org("トランクルーム ハコベース 契約窓口", "hakobase.example.co.jp", 2424)
SEEDS = org("ふたば種苗 通信販売部", "futaba-seeds.example.co.jp", 2425)
BEACH = org("海の家 しおさい 事務所", "shiosai-beach.example.jp", 2426)


def truck_vendors(rng, n):
    vendors = Grid("屋号", "代表者", "電話", "メール", "住所", "営業許可番号", "出店日")
    for i in range(rng.randrange(12, 18)):
        p = rec(rng, rng.choice([0, 9]))
        vendors.add(rng.choice(["ケバブ", "クレープ", "カレー", "たこ焼き"]) + f"{i + 1}号", p.name, p.phone, p.email,
                    p.address, f"第{rng.randrange(1000, 9999)}号", ids.other_date(rng, i))
    staff = Grid("屋号", "スタッフ", "生年月日")
    for i in range(rng.randrange(8, 12)):
        p = rec(rng)
        staff.add(f"{i + 1}号", p.name, p.birth)
    fees = Grid("項目", "内容")
    fees.add("出店料振込先", TRUCK.account).add("会場", v.place_like(rng))
    return r.xlsx_doc(f"truck/出店者一覧_{n}.xlsx", [("出店者", vendors, "かわべりマルシェ 出店者一覧"),
                                                   ("スタッフ", staff, "当日スタッフ"), ("要項", fees, None)])


def truck_mail(rng, n):
    p = rec(rng, 0)
    b = Lines()
    b.put(f"{TRUCK.name} 御中").put("出店申込です。代表 ", p.name, "、携帯 ", p.phone)
    b.put("住所 ", p.postal, " ", p.address).put("保健所の営業許可証の写しと車検証を添付します。")
    if rng.random() < 0.5:
        b.put("なお当方は", v.dietary_faith(rng), "のため、仕込みは自分たちで行います。")
    b.put("振込は ", val("BANK_ACCOUNT", ids.account(rng)), " から行います。")
    return m.eml_doc(f"truck/申込_{n:02d}.eml", f"<{p.email.text}>", TRUCK.email.text, "出店申込", b, n, header=[p.email])


def volley_roster(rng, n):
    g = Grid("背番号", "氏名", "コートネーム", "生年月日", "電話", "メール", "既往歴・けが")
    for i in range(rng.randrange(12, 16)):
        p = rec(rng, 0)
        ill = v.sensitive(rng, rng.choice(["病歴", "健康診断結果"])) if i % 2 == 0 else ""
        g.add(str(i + 1), p.name, people.nickname(rng), p.birth, p.phone, p.email, ill)
    return r.csv_doc(f"volley/部員名簿_{n}.csv", g, "cp932")


def volley_minutes(rng, n):
    t = Lines()
    t.put(f"{VOLLEY.name} 役員会議事録").put("日時 ", ids.other_date(rng, n), "　会場 ", v.place_like(rng), "体育館")
    t.put("出席 ", rec(rng, 0).name, "、", rec(rng, 0).name, "、", rec(rng, 0).name)
    p = rec(rng, 0)
    t.put("1. ", val("PERSON", p.person.family), "さんが", v.sensitive(rng, "病歴"), "のため当面休部。")
    t.put("2. 大会申込の代表者連絡先は ", rec(rng).phone, " とする。")
    t.put("3. ", v.health_notice(rng), "。")
    t.put("記録 主将 ", val("PERSON", rec(rng).person.family))
    return r.pptx_doc(f"volley/議事録_{n:02d}.pptx", [t]) if n % 2 else r.text_doc(f"volley/議事録_{n:02d}.txt", t)


def alumni_roster(rng, n):
    g = Grid("卒業年", "学部", "氏名", "旧姓", "生年月日", "郵便番号", "住所", "電話", "メール")
    for i in range(rng.randrange(20, 30)):
        p = rec(rng, 1, birth_style=rng.choice([0, 3, 7]))
        old = val("PERSON", rng.choice(people.SURNAMES)[0]) if i % 4 == 0 else ""
        g.add(str(rng.randrange(1965, 2020)), rng.choice(["経済", "文", "工"]), p.name, old, p.birth, p.postal,
              p.address, p.phone, p.email)
    return r.csv_doc(f"alumni/会員名簿_{n}.csv", g, "cp932")


def alumni_letter(rng, n):
    t = Lines()
    letterhead(t, ALUMNI, full=False)
    t.gap().put("訃報・近況のお知らせ")
    for _ in range(rng.randrange(3, 6)):
        p = rec(rng, 0)
        t.put(p.name, "さん（", str(rng.randrange(1970, 2010)), "年卒）は", rng.choice(["現在", "昨年から"]), " ",
              v.sensitive(rng, rng.choice(["病歴", "労働組合", "信条"])), "とのことです。")
    t.put("総会は", ids.other_date(rng, n), "、", v.place_like(rng), "のホテルにて。")
    return r.docx_doc(f"alumni/会報_{n:02d}.docx", t)


def storage_contract(rng, n):
    t = Lines()
    p, guarantor = rec(rng, 0), rec(rng, 0)
    t.put("トランクルーム利用契約書").put("契約者 ", p.name, "（", p.kana, "）生年月日 ", p.birth)
    t.put("住所 ", p.postal, " ", p.address).put("電話 ", p.phone, "　メール ", p.email)
    t.put("本人確認 運転免許証 ", val("DRIVERS_LICENSE", ids.licence(rng)))
    t.put("連帯保証人 ", guarantor.name, "　電話 ", guarantor.phone)
    t.put("引落口座 ", val("BANK_ACCOUNT", ids.account(rng)))
    t.put("契約開始日 ", ids.other_date(rng, n), "　区画 ", v.place_like(rng), "店 B-", str(rng.randrange(1, 60)))
    letterhead(t, STORAGE)
    return m.pdf_doc(f"storage/契約書_{n:03d}.pdf", [t])


def storage_ledger(rng, n):
    g = Grid("区画", "契約者", "電話", "カード", "更新日")
    for i in range(rng.randrange(15, 22)):
        p = rec(rng)
        g.add(f"A-{i + 1:02d}", p.name, p.phone, val("CREDIT_CARD", ids.card(rng)), ids.other_date(rng, i))
    return r.xlsx_doc(f"storage/契約台帳_{n}.xlsx", [("契約", g, None)])


def seeds_orders(rng, n):
    records = []
    for i in range(rng.randrange(10, 15)):
        p = rec(rng, 0)
        records.append([("order_no", ids.order_number(rng)), ("name", p.name), ("zip", p.postal), ("address", p.address),
                        ("tel", p.phone), ("item", ids.product_code(rng)), ("ship_date", ids.other_date(rng, 3))])
    return m.xml_doc(f"seeds/orders_{n:02d}.xml", "orders", records)


def beach_staff(rng, n):
    g = Grid("氏名", "フリガナ", "生年月日", "個人番号", "基礎年金番号", "雇用保険被保険者番号", "振込口座", "住所")
    for _ in range(rng.randrange(8, 14)):
        p = rec(rng, 0, young=rng.random() < 0.5)
        g.add(p.name, p.kana, p.birth, val("MY_NUMBER", ids.my_number(rng, rng.randrange(3))),
              val("BASIC_PENSION_NUMBER", ids.pension(rng)), val("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng)),
              val("BANK_ACCOUNT", ids.account(rng)), p.address)
    lots = Grid("備品", "ロット")
    lots.add("浮き輪", ids_lot(rng)).add("パラソル", ids_lot(rng))
    return r.xlsx_doc(f"beach/アルバイト_{n}.xlsx", [("スタッフ", g, "海の家しおさい 夏季アルバイト"), ("備品", lots, None)])


def ids_lot(rng):
    from benchmarks.corpus16.model import decoy
    return decoy("BASIC_PENSION_NUMBER", ids.pension(rng), "lot_number_pension_shape")


def beach_archive(rng, n):
    docs = [beach_staff(rng, n)]
    t = Lines()
    t.put("シフト連絡 ", BEACH.phone)
    for _ in range(4):
        p = rec(rng, 0)
        t.put(p.name, " ", p.phone)
    docs.append(r.text_doc("shift.txt", t))
    docs[0].path = "staff.xlsx"
    docs[0].items = [type(i)("staff.xlsx", i.mark, i.location) for i in docs[0].items]
    return m.zip_doc(f"beach/提出書類_{n:02d}.zip", docs)
