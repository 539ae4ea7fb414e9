"""Files with no one's data, only look-alikes: an estate agent's flyer deck, a
training timetable, an insurance leaflet, a residents' newsletter, a product
ledger, the building's entry rules and a list of shops."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc, docx_doc, text_doc
from benchmarks.corpus2.truth import Doc, Table, Text, negative
from benchmarks.corpus4 import numbers
from benchmarks.corpus4.clerk import Clerk
from benchmarks.corpus4.land import phone_as
from benchmarks.corpus4.sayings import OF_NO_ONE
from benchmarks.corpus4.writers import ods_doc, odt_doc, pptx_doc, rtf_doc

PRODUCTS = ["らくらく太郎（介護用ベッド）", "ミドリ 薬用シャンプー", "はなこ印の梅干し", "ケンジ工房 木製スツール",
            "さくら号 電動アシスト自転車", "まもる君 防犯ブザー", "ゆうこりん 柔軟剤"]
SHOPS = ["カットハウス 健", "ヘアサロン 千草", "美容室 みどり", "理容 ひろし", "整体院 ひなた", "パン工房 まさこ"]


def _notice(c: Clerk) -> tuple:
    sentence, kind = c.pick(OF_NO_ONE)
    return negative(sentence, "SENSITIVE", kind),


def property_flyer(c: Clerk, n: int) -> Doc:
    office = c.offices[2]
    marks = office.marks()
    title = Text().add(f"新築 {c.pick(['グランシャリオ', 'メゾン・ド・ルミエ', 'レジデンス千草'])} 入居者募集")
    title.add("入居可能日 ", c.not_birth(date(2027, c.between(1, 4), 1), "available_date", "era"))
    grid = Table().add("間取り", "家賃", "管理費", "敷金")
    for plan in ("1K", "1LDK", "2LDK"):
        grid.add(plan, f"{c.between(5, 12)}.{c.between(0, 9)}万円", "5,000円", "1か月")
    contact = Text().add(office.name, "　", marks[1]).add("TEL ", marks[2], "　FAX ", marks[3])
    return pptx_doc(f"不動産/チラシ/募集_{n:02d}.pptx", [[title, grid], [contact]], "property_flyer")


def course_schedule(c: Clerk, n: int) -> Doc:
    text = Text().add(f"令和8年度 研修計画（第{n}期）")
    table = Table(name="日程").add("回", "日程", "テーマ", "会場")
    for k in range(1, 6):
        table.add(str(k), c.not_birth(date(2026, c.between(4, 12), c.between(1, 28)), "course_date", "kanji_west"),
                  c.pick(["報連相", "安全衛生", "メンタルヘルスの基礎", "情報セキュリティ"]),
                  c.pick(["本社 第一研修室", "しおかぜ会館 さくらの間", "オンライン"]))
    tail = Text().add("申込先：人事部 研修担当（内線 2", str(c.between(10, 99)), "）")
    return odt_doc(f"研修/計画/研修計画_{n:02d}.odt", [text, table, tail], "course_schedule")


def insurance_leaflet(c: Clerk, n: int) -> Doc:
    lead = Text().add("医療保険 あんしんプラス のご案内")
    lead.add("がん、心疾患、脳血管疾患で入院されたとき、一時金をお支払いします。")
    lead.add("記入例：証券番号 ", negative(numbers.policy_like_phone(c.rng), "PHONE", "policy_number"))
    lead.add("契約日 ", c.not_birth(date(2026, 4, 1), "contract_date", "era"), " 以降のご契約が対象です。")
    lead.add(*_notice(c))
    office = c.offices[1]
    lead.add("お問い合わせ ", office.name, " ", office.marks()[2])
    return rtf_doc(f"保険代理店/パンフ/案内_{n:02d}.rtf", lead, None, "insurance_leaflet")


def condo_news(c: Clerk, n: int) -> Doc:
    office = c.offices[2]
    text = Text().add(f"管理組合だより 第{40 + n}号")
    text.add("定期総会は ", c.not_birth(date(2027, 5, c.between(1, 28)), "meeting_date", "era"), " に集会室で開きます。")
    text.add(*_notice(c))
    text.add("排水管清掃の日程は掲示板をご覧ください。")
    text.add("管理会社：", office.name, "　", office.marks()[2], "（24時間受付）")
    return text_doc(f"管理組合/だより/だより_{40 + n}.txt", text, "condo_news", encoding="cp932", newline="\r\n")


def product_ledger(c: Clerk, n: int) -> Doc:
    table = Table(name="商品").add("商品コード", "商品名", "単価", "発売日", "備考")
    for _ in range(c.between(5, 8)):
        table.add(negative(numbers.contract_like_my_number(c.rng), "MY_NUMBER", "product_code"),
                  negative(c.pick(PRODUCTS), "PERSON", "product_name"), f"{c.between(3, 98)}00",
                  c.not_birth(date(c.between(2015, 2026), c.between(1, 12), 1), "release_date", "slash"), "")
    return ods_doc(f"商品/台帳_{n:02d}.ods", [table], "product_ledger")


def entry_rules(c: Clerk, n: int) -> Doc:
    office = c.offices[6]
    text = Text().add("入館のルール（協力会社の皆さまへ）")
    text.add("入館時は受付で入館証を受け取り、退館時に返却してください。")
    text.add(*_notice(c))
    text.add("警備室：", office.name, "　", office.marks()[2])
    text.add("改定日：", c.not_birth(date(2026, c.between(1, 11), 1), "revised_date", "kanji_west"))
    return docx_doc(f"警備/ルール/入館ルール_{n:02d}.docx", [text], "entry_rules")


def shop_list(c: Clerk, n: int) -> Doc:
    table = Table().add("店舗名", "所在地", "電話", "定休日")
    for shop in c.rng.sample(SHOPS, 4):
        office = c.office()
        table.add(negative(shop, "PERSON", "shop_name"), negative(office.home.written("chome", with_building=False),
                                                                   "ADDRESS", "shop_address"),
                  negative(phone_as(office.phone, len(office.home.area_code), "hyphen"), "PHONE", "shop_phone"),
                  c.pick(["月曜", "火曜", "水曜"]))
    return delimited_doc(f"商店会/店舗一覧_{n:02d}.csv", table, "shop_list")
