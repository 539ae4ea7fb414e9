"""Travel: a tour company's participant lists (passports), a hotel's guest register
with foreign guests, a ryokan's bilingual registration card."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc, text_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Table, Text, person
from benchmarks.corpus4.writers import pptx_doc
from benchmarks.corpus6.desk import Desk
from benchmarks.corpus6.writers import labelled


CITIES = {"ベトナム": "Ho Chi Minh City", "インドネシア": "Surabaya", "フィリピン": "Quezon City", "中国": "Dalian",
          "台湾": "Kaohsiung", "韓国": "Daegu", "ブラジル": "Curitiba", "ペルー": "Arequipa", "アメリカ": "Portland, OR",
          "インド": "Pune", "ネパール": "Pokhara", "ミャンマー": "Mandalay", "ポーランド": "Krakow"}


def tour_roster(d: Desk, n: int) -> Doc:
    agency = d.office("株式会社 汐風トラベル", "shiokaze-travel.example.jp")
    table = Table(name="参加者").add("No", "予約番号", "氏名(漢字)", "SURNAME", "GIVEN NAME", "生年月日", "旅券番号",
                                      "旅券有効期限", "携帯", "備考")
    for i in range(d.between(8, 16)):
        p = d.person(born=(1940, 2012))
        remark = d.pick(["", "", "窓側希望", "ベジタリアン"])
        if d.chance(0.2):
            remark = d.said(d.pick(["病歴", "障害"]))
        table.add(str(i + 1), d.number("booking_number", "MY_NUMBER", 12), d.name(p, "kanji"),
                  person(p.surname[2].upper()), person(p.given[2].upper()),
                  d.birth(p, d.pick(["slash", "packed", "iso"])), d.mark("PASSPORT"),
                  d.not_birth(d.day(date(2027, 1, 1), 3000), "passport_expiry", "slash"), d.phone(p, True, "hyphen"),
                  remark)
    table.title = [f"{agency.name}　{d.pick(['台湾・九份', 'ハワイ島', 'ソウル', 'ベトナム・ダナン'])}ツアー 参加者名簿"]
    if n % 3 == 2:
        notes = Text().add("添乗員：", d.name(d.person(), "kanji"), "　緊急時は ", agency.tel("hyphen"), " へ")
        rows = Table(rows=[r[:3] + r[5:7] for r in table.rows])
        return pptx_doc(f"travel/briefing_{n:02d}.pptx", [[Text().add("出発前説明会 参加者確認")], [rows]], "tour_roster",
                        notes={1: notes})
    return xlsx_doc(f"travel/participants_{n:02d}.xlsx", [table], "tour_roster")


def hotel_register(d: Desk, n: int) -> Doc:
    hotel = d.thing("hotel_name")
    table = Table().add("Room", "Name / 氏名", "Nationality / 国籍", "Passport No. / 旅券番号", "Address / 住所",
                        "Tel", "Check-in", "Check-out")
    for _ in range(d.between(8, 14)):
        foreign = d.chance(0.5)
        p = d.person(foreign=foreign)
        stay = d.day()
        where = (CITIES.get(p.nationality, "Ulaanbaatar") if foreign
                 else d.address(p, d.pick(["plain", "no_pref"])))
        table.add(str(d.between(201, 815)), d.name(p, "roman") if foreign else d.name(p),
                  p.nationality or "日本", d.abroad_passport(p) if foreign else "", where,
                  "" if foreign else d.phone(p, True, d.pick(["intl", "hyphen", "bare"])),
                  d.not_birth(stay, "checkin_date", "iso"), "")
    table.add("", ("作成：", hotel), "", "", "", "", "", "")
    table.title = [f"{hotel.text} Guest Register {d.pick(['2026-09', '2026-10'])}"]
    if n % 2:
        return delimited_doc(f"hotel/guest_register_{n:02d}.tsv", table, "hotel_register", encoding="utf-8",
                             delimiter="\t", newline="\n")
    return delimited_doc(f"hotel/shukuhaku_{n:02d}.csv", table, "hotel_register", encoding="utf-8")


def ryokan_card(d: Desk, n: int) -> Doc:
    foreign = n % 2 == 0
    p = d.person(foreign=foreign)
    inn = d.office("湯宿 かじか亭", "kajikatei.example.jp")
    pairs = [("Name 氏名", d.name(p, "roman")), ("Date of birth 生年月日", d.birth(p, "packed")),
             ("Nationality 国籍", p.nationality or "JAPAN")]
    if foreign:
        pairs += [("Passport No. 旅券番号", d.abroad_passport(p)), ("Address 住所", CITIES.get(p.nationality, "Ulaanbaatar")),
                  ("E-mail", d.email(p))]
    else:
        pairs += [("Address 住所", d.postal(p, "mark"), " ", d.address(p)), ("Phone 電話", d.phone(p, None, "intl")),
                  ("Companion 同伴者", d.name(d.person(), "kanji"))]
    pairs += [("Check-in", d.not_birth(d.day(), "checkin_date", "slash")), ("予約番号 Reservation", d.number(
        "booking_number", "PHONE", 10))]
    head = Text().add("REGISTRATION CARD / 宿泊者カード").add(inn.name, " TEL ", inn.tel("intl"))
    return text_doc(f"ryokan/card_{n:02d}.txt", head.extend(labelled(pairs)), "ryokan_card", encoding="utf-8")
