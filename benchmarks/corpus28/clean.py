"""Files of corpus 28 with no personal value: price lists, timetables, notices, manuals,
catalogues and newsletters, where only look-alikes are written (the office's own details,
dates that are no one's birth, product codes, sample names, notices about health)."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus28 import ids
from benchmarks.corpus28 import vocab as v
from benchmarks.corpus28.organisations import ORGS
from benchmarks.corpus28.render_mail import eml, zipped
from benchmarks.corpus28.render_office import docx_doc, odt_doc, pdf_doc, pptx_doc, xlsx_doc
from benchmarks.corpus28.render_text import csv_doc, fixed, html_doc, json_doc, rtf_doc, txt, xml_doc

ITEMS = ["外壁用シリコン塗料", "防水シート", "点眼容器", "リード（小型犬用）", "配達用保冷バッグ", "弓懸（ゆがけ）",
         "リード楽器用ケース", "水栓カートリッジ", "ガスメーター", "折込チラシ", "プログラミング教材", "介護用手すり"]
TOPICS = ["年末年始の営業について", "駐車場工事のお知らせ", "料金改定のご案内", "避難訓練の実施について",
          "システムメンテナンスのお知らせ", "新年度の行事予定", "研修会のご案内", "夏季休業のお知らせ"]


def notice(rng: random.Random, org) -> Lines:
    lines = Lines().put(org.name, "　", rng.choice(TOPICS)).put("掲示日：", ids.event_date(rng, style=rng.choice([0, 1])))
    lines.gap().put("日頃より格別のご高配を賜り、厚く御礼申し上げます。")
    lines.put("実施日：", ids.event_date(rng, style=0), "　時間：9:00〜12:00")
    lines.put(v.health_notice(rng), "。").put(*org.letterhead()).put("メール：", org.mail())
    return lines


def price_grid(rng: random.Random, org) -> Grid:
    grid = Grid("品番", "品名", "型式", "単価", "改定日")
    for _ in range(rng.randint(12, 20)):
        grid.add(ids.product_code(rng), rng.choice(ITEMS), ids.model_number(rng), f"{rng.randint(2, 500) * 100:,}",
                 ids.event_date(rng, 2026, 3))
    grid.add("販売元", org.name, "", org.tel(), "")
    return grid


def clean(rng: random.Random, n: int):
    org = list(ORGS.values())[n % len(ORGS)]
    folder = f"{org.name.split()[-1]}/共有/お知らせ"
    kind = n % 16
    if kind == 0:
        return txt(f"{folder}/oshirase_{n}.txt", notice(rng, org), cp932=True, clean=True)
    if kind == 1:
        return csv_doc(f"{folder}/kakaku_{n}.csv", price_grid(rng, org), cp932=n % 2 == 1, clean=True)
    if kind == 2:
        return xlsx_doc(f"{folder}/価格表_{n}.xlsx", [("価格", price_grid(rng, org))], clean=True)
    if kind == 3:
        manual = Lines().put("記入要領").put("氏名欄の記入例：", v.sample_name(rng)).put(v.policy(rng))
        manual.put("提出先：〒", org.zip_mark(), " ", org.addr())
        return docx_doc(f"{folder}/記入要領_{n}.docx", [manual, price_grid(rng, org)], clean=True)
    if kind == 4:
        slides = [("安全衛生研修", Lines().put(v.health_notice(rng)).put(v.health_notice(rng))),
                  ("先人に学ぶ", Lines().put(v.historical(rng), "と", v.historical(rng), "の言葉")),
                  ("問合せ", Lines().put(org.tel()).put(org.mail()))]
        return pptx_doc(f"{folder}/研修_{n}.pptx", slides, clean=True)
    if kind == 5:
        return html_doc(f"{folder}/privacy_{n}.html", "個人情報保護方針",
                        [Lines().put("個人情報保護方針").put(v.policy(rng)).put(v.policy(rng)).put("窓口：", org.tel(), " ",
                         org.mail()).put("所在地：", org.addr())], clean=True)
    if kind == 6:
        tree = {"office": org.name, "contact": {"tel": org.tel(), "fax": org.fax_mark(), "mail": org.mail()},
                "holidays": [ids.event_date(rng, 2026, 5) for _ in range(6)], "corporate_no": org.corp_mark()}
        return json_doc(f"{folder}/settings_{n}.json", tree, clean=True)
    if kind == 7:
        records = [("item", [("code", ids.product_code(rng)), ("model", ids.model_number(rng)),
                             ("name", rng.choice(ITEMS))]) for _ in range(rng.randint(10, 16))]
        return xml_doc(f"{folder}/catalog_{n}.xml", "catalog", records, clean=True)
    return clean_more(rng, n, org, folder, kind)


def clean_more(rng: random.Random, n: int, org, folder: str, kind: int):
    if kind == 8:
        return pdf_doc(f"{folder}/chirashi_{n}.pdf", [notice(rng, org)], clean=True)
    if kind == 9:
        body = notice(rng, org).put("配信停止はこちら：", org.mail())
        return eml(f"{folder}/news_{n}.eml", [("From", org.email), ("To", org.email), ("Subject", "お知らせ")], body,
                   clean=True)
    if kind == 10:
        records = [[(16, ids.product_code(rng)), (10, ids.model_number(rng)), (20, rng.choice(ITEMS)),
                    (10, f"{rng.randint(1, 999) * 10}")] for _ in range(rng.randint(15, 25))]
        return fixed(f"{folder}/ITEM{n:03d}.DAT", records, clean=True)
    if kind == 11:
        return rtf_doc(f"{folder}/template_{n}.rtf", Lines().put("送付状").put("記入例：", v.sample_name(rng), " 様")
                       .put(*org.letterhead()), clean=True)
    if kind == 12:
        schedule = Grid("日付", "行事", "場所")
        for _ in range(rng.randint(8, 14)):
            schedule.add(ids.event_date(rng, 2026, 0), rng.choice(TOPICS), "本部会議室")
        return odt_doc(f"{folder}/nenkan_{n}.odt", [notice(rng, org), schedule], clean=True)
    if kind == 13:
        account = Lines().put("お振込先のご案内").put("口座番号：", org.bank()).put("名義：", org.name)
        return zipped(f"{folder}/furikomi_{n}.zip", [txt("furikomi.txt", account), csv_doc("kakaku.csv",
                      price_grid(rng, org))], clean=True)
    if kind == 14:
        grid = Grid("曜日", "開始", "終了", "担当窓口電話")
        for day in "月火水木金":
            grid.add(day, "9:00", "17:30", org.tel())
        return xlsx_doc(f"{folder}/受付時間_{n}.xlsx", [("受付", grid)], clean=True)
    body = Lines().put(rng.choice(TOPICS)).put("事業所番号 ", ids.office_number(rng)).put("法人番号 ", org.corp_mark())
    body.put(ids.ticket_number(rng), "（受付番号）").put(v.pet(rng), "号（社用車の愛称）")
    return txt(f"{folder}/memo_{n}.txt", body, clean=True)
