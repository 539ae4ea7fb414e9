"""Files of the twenty-five organisations that hold no one's personal data: price lists, menus,
schedules, notices and guides — with their own numbers, codes and dates, which look like values."""

from __future__ import annotations

from benchmarks.corpus16.model import Doc, Grid, Item, Lines
from benchmarks.corpus27 import marks as m
from benchmarks.corpus27 import render as r, render_mail as rm, vocab
from benchmarks.corpus27.organisations import ORGS

KEYS = sorted(ORGS)


def price_list(rng, key, n):
    grid = Grid("商品", "コード", "型番", "単価", "改定日")
    for item in vocab.WAGASHI + ["ボール", "ネット", "ラケット"]:
        grid.add(item, m.luhn_code(rng), m.model_number(rng), f"{rng.randint(2, 90) * 50}", m.day(rng, 0))
    return r.csv_doc(f"{ORGS[key].name}/資料/price_{n:02d}.csv", grid, "cp932" if n % 2 else "utf-8")


def schedule(rng, key, n):
    grid = Grid("日付", "行事", "会場", "問合せ")
    for event in ["定例会", "研修会", "総会", "見学会", "清掃活動", "説明会"]:
        grid.add(m.day(rng, rng.randint(0, 4)), event, m.decoy("ADDRESS", ORGS[key].address, "org_address"),
                 m.decoy("PHONE", ORGS[key].tel, "org_phone"))
    return r.xlsx(f"{ORGS[key].name}/予定/schedule_{n:02d}.xlsx", [("予定", grid)])


def notice(rng, key, n):
    text = m.head(Lines(), key, "お知らせ")
    text.put(m.day(rng, 3), "より受付時間を変更します。").put(m.boilerplate(rng), "。").put(m.privacy(rng), "。")
    text.put("申込書の記入例：", m.sample_name(rng), "（この欄は見本です）")
    return r.html(f"{ORGS[key].name}/お知らせ/notice_{n:02d}.html", "お知らせ", m.foot(text, key))


def guide(rng, key, n):
    text = m.head(Lines(), key, "ご利用案内")
    text.put("受付日：", m.day(rng, 1), "　書類番号 ", m.receipt(rng))
    text.put(m.boilerplate(rng), "。").put("※", m.privacy(rng), "。")
    return rm.pdf(f"{ORGS[key].name}/案内/guide_{n:02d}.pdf", m.foot(text, key))


def poem_sheet(rng, key, n):
    text = Lines().put("吟題一覧")
    for poem in vocab.POEMS[:5]:
        text.put(poem, "　", m.poet(rng), "　（稽古開始 ", m.day(rng, 3), "）")
    return r.txt(f"{ORGS[key].name}/資料/gindai_{n:02d}.txt", text, "cp932")


def catalogue(rng, key, n):
    items, marks = [], []
    for item in vocab.WAGASHI[:6]:
        code, name, when = m.luhn_code(rng), m.thing(rng), m.day(rng, 4)
        items.append({"品名": item, "JAN": code.text, "シリーズ": name.text, "発売日": when.text})
        marks += [code, name, when]
    return r.json_doc(f"{ORGS[key].name}/資料/catalogue_{n:02d}.json", {"店舗": ORGS[key].name, "商品": items}, marks)


def slides(rng, key, n):
    one = Lines().put(*m.contact(key)).put("所在地 ", m.decoy("ADDRESS", ORGS[key].address, "org_address"))
    two = Lines().put(m.boilerplate(rng), "。").put("実施日 ", m.day(rng, 3))
    return r.pptx(f"{ORGS[key].name}/説明会/setsumei_{n:02d}.pptx", [("ご案内", one), ("注意事項", two)])


def newsletter_mail(rng, key, n):
    body = Lines().put("関係者各位").gap().put("次回の会合は", m.day(rng, 3), "です。").put(m.boilerplate(rng), "。")
    body.gap().put(*m.contact(key))
    return rm.eml(f"{ORGS[key].name}/送信/news_{n:02d}.eml", m.org_mail(key), m.org_mail(key, "関係者一斉"),
                  "次回会合のご案内", "Tue, 24 Nov 2026 09:00:00 +0900", body)


def master(rng, key, n):
    text = Lines()
    for item in vocab.WAGASHI:
        code = m.luhn_code(rng)
        text.put(f"{item}".ljust(8, "　"), code, " " * (16 - len(code.text)), m.model_number(rng), "  ", m.day(rng, 0))
    return r.txt(f"{ORGS[key].name}/ホスト/SHOHIN{n:02d}.DAT", text, "cp932")


def minutes(rng, key, n):
    text = m.head(Lines(), key, "運営会議メモ（議題のみ）")
    text.put("開催：", m.day(rng, 3)).put("議題：年間計画、備品購入（", m.model_number(rng), "）、会費の振込先確認")
    text.put(m.boilerplate(rng), "。")
    return (rm.odt if n % 2 else rm.rtf)(f"{ORGS[key].name}/会議/memo_{n:02d}.{'odt' if n % 2 else 'rtf'}",
                                         m.foot(text, key))


def archive(rng, key, n):
    return r.zip_doc(f"{ORGS[key].name}/様式/templates_{n:02d}.zip",
                     [price_list(rng, key, n), poem_sheet(rng, key, n)])


def config(rng, key, n):
    fields = [("主催", ORGS[key].name), ("電話", m.decoy("PHONE", ORGS[key].tel, "org_phone")),
              ("郵便番号", m.decoy("POSTAL_CODE", ORGS[key].postal, "org_postal")), ("開催日", m.day(rng, 4)),
              ("受付番号", m.receipt(rng))]
    return r.xml_doc(f"{ORGS[key].name}/設定/event_{n:02d}.xml", "行事", [("設定", fields)])


KINDS = [price_list, schedule, notice, guide, poem_sheet, catalogue, slides, newsletter_mail, master, minutes,
         archive, config]


def clean(rng, n):
    doc = KINDS[n % len(KINDS)](rng, KEYS[(n * 7) % len(KEYS)], n)
    return Doc(f"共有/{doc.path}", doc.data, [Item(f"共有/{i.path}", i.mark, i.location) for i in doc.items], clean=True)
