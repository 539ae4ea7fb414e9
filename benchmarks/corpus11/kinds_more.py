"""Writers with habits of their own: a 寺子屋-style tutoring group's cards written as a
vertical form flattened to lines, a cooperative housing board's minutes, an ambulance
records office's sheet under a two-row header, a home-schooling network's mail."""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus11 import mail, office, plain
from benchmarks.corpus11.common import address, full_name, kana_name, made, order_lookalike, phone, sens
from benchmarks.corpus11.model import Lines, Table
from benchmarks.corpus11.people import birth, email, lookalike, mark, name, not_birth, person, postal, sensitive
from benchmarks.corpus11.vocab import CHILD_CARE, PETS

HOSPITALS = (("県立中央病院", "0857-26-2271"), ("市民総合医療センター", "0466-22-2111"), ("協和会病院", "092-471-0055"))


def tutoring_card(rng: random.Random, i: int):
    """生徒カード of a volunteer tutoring group: each label on its own line above its value,
    one card after another, the value sometimes before its label in brackets."""
    lines = Lines().add("てらこや学び舎　生徒カード（転記）").blank()
    for _ in range(rng.randrange(3, 5)):
        child, parent = person(rng, born=(2009, 2017)), person(rng, born=(1975, 1990))
        lines.add("ふりがな").add(kana_name(child)).add("氏　名").add(full_name(child))
        lines.add("生年月日").add(birth(child.birth, rng.choice(("wareki", "kanji", "short"))))
        lines.add(full_name(parent), "（保護者）").add(phone(rng, "paren"), "（自宅）")
        lines.add("住所").add(postal(child, "mark_plain"), " ", address(child))
        category = rng.choice(sorted(CHILD_CARE))
        lines.add("配慮事項").add(sensitive(category, rng.choice(CHILD_CARE[category])))
        lines.add("―――――――――――――")
    lines.add("飼育中のうさぎ ", lookalike("PERSON", rng.choice(PETS), "pet_name"), " の世話当番表は別紙")
    path = f"てらこや学び舎/生徒カード_{i:02d}." + ("txt" if i % 2 else "rtf")
    return made(path, plain.text(path, lines) if i % 2 else plain.rtf(path, lines), "tutoring")


def board_minutes(rng: random.Random, i: int):
    """住宅協同組合 理事会議事録: members by name in running text, what they said of themselves."""
    chair, clerk, a, b = (person(rng, born=(1950, 1990)) for _ in range(4))
    held = date(2026, rng.randrange(1, 4), rng.randrange(1, 28))
    lines = Lines().add("コーポラティブハウス「ひだまりの杜」理事会議事録")
    lines.add("日時：", not_birth(held, "kanji_west", "meeting_date"), " 19時～")
    lines.add("出席：理事長 ", name(chair.kanji), "、書記 ", name(clerk.kanji), "、", name(a.kanji), "、", name(b.kanji))
    lines.add("議題1　共用部修繕の件。", a.surname, "理事より見積の説明。")  # a later mention: unlabelled
    lines.add("議題2　役員改選。", name(b.kanji), "氏は", sens(rng, "労働組合"), "のため平日夜の会議は難しいとの申し出。")
    lines.add(name(clerk.kanji), "氏は", sens(rng, rng.choice(("信条", "宗教"))), "との理由で清掃当番日の変更を希望。")
    lines.add("次回：", not_birth(held + timedelta(days=28), "kanji_west", "meeting_date"))
    path = f"ひだまりの杜/理事会/議事録_{i:02d}.odt"
    return made(path, plain.odt(path, lines), "board_minutes")


def ambulance_sheet(rng: random.Random, i: int):
    """救急搬送記録: a group header over 傷病者 and 搬送 columns (two header rows); the
    case number and the hospital's phone are not personal."""
    rows = []
    for _ in range(rng.randrange(6, 10)):
        p = person(rng, born=(1932, 2010))
        hospital, hospital_phone = rng.choice(HOSPITALS)
        rows.append([order_lookalike(rng, "case_number"), not_birth(date(2026, 2, rng.randrange(1, 28)), "iso",
                                                                    "call_date"),
                     full_name(p), birth(p.birth, "short2"), address(p), sens(rng, "病歴"), hospital,
                     lookalike("PHONE", hospital_phone, "hospital_phone"), phone(rng)])
    header = ["事案番号", "覚知日", "氏名", "生年月日", "住所", "主訴・既往", "病院名", "病院電話", "通報者電話"]
    table = Table(header, rows, title=["南部消防本部 救急搬送記録", "事案\t\t傷病者\t\t\t\t搬送"])
    path = f"救急記録/搬送記録_2026年2月_{i:02d}.xlsx"
    return made(path, office.xlsx(path, [("搬送記録", table)]), "ambulance")


def homeschool_mail(rng: random.Random, i: int):
    """A home-schooling network's mail: the families' list attached as a CSV, reasons in a note column."""
    sender = person(rng, born=(1975, 1990))
    rows = []
    for _ in range(rng.randrange(5, 9)):
        parent, child = person(rng, born=(1975, 1990)), person(rng, born=(2010, 2019))
        rows.append([full_name(parent), full_name(child), birth(child.birth, "kanji_west"),
                     mark("EMAIL", email(rng, parent)), phone(rng), sens(rng, rng.choice(("宗教", "障害", "信条")))])
    data, items = plain.csv("会員名簿.csv", Table(["保護者", "子ども", "子の生年月日", "メール", "電話", "家庭学習の理由"], rows))
    body = Lines().add("ネットワーク会員各位").blank().add("世話人の", name(sender.kanji), "です。最新の名簿を送ります。")
    body.add("取扱いにはご注意ください。")
    headers = {"From": mark("EMAIL", email(rng, sender)),
               "To": lookalike("EMAIL", "members@homeschool-net.jp", "list_address"), "Subject": "会員名簿（最新）"}
    path = f"ホームスクール/受信/{i:03d}.eml"
    return made(path, mail.message(path, headers, body, [("会員名簿.csv", data, items)]), "homeschool")
