"""Writers of a town: a music school's mail, a motorcycle club, a detective agency,
a kimono rental shop, a 葬祭互助会's host file, a 公営住宅 office, a radio station's
listener mail, a university admissions office, prison-visiting volunteers."""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus11 import ids, mail, office, plain
from benchmarks.corpus11.common import (Office, account, address, card_lookalike, full_name, kana_name, made,
                                        order_lookalike, phone, sens)
from benchmarks.corpus11.model import Lines, Table
from benchmarks.corpus11.people import birth, email, lookalike, mark, name, not_birth, person, postal, sensitive
from benchmarks.corpus11.vocab import DENOMINATIONS, PLACES_LIKE_NAMES, PRODUCTS


def music_mail(rng: random.Random, i: int):
    """A teacher's mail to the office with the term's pupil list attached (xlsx)."""
    teacher = person(rng, born=(1970, 1995))
    rows = []
    for _ in range(rng.randrange(6, 10)):
        pupil, parent = person(rng, born=(2010, 2020)), person(rng, born=(1975, 1990))
        rows.append([full_name(pupil), birth(pupil.birth, "iso"), full_name(parent), phone(rng),
                     mark("EMAIL", email(rng, parent)), rng.choice(("ピアノ", "バイオリン", "フルート")),
                     not_birth(date(rng.randrange(2022, 2027), rng.randrange(1, 13), 1), "kanji_west", "joined_date")])
    sheet, items = office.xlsx("生徒名簿.xlsx", [("生徒", Table(["生徒氏名", "生年月日", "保護者", "電話", "メール", "コース", "入会日"], rows))])
    own = Office("music")
    body = Lines().add("事務局御中").blank().add("講師の", name(teacher.kanji), "です。今期の生徒名簿を添付します。")
    body.add("発表会の会場予約番号は ", order_lookalike(rng, "reservation_number"), " です。").blank()
    body.add(own.name, "　", own.phone())
    headers = {"From": mark("EMAIL", email(rng, teacher)), "To": own.email("office"), "Subject": "今期の生徒名簿"}
    path = f"アリア音楽教室/mail/{i:03d}.eml"
    data, body_items = mail.message(path, headers, body, [("生徒名簿.xlsx", sheet, items)])
    return made(path, (data, body_items), "music_mail")


def moto_members(rng: random.Random, i: int):
    """Club members with licence numbers and an emergency contact."""
    rows = []
    for _ in range(rng.randrange(6, 10)):
        p, kin = person(rng, born=(1955, 2000)), person(rng)
        rows.append([full_name(p), birth(p.birth, "kanji_west"), mark("DRIVERS_LICENSE", ids.licence(rng)), phone(rng),
                     mark("EMAIL", email(rng, p)), full_name(kin), phone(rng, "land"),
                     rng.choice(("A", "O", "B", "AB")), card_lookalike(rng)])
    header = ["氏名", "生年月日", "免許証番号", "携帯", "メール", "緊急連絡先氏名", "緊急連絡先電話", "血液型", "会員証番号"]
    path = f"ツインリバーズMC/会員名簿_{i:02d}.csv"
    return made(path, plain.csv(path, Table(header, rows)), "moto")


def moto_touring(rng: random.Random, i: int):
    """A touring plan (pptx): places named like people, the leader, the club's own phone."""
    leader = person(rng)
    route = Lines().add("集合：", lookalike("PERSON", rng.choice(PLACES_LIKE_NAMES), "place_name"), "駅前 7:00")
    route.add("経由：", lookalike("PERSON", rng.choice(PLACES_LIKE_NAMES), "place_name"), "ＰＡ")
    contact = Lines().add("リーダー ", name(leader.kanji), "　", phone(rng)).add("クラブ事務局 ", Office("moto").phone())
    path = f"ツインリバーズMC/ツーリング計画_{i:02d}.pptx"
    return made(path, office.pptx_file(path, [("春のツーリング", route), ("連絡先", contact)]), "touring")


def detective_report(rng: random.Random, i: int):
    """調査報告書: the subject's life as the investigator wrote it."""
    s = person(rng)
    lines = Lines().add("調査報告書").add("対象者：", name(s.kanji), "（", birth(s.birth, "wareki"), "生）")
    lines.add("現住所：", address(s)).add("本籍：", sensitive("本籍", person(rng).address()))
    lines.add("対象者は", sens(rng, "宗教"), "であり、週末は集会に出席している。")
    lines.add("周辺の聞き込みによれば、", sens(rng, "犯罪歴"), "。")
    lines.add("また", sens(rng, rng.choice(("信条", "人種・民族"))), "との証言を得た。")
    lines.add("車両：", lookalike("PERSON", rng.choice(PRODUCTS), "product_name"), "号（社用車名）")
    lines.add("調査期間：", not_birth(date(2026, 3, rng.randrange(1, 15)), "kanji_west", "survey_date"))
    path = f"オリオン調査/報告書/案件{i:04d}.docx"
    return made(path, office.docx_file(path, [lines]), "detective")


def detective_intake(rng: random.Random, i: int):
    """A client's first mail in the agency's Maildir."""
    c, target = person(rng), person(rng)
    body = Lines().add("オリオン総合調査事務所 御中").blank()
    body.add("夫の", name(target.kanji), "の素行調査をお願いしたく連絡しました。")
    body.add("夫は", sens(rng, "病歴"), "ですが、最近帰宅が遅く心配です。")
    body.add("私自身、以前のこと（", sens(rng, "犯罪被害"), "）もあり、不安が強くなっています。")
    body.add("連絡は携帯 ", phone(rng), " までお願いします。").add(name(c.kanji))
    headers = {"From": mark("EMAIL", email(rng, c)), "To": Office("detective").email("soudan"), "Subject": "調査のご相談"}
    path = f"オリオン調査/Maildir/cur/17760{i:05d}.M{i}P311.orion:2,S"
    return made(path, mail.message(path, headers, body), "maildir")


def kimono_reservations(rng: random.Random, i: int):
    """成人式の振袖予約 (CP932 CSV): the customer, her birth (for the ceremony year), pattern names."""
    rows = []
    for _ in range(rng.randrange(6, 10)):
        p = person(rng, born=(2005, 2007))
        rows.append([full_name(p), kana_name(p), birth(p.birth, "wareki"), phone(rng), postal(p, "dash"), address(p),
                     lookalike("PERSON", rng.choice(PRODUCTS), "pattern_name"),
                     order_lookalike(rng, "reservation_number"),
                     not_birth(date(2025, rng.randrange(6, 13), rng.randrange(1, 29)), "iso", "visit_date")])
    header = ["お客様名", "フリガナ", "生年月日", "携帯番号", "郵便番号", "ご住所", "柄名", "予約番号", "来店日"]
    path = f"花衣/成人式予約_{i:02d}.csv"
    return made(path, plain.csv(path, Table(header, rows), encoding="cp932"), "kimono")


def gojokai_host(rng: random.Random, i: int):
    """互助会 member file: fixed width with a header line; 宗派 and the debit account."""
    rows = []
    for n in range(rng.randrange(8, 13)):
        p = person(rng, born=(1935, 1975))
        bank, branch, kind, number = account(rng)
        rows.append([f"{i:03d}{n:05d}", kana_name(p), birth(p.birth, "short2"), address(p), phone(rng, "bare"),
                     number, sensitive("宗教", rng.choice(DENOMINATIONS)), order_lookalike(rng, "contract_number")])
    header = ["KAIIN", "SHIMEI", "SEINEN", "JUSHO", "TEL", "KOZA", "SHUHA", "KEIYAKU"]
    path = f"やすらぎ互助会/host/KAIIN{i:02d}.TXT"
    return made(path, plain.fixed_width(path, Table(header, rows), [10, 30, 12, 70, 13, 9, 40, 14]), "gojokai")


def tenant_household(rng: random.Random, i: int):
    """公営住宅 世帯表: the household's members, births, certificates, 本籍 of the head."""
    rows = []
    head = person(rng, born=(1940, 1990), sex="m")
    members = {"妻": ((1940, 1992), "f"), "長男": ((1965, 2015), "m"), "長女": ((1965, 2015), "f")}
    for relation in ("世帯主", "妻", "長男", "長女")[:rng.randrange(2, 5)]:
        p = head if relation == "世帯主" else person(rng, born=members[relation][0], sex=members[relation][1])
        rows.append([relation, full_name(p), birth(p.birth, "wareki"),
                     sens(rng, "障害") if rng.random() < 0.4 else "なし"])
    origin = sensitive("本籍", person(rng).address())
    form = Table(["項目", "内容"], [["世帯主", full_name(head)], ["本籍", origin], ["住所", address(head)],
                                    ["電話", phone(rng, "land")], ["管理センター", Office("koei").phone()]])
    path = f"市営住宅/世帯表/{i:04d}.xlsx"
    return made(path, office.xlsx(path, [("世帯主", form), ("世帯員", Table(["続柄", "氏名", "生年月日", "障害等"], rows))]),
                "tenant")
