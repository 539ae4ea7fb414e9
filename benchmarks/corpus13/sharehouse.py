"""A share-house operator: the application form (Word), the rent debit list (CSV),
the residents' export (JSON) and the screening memo."""

from __future__ import annotations

import json
import random

from benchmarks.corpus13 import common as c
from benchmarks.corpus13.dates import slashed, western
from benchmarks.corpus13.marks import Document, Grid, Item, Lines
from benchmarks.corpus13.numbers import account, driving_licence, passport, residence_card
from benchmarks.corpus13.people import foreigner, person
from benchmarks.corpus13.say import born, sensitive, value, who
from benchmarks.corpus13.vocab import ETHNIC, OFFENCES, VICTIMS

FOLDER = "シェアハウス"
ORG = ("シェアハウス欅 運営事務局", "keyaki.share")
BANKS = (("みなと銀行", "三宮支店"), ("東邦銀行", "郡山支店"), ("りそな銀行", "新宿支店"), ("ゆうちょ銀行", "〇一八店"),
         ("北洋銀行", "旭川中央支店"), ("伊予銀行", "今治支店"))
HOUSES = ("欅ハウス西葛西", "欅ハウス町田", "欅ハウス久留米")


def application(rng: random.Random, index: int, org: c.Org) -> Document:
    tenant, country = foreigner(rng) if rng.random() < 0.6 else (person(rng, 1985, 2004), "日本")
    form = Grid(located=False).row("入居申込書", rng.choice(HOUSES))
    if country == "日本":
        given, family = tenant.romaji.split(" ")[1].title(), tenant.romaji.split(" ")[0].title()
        form.row("氏名", who(tenant.spaced)).row("Name (English)", who(f"{given} {family}"))
    else:
        form.row("氏名（パスポート表記）", who(tenant.romaji))
    form.row("氏名（カナ）", who(tenant.kana))
    form.row("生年月日", born(tenant.born, western(tenant.born))).row("国籍", country)
    if country == "日本":
        form.row("運転免許証番号", value("DRIVERS_LICENSE", driving_licence(rng)))
    else:
        form.row("旅券番号", value("PASSPORT", passport(rng))).row("在留カード番号", value("RESIDENCE_CARD", residence_card(rng)))
    form.row("携帯電話", c.phone(tenant)).row("メール", c.email(tenant)).row("現住所", c.home(tenant))
    contact = person(rng, 1950, 1990)
    form.row("緊急連絡先", [who(contact.name), " ", c.phone(contact, False)])
    notes = Lines(located=False).add("※本申込書の内容は入居審査にのみ使用します。")
    if rng.random() < 0.6:
        notes.add("申込者の申告：", sensitive("人種・民族", rng.choice(ETHNIC)), "。食事の配慮を希望。")
    for parts in c.org_lines(org):
        notes.add(*parts)
    return c.docx_doc(f"{FOLDER}/申込/入居申込書_{index:03d}.docx", [form, notes])


def rent_debits(rng: random.Random, index: int, org: c.Org) -> Document:
    grid = Grid().row("物件", "部屋", "契約者", "口座名義（カナ）", "銀行名", "支店名", "種別", "口座番号", "引落額")
    for room in range(rng.randint(8, 12)):
        tenant = person(rng, 1980, 2004)
        bank, branch = rng.choice(BANKS)
        grid.row(rng.choice(HOUSES), f"{room + 101}", c.name(tenant), c.kana(tenant), bank, branch, "普通",
                 value("BANK_ACCOUNT", account(rng)), f"{rng.randint(38, 65) * 1000}")
    return c.csv_doc(f"{FOLDER}/経理/家賃引落_{index:03d}.csv", grid)


def residents_json(rng: random.Random, index: int, org: c.Org) -> Document:
    records, marks = [], []
    for room in range(rng.randint(8, 12)):
        tenant = person(rng, 1985, 2004)
        records.append({"room": f"{room + 201}", "name": tenant.name, "birth": slashed(tenant.born),
                        "tel": tenant.mobile, "mail": tenant.email, "moved_in": "2025-04-01"})
        marks += [who(tenant.name), born(tenant.born, slashed(tenant.born)), c.phone(tenant), c.email(tenant)]
    marks.append(c.alike("DATE_OF_BIRTH", "2025-04-01", "date of moving in"))
    data = json.dumps({"house": rng.choice(HOUSES), "residents": records}, ensure_ascii=False, indent=1).encode()
    path = f"{FOLDER}/export/residents_{index:03d}.json"
    return Document(path, data, [Item(path, m, None) for m in marks])


def screening_memo(rng: random.Random, index: int, org: c.Org) -> Document:
    lines = Lines().add("入居審査メモ（社外秘）").blank()
    for _ in range(rng.randint(4, 6)):
        applicant = person(rng, 1975, 2004)
        lines.add("申込者：", who(applicant.name), "（", c.phone(applicant), "）")
        if rng.random() < 0.5:
            lines.add("保証会社の照会で", sensitive("犯罪歴", rng.choice(OFFENCES)), "と判明。オーナーに相談。")
        else:
            lines.add("本人より、前の住まいで", sensitive("犯罪被害", rng.choice(VICTIMS)), "との申告。防犯上の配慮を希望。")
        lines.add("面談担当 ", who(person(rng, 1970, 1998).name)).blank()
    return c.text_doc(f"{FOLDER}/審査/審査メモ_{index:03d}.txt", lines)


MAKERS = (application, rent_debits, residents_json, screening_memo)
