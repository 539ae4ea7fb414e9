"""An estate clearance firm (遺品整理): the client's mail with the inventory of papers
found (Word attachment), the work report (ODT) and a zipped job folder."""

from __future__ import annotations

import random

from benchmarks.corpus13 import common as c
from benchmarks.corpus13.dates import day_between, kanji_date, wareki
from benchmarks.corpus13.files import csv_bytes, docx_bytes, encoded_header, mail_bytes, odt_bytes, zipped
from benchmarks.corpus13.marks import Document, Grid, Item, Lines
from benchmarks.corpus13.numbers import account, driving_licence, group, my_number, pension
from benchmarks.corpus13.people import person
from benchmarks.corpus13.say import alike, born, not_birth, sensitive, value, who
from benchmarks.corpus13.vocab import ADULT_ILLNESS, DENOMINATIONS

FOLDER = "遺品整理"
ORG = ("遺品整理サービス たすき", "tasuki.ihin")


def found_papers(rng: random.Random, deceased) -> Grid:
    grid = Grid(located=False).row("品目", "記載内容", "保管場所", "処置")
    grid.row("年金手帳", ["基礎年金番号 ", value("BASIC_PENSION_NUMBER", pension(rng))], "仏間の引出し", "ご依頼者へ返却")
    grid.row("運転免許証", ["番号 ", value("DRIVERS_LICENSE", driving_licence(rng))], "財布", "返納手続きを案内")
    grid.row("通帳", ["普通預金 口座番号 ", value("BANK_ACCOUNT", account(rng))], "金庫", "ご依頼者へ返却")
    grid.row("個人番号通知カード", ["番号 ", value("MY_NUMBER", group(my_number(rng), (4, 4, 4), " "))], "書類箱", "返却")
    grid.row("診察券・お薬手帳", sensitive("病歴", rng.choice(ADULT_ILLNESS)), "台所", "ご依頼者確認")
    grid.row("家電保証書", ["製造番号 ", alike("MY_NUMBER", my_number(rng), "serial number passing the check")], "押入れ", "処分")
    return grid


def client_mail(rng: random.Random, index: int, org: c.Org) -> Document:
    client, deceased = person(rng, 1950, 1985), person(rng, 1925, 1950, female=False)
    body = Lines("body:").add(who(client.name), " 様").blank().add("先日は父 ", who(deceased.name), " の遺品整理をありがとうございました。")
    body.add("見つかった書類の一覧をお送りします。ご確認ください。").blank()
    for parts in c.org_lines(org):
        body.add(*parts)
    grid = found_papers(rng, deceased)
    head = {"From": org.email, "To": client.email, "Subject": encoded_header("貴重品・書類の一覧"),
            "Date": "Fri, 14 Nov 2026 17:30:00 +0900", "Message-ID": f"<estate{index}@tasuki>"}
    path = f"{FOLDER}/送信済み/書類一覧_{index:03d}.eml"
    data = mail_bytes(head, body.text, [("遺品目録.docx", "application/vnd.openxmlformats-officedocument."
                                          "wordprocessingml.document", docx_bytes([grid]))])
    items = body.items(path) + grid.items(f"{path}!遺品目録.docx") + [Item(path, c.email(client)),
                                                                      Item(path, alike("EMAIL", org.email, c.OWN))]
    return Document(path, data, items)


def work_report(rng: random.Random, index: int, org: c.Org) -> Document:
    client, deceased = person(rng, 1950, 1985), person(rng, 1925, 1950)
    died = day_between(rng, 2024, 2026)
    lines = Lines(located=False).add("作業報告書").add(c.written_on(rng, "作業日")[1])
    lines.add("ご依頼者：", who(client.name), " 様（", c.phone(client), "）")
    lines.add("故人：", who(deceased.name), " 様　", born(deceased.born, kanji_date(deceased.born)), "生まれ、",
              not_birth(died, wareki(died), "date of death"), "逝去")
    lines.add("作業場所：", c.home(deceased))
    lines.add("仏壇は", sensitive("宗教", rng.choice(DENOMINATIONS[:7])), "のお寺で閉眼供養の後に搬出。")
    lines.add("故人は生前", sensitive("病歴", rng.choice(ADULT_ILLNESS)), "だったとのことで、医療用具は分別して処分。")
    lines.add("作業責任者 ", who(person(rng, 1970, 1995).name))
    for parts in c.org_lines(org):
        lines.add(*parts)
    return c.flowing_doc(f"{FOLDER}/報告書/作業報告書_{index:03d}.odt", lines, odt_bytes)


def job_folder(rng: random.Random, index: int, org: c.Org) -> Document:
    client = person(rng, 1950, 1985)
    quote = Lines().add("御見積書").add(who(client.name), " 様").add("作業先 ", c.home(client)).add("2LDK 一式 385,000円（税込）")
    keys = Grid().row("鍵番号", "預り元", "連絡先", "返却予定")
    for number in range(rng.randint(3, 6)):
        owner = person(rng, 1950, 1985)
        keys.row(f"K-{index:03d}-{number}", c.name(owner), c.phone(owner), c.a_day(rng, "date of a key return"))
    path = f"{FOLDER}/案件/案件_{index:03d}.zip"
    data = zipped([("見積書.txt", quote.text.encode()), ("鍵預り.csv", csv_bytes(keys))])
    return Document(path, data, quote.items(f"{path}!見積書.txt") + keys.items(f"{path}!鍵預り.csv"))


def intake_sheet(rng: random.Random, index: int, org: c.Org) -> Document:
    """The phone intake sheet: labels above their values, two fields to a row, as the form was drawn."""
    client, deceased = person(rng, 1950, 1985), person(rng, 1925, 1950)
    grid = Grid("受付票").row("遺品整理 受付票", "", c.written_on(rng, "受付日")[1])
    pairs = ((("ご依頼者名", c.name(client, True)), ("ご連絡先", c.phone(client))),
             (("ご住所", c.home(client)), ("郵便番号", c.postal(client, rng.random() < 0.5))),
             (("故人のお名前", c.name(deceased)), ("故人の生年月日", born(deceased.born, wareki(deceased.born)))),
             (("作業先", c.home(deceased)), ("ご宗派", sensitive("宗教", rng.choice(DENOMINATIONS)))))
    for left, right in pairs:
        grid.row(left[0], "", right[0]).row(left[1], "", right[1])
    grid.row("受付担当", "", who(person(rng, 1970, 1998).name))
    return c.xlsx_doc(f"{FOLDER}/受付/受付票_{index:03d}.xlsx", [grid])


MAKERS = (client_mail, work_report, job_folder, intake_sheet)
