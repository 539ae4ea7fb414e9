"""A 鍛冶 workshop's apprentices, a 清酒 wholesaler's routes, a 錦鯉 show, a 和太鼓 society,
an archaeological dig's volunteers and a film-extras registry."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus25 import ids
from benchmarks.corpus25 import render as r
from benchmarks.corpus25 import render_more as m
from benchmarks.corpus25.common import (Org, domicile, named_thing, not_birth, notice, order_number, org_mail, policy,
                                        sens)
from benchmarks.corpus25.people import people

KAJI = Org("土佐打刃物 鍛冶工房 槌音", "高知県香美市土佐山田町西本町3-2", "782-0033", "0887-53-2840", "tsuchioto.example.jp")
SEISHU = Org("丸栄清酒販売株式会社", "兵庫県西宮市今津真砂町4-11", "663-8211", "0798-33-1207", "maruei-sake.example.jp")
KOI = Org("全国錦鯉愛好会 中越支部", "新潟県小千谷市城内1-1-8", "947-0028", "0258-82-1199", "nishikigoi.example.jp")
TAIKO = Org("鬼太鼓 保存会 響", "新潟県佐渡市両津夷269", "952-0011", "0259-27-5018", "hibiki-taiko.example.jp")
DIG = Org("市埋蔵文化財調査センター 発掘ボランティア係", "奈良県橿原市畝傍町1-41", "634-0065", "0744-24-1185",
          "maibun.example.lg.jp")
EXTRAS = Org("エキストラ登録事務局 ロケ支援ネット", "静岡県浜松市中央区元城町103-2", "430-0946", "053-457-2380",
             "locanet.example.jp")


def kaji_pledge(rng, n):
    p, guarantor = people(rng, 2, foreign_share=0.08)
    lines = Lines().put("弟子入り誓約書").gap().put(f"{KAJI.name} 親方 殿").gap()
    lines.put("私 ", p.name(0), "（", p.birth(6), "生）は、貴工房にて鍛冶の修業を行うにあたり下記を誓約します。")
    lines.put("現住所 ", p.address(), "　電話 ", ids.phone(rng))
    lines.put("本籍 ", domicile(rng))
    lines.put("個人番号（給与事務用）", ids.my_number(rng), "　雇用保険被保険者番号 ", ids.employment(rng))
    lines.put("基礎年金番号 ", ids.pension(rng))
    if rng.random() < 0.5:
        lines.put("申告事項：", rng.choice([sens(rng, "犯罪歴"), sens(rng, "病歴")]), "。刃物を扱う修業につき正直に申告します。")
    lines.put("身元保証人 ", guarantor.name(1), "（", guarantor.address(), "、", ids.phone(rng, True), "）")
    lines.put("賃金振込 ", rng.choice(["四国銀行 山田支店", "高知銀行 土佐山田支店"]), " 普通預金 ", ids.account(rng))
    lines.put("誓約日 ", not_birth(rng, 2)).gap().put(*KAJI.head(rng, mail=False))
    return m.rtf(f"kaji/誓約書_{n + 1:02d}.rtf", lines)


def seishu_export(rng, n):
    """The wholesaler's host: route, customer code, name, phone, address, order no., amount (fixed width, CP932)."""
    rows = []
    for p in people(rng, rng.randrange(20, 32), foreign_share=0.0):
        rows.append([(f"R{rng.randrange(1, 9):02d}", 4), (f"{rng.randrange(10000, 99999)}", 6), (p.name(1), 20),
                     (ids.phone(rng, False), 14), (p.address(False), 52), (order_number(rng), 8),
                     (f"{rng.randrange(1, 200) * 1000:>9}", 10)])
    return r.fixed_width(f"seishu/HAISO{n + 1:02d}.DAT", rows)


def koi_entries(rng, n):
    records, marks = [], []
    for i, p in enumerate(people(rng, rng.randrange(12, 20), foreign_share=0.05)):
        koi, name, phone, mail, address, day = (named_thing(rng, "koi_named_like_person"), p.name(rng.choice([0, 1])),
                                                ids.phone(rng), p.email(rng), p.address(), not_birth(rng, 3))
        records.append({"entry": f"K{n + 1}-{i + 1:03d}", "koi": koi.text, "size_cm": rng.randrange(20, 90),
                        "owner": {"name": name.text, "tel": phone.text, "mail": mail.text, "address": address.text},
                        "received": day.text})
        marks += [koi, name, phone, mail, address, day]
    return r.json_doc(f"koi/品評会エントリー_{n + 1}.json", records, marks, key="entries")


def taiko_page(rng, n):
    lines = Lines().put(*TAIKO.head(rng)).put("会員向けページ（パスワード保護）")
    lines.put("今月の稽古は ", not_birth(rng, 0), " から。", notice(rng))
    grid = Grid("氏名", "パート", "連絡先", "生年月日", "配慮事項")
    for p in people(rng, rng.randrange(12, 20), foreign_share=0.03):
        care = rng.choice([sens(rng, "障害"), sens(rng, "病歴"), "", ""])
        grid.add(p.name(rng.choice([0, 1, 2])), rng.choice(["大太鼓", "締太鼓", "笛", "鉦"]), ids.phone(rng),
                 p.birth(rng.choice([0, 3])), care)
    return r.html(f"taiko/members_{n + 1}.html", "鬼太鼓 響 会員名簿", lines, grid)


def dig_register(rng, n):
    records, marks = [], []
    for p in people(rng, rng.randrange(14, 22)):
        fields = [("氏名", p.name(0)), ("ふりがな", p.kana()), ("生年月日", p.birth(rng.choice([1, 4]))),
                  ("住所", p.address()), ("電話", ids.phone(rng)), ("保険者番号", ids.insurer(rng))]
        if rng.random() < 0.3:
            fields.append(("健康状態", rng.choice([sens(rng, "病歴"), sens(rng, "健康診断結果")])))
        fields.append(("参加日", not_birth(rng, 3)))
        records.append(("volunteer", [(k, v.text) for k, v in fields]))
        marks += [v for _, v in fields]
    return r.xml_doc(f"hakkutsu/volunteers_{n + 1}.xml", "register", records, marks)


def extras_book(rng, n):
    """Registrants, the casting notes and the shoot days: three sheets."""
    reg = Grid("登録No", "氏名", "カナ", "生年月日", "住所", "携帯", "メール")
    notes, shoot = Grid("登録No", "氏名", "外見・特記"), Grid("撮影日", "ロケ地", "集合", "担当")
    for i, p in enumerate(people(rng, rng.randrange(20, 32), foreign_share=0.2)):
        no = f"EX{n + 1}{i + 1:04d}"
        reg.add(no, p.name(0), p.kana(), p.birth(rng.choice([1, 2, 8])), p.address(), ids.phone(rng, True), p.email(rng))
        if p.foreign:
            notes.add(no, p.name(1), ["在留カード ", ids.residence_card(rng), "／", sens(rng, "人種・民族")])
        elif rng.random() < 0.5:
            notes.add(no, p.name(1), rng.choice([sens(rng, "人種・民族"), sens(rng, "障害"), "眼鏡可", "長髪"]))
    for _ in range(rng.randrange(4, 8)):
        shoot.add(not_birth(rng, 1), named_thing(rng, "place_named_like_person"), "7:00", people(rng, 1)[0].surname())
    shoot.add("備考", policy(rng), "", "")
    return r.xlsx(f"extras/登録者_{n + 1}.xlsx", [("登録者", reg, "ロケ支援ネット 登録者一覧"), ("特記", notes, None),
                                                 ("撮影予定", shoot, "撮影スケジュール")])


def extras_mail(rng, n):
    p = people(rng, 1, foreign_share=0.2)[0]
    address = p.email(rng)
    body = Lines().put(p.name(1), "です。エキストラ登録をお願いします。").put("生年月日は ", p.birth(0), "、住所は ",
                                                                   p.address(), " です。")
    body.put("電話 ", ids.phone(rng, True), "／当日連絡はメール ", address, " へ。")
    if rng.random() < 0.6:
        body.put("撮影では", sens(rng, "人種・民族"), "の役柄も可能です。")
    body.put("撮影日 ", not_birth(rng, 0), " 希望です。")
    return m.eml(f"extras/Maildir/cur/17{n:08d}.M{n}P4412.mailhost:2,S", address, org_mail(EXTRAS, "touroku"),
                 "エキストラ登録希望", body, m.when(rng))
