"""Corpus 15's registers: a municipal sports centre, a para-sports club, a golf
course's caddie roster, a 日本舞踊 school, a 囲碁 club."""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus15 import formats, ids, marks
from benchmarks.corpus15.model import Doc, Table, Text, alias, fake, value
from benchmarks.corpus15.people import anyone, person
from benchmarks.corpus15.vocab import OWN_ORGS, PET_NAMES


def sports_centre(rng: random.Random, n: int) -> Doc:
    """利用登録者名簿 of a 市民体育館 (xlsx): members, then their emergency contacts."""
    members = Table(["登録No.", "登録日", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話", "メール", "配慮事項",
                     "本人確認"])
    contacts = Table(["登録No.", "緊急連絡先氏名", "続柄", "連絡先"])
    for row in range(rng.randint(9, 15)):
        p = person(rng, (1945, 2008))
        note = marks.condition(rng, rng.choice(["障害", "病歴"])) if rng.random() < 0.3 else ""
        entry = date(rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28))
        shown = ["運転免許証 ", value("DRIVERS_LICENSE", ids.licence(rng))] if rng.random() < 0.4 else "保険証"
        members.row(f"S{n:02d}-{row + 1:04d}", ids.not_birth(entry, 3, "entry_date"), marks.name(p, True),
                    marks.kana(p), marks.born(p, rng, (0, 3, 6)), marks.postal(p, rng), marks.address(p),
                    marks.phone(p.mobile, rng), marks.email(p), note, shown)
        if rng.random() < 0.5:
            continue
        kin = person(rng, (1940, 1990))
        contacts.row(f"S{n:02d}-{row + 1:04d}", marks.name(kin), rng.choice(["妻", "夫", "母", "父", "長女"]),
                     marks.phone(kin.mobile, rng))
    return formats.xlsx(f"sports_centre/利用登録者名簿_{n:02d}.xlsx", [("登録者", members), ("緊急連絡先", contacts)])


def para_sports(rng: random.Random, n: int) -> Doc:
    """A para-sports club's roster exported from an old PC (CP932 CSV)."""
    table = Table(["会員番号", "登録日", "氏名", "種目", "障害の状況", "生年月日", "携帯", "住所"])
    for row in range(rng.randint(10, 18)):
        p = person(rng, (1960, 2010))
        joined = ids.not_birth(date(rng.randint(2010, 2026), rng.randint(1, 12), rng.randint(1, 28)), 5, "entry_date")
        table.row(str(3100 + row), joined, marks.name(p), rng.choice(["ボッチャ", "車いすバスケ", "卓球", "陸上"]),
                  marks.condition(rng, "障害"), marks.born(p, rng, (1, 2)), marks.phone(p.mobile, rng), marks.address(p))
    return formats.csv_file(f"para_sports/会員名簿_{n:02d}.csv", table, "cp932")


def caddie_roster(rng: random.Random, n: int) -> Doc:
    """A golf course's caddie roster from its host: fixed width, no header, CP932."""
    table = Table()
    for row in range(rng.randint(9, 14)):
        p = person(rng, (1955, 2000))
        table.row(f"{n:02d}{row:04d}", value("PERSON", p.kana.replace(" ", "　")),
                  value("DATE_OF_BIRTH", p.birth.strftime("%Y%m%d"), date=p.birth.isoformat()),
                  value("POSTAL_CODE", p.postal.replace("-", "")), value("PHONE", p.phone.replace("-", "")),
                  value("BANK_ACCOUNT", ids.account(rng)))
    return formats.fixed(f"golf/CADDIE{n:02d}.txt", table, [8, 24, 10, 9, 13, 8])


def dance_school(rng: random.Random, n: int) -> Doc:
    """A 日本舞踊 school's 名取 list with the 家元's own note (docx)."""
    text = Text().add(f"{rng.choice(['花柳', '若柳', '藤間'])}流 稽古場 名取・門弟名簿（令和八年度）").blank()
    text.add("温習会の番組編成のため、門弟各位の連絡先を確認しました。")
    table = Table(["本名", "芸名", "入門", "生年月日", "住所", "電話"])
    for _ in range(rng.randint(6, 11)):
        p = person(rng, (1940, 2012))
        stage = alias(f"{rng.choice(['花', '若', '藤'])}{rng.choice(['千鶴', '美乃', '寿々'])}")
        joined = ids.not_birth(date(rng.randint(1990, 2024), rng.randint(1, 12), 1), 0, "entry_date")
        table.row(marks.name(p), stage, joined,
                  marks.born(p, rng, (1, 4)), marks.address(p), marks.phone(p.phone, rng))
    teacher = person(rng, (1950, 1970))
    text.add("連絡係：", marks.name(teacher), "（師範）携帯 ", marks.phone(teacher.mobile, rng))
    return formats.docx(f"nihon_buyo/門弟名簿_{n:02d}.docx", text, [table])


def go_club(rng: random.Random, n: int) -> Doc:
    """A 囲碁 club's newsletter page (html): results in prose, a pet named like a person."""
    text = Text().add(f"囲碁同好会 会報 第{n + 40}号")
    for _ in range(rng.randint(4, 7)):
        a, b = anyone(rng), anyone(rng)
        text.add("月例会では", marks.name(a), "さんが", marks.name(b), f"さんに{rng.randint(2, 9)}目半勝ち。")
    host = person(rng)
    text.add("会場担当の", marks.name(host), "宅では愛猫の", fake("PERSON", rng.choice(PET_NAMES), "pet"),
             "が観戦していました。")
    text.add("次回 ", ids.not_birth(date(2026, 12, rng.randint(1, 28)), 0, "event_date"), " 13時〜")
    org, tel = rng.choice(OWN_ORGS)
    text.add(f"会場：{org}（", fake("PHONE", tel, "own_contact"), "）")
    return formats.html(f"go_club/kaiho_{n:02d}.html", "会報", text)
