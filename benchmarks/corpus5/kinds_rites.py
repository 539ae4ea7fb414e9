"""Gatherings and customers: a funeral's 受付芳名録, a wedding's guest list, an online
shop's member export (JSON, or CSV with a BOM), and a card-management app's vCard
export."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, negative, person, sensitive
from benchmarks.corpus5 import numbers
from benchmarks.corpus5.folks import date_written, phone_written
from benchmarks.corpus5.offices import Clerk
from benchmarks.corpus5.pages import json_doc, vcard_doc
from benchmarks.corpus5.voices import not_a_person, phrases


def funeral_book(k: Clerk, n: int) -> Doc:
    """The 芳名録 typed up after a funeral: mourners, their addresses, their gifts; the
    deceased's name (optional: a name of the dead)."""
    hall, deceased = k.body("funeral"), k.folk(age="old")
    table = Table(name="芳名録", title=[f"故 {deceased.full('kanji')} 儀 葬儀受付芳名録（{hall.name}）"])
    table.add("No", "ご芳名", "ご住所", "お電話", "ご関係", "御香典")
    for number in range(1, k.between(10, 16)):
        p = k.folk(age=k.pick(["adult", "old"]))
        table.add(str(number), k.name_parts(p, k.pick(["kanji", "full"])), (k.postal(p, "mark"), " ", k.address(p)),
                  k.phone(p, "home") if k.chance(0.7) else "", k.pick(["親戚", "友人", "会社関係", "町内会", "同級生"]),
                  f"{k.pick([3000, 5000, 10000])}円")
    table.add("", "（斎場）", hall.address_mark(), hall.phone_mark(), "", "")
    header = Table(name="施行", title=["施行情報"]).add("故人", person(deceased.full("kanji"), optional=True))
    header.add("通夜", k.other_day(date(2026, k.between(1, 11), k.between(1, 27)), "wake_date", "western"))
    return xlsx_doc(f"葬儀/芳名録_{n:02d}.xlsx", [table, header], "funeral_book")


def wedding_guests(k: Clerk, n: int) -> Doc:
    """A couple's guest list for the hotel: side, name (married names in brackets),
    address, what the kitchen and the staff should know."""
    hotel = k.body("wedding")
    day = date(2027, k.between(3, 6), k.between(1, 28))
    table = Table(name="招待客", title=[f"招待客リスト　挙式 {date_written(day, 'western')}"])
    table.add("側", "お名前", "〒", "ご住所", "電話", "ご関係", "お食事・配慮")
    for _ in range(k.between(10, 16)):
        p = k.folk(abroad=k.chance(0.15))
        need = ""
        if k.chance(0.3):
            need = k.pick([sensitive("甲殻類アレルギー（えび・かに）", "病歴"), sensitive("車いすでご来場", "障害"),
                           sensitive("宗教上の理由で豚肉不可", "宗教"), sensitive(k.pick(phrases("病歴", "nurse")), "病歴")])
        table.add(k.pick(["新郎", "新婦"]), k.name_parts(p, "kanji" if p.abroad is None else "romaji"),
                  k.postal(p, "plain"),
                  k.address(p, k.pick(["plain", "no", "building_first", "romaji"])), k.phone(p),
                  k.pick(["大学友人", "会社上司", "親族", "高校友人"]), need)
    table.add("会場", hotel.name, hotel.postal_mark(), hotel.address_mark(), hotel.phone_mark(), "", "")
    table.add("二次会", negative(k.pick(not_a_person("shop_name")), "PERSON", "shop_name"), "", "", "", "", "貸切 18時〜")
    return xlsx_doc(f"婚礼/招待客リスト_{n:02d}.xlsx", [table], "wedding_guests")


def _member(k: Clerk, number: int) -> list[tuple[str, object]]:
    p = k.folk(abroad=k.chance(0.1))
    return [("memberId", f"NM{number:07d}"), ("name", k.name(p, "kanji" if p.abroad is None else "romaji")),
            ("kana", k.name(p, "kana") if p.abroad is None else ""), ("email", k.email(p)),
            ("tel", k.phone(p, "mobile", "bare")), ("zip", k.postal(p, "tight")),
            ("address", k.address(p, k.pick(["plain", "no", "building_first"]))),
            ("birthday", k.birth(p, "iso")),
            ("card", Mark(numbers.card_written(numbers.card(k.rng), "bare"), "CREDIT_CARD") if k.chance(0.6) else ""),
            ("lastOrder", negative(f"{k.between(10, 99)}{numbers.digits(k.rng, 8, '0123456789')}", "PHONE",
                                   "order_number")),
            ("optIn", k.chance(0.5))]


def shop_members(k: Clerk, n: int) -> Doc:
    """The online shop's member export: JSON from the admin screen, or CSV with a BOM."""
    members = [_member(k, n * 1000 + i) for i in range(k.between(6, 10))]
    if n % 2:
        return json_doc(f"EC/export/members_{n:02d}.json", "shop_members", members)
    table = Table().add(*[name for name, _ in members[0]])
    for member in members:
        table.add(*[value if not isinstance(value, bool) else str(value).lower() for _, value in member])
    return delimited_doc(f"EC/export/members_{n:02d}.csv", table, "shop_members", encoding="utf-8-sig", newline="\r\n")


def business_cards(k: Clerk, n: int) -> Doc:
    """A card-management app's export: people met at trade fairs, their own mobiles and
    mail; their company's line (with an extension) and address are optional: the firm's,
    printed on a person's card."""
    cards = []
    for _ in range(k.between(4, 7)):
        p, firm = k.folk(abroad=k.chance(0.2)), k.pick(list(k.bodies.values()))
        family, given = (p.full("kanji").split(" ") if p.abroad is None else (p.full("romaji").split()[-1], ""))
        office_line = phone_written(firm.phone, len(firm.place.area_code), "hyphen")
        cards.append([
            ("FN:", k.name(p, "kanji" if p.abroad is None else "romaji")),
            ("N:", person(family, optional=True), ";", person(given, optional=True) if given else "", ";;;"),
            ("ORG:", firm.name), ("TITLE:", k.pick(["営業課長", "主任", "事務長", "店長"])),
            ("TEL;TYPE=WORK,VOICE:", Mark(office_line, "PHONE", optional=True), f" ext.{k.between(100, 999)}"),
            ("TEL;TYPE=CELL:", k.phone(p, "mobile", "hyphen")), ("EMAIL;TYPE=INTERNET:", k.email(p)),
            ("ADR;TYPE=WORK:;;", Mark(firm.place.written("plain"), "ADDRESS", optional=True), ";;;;;Japan"),
            ("NOTE:", "名刺交換 ", k.other_day(date(2026, k.between(1, 11), k.between(1, 28)), "met_date", "slash")),
        ])
    return vcard_doc(f"名刺/export_{n:02d}.vcf", "business_cards", cards)
